#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the articles to lint under the paths given on the command line.
///
/// Folders are walked recursively in byte order of names, so the file list
/// (and so the report) is the same on every run and machine. Hidden entries
/// (`.git`, `.claimaudit.xml`) are skipped, and symbolic links to folders
/// are not followed (no cycles). A walked file is kept when it matches an
/// include glob and no exclude glob, both taken relative to `root` (the
/// folder of the configuration file). A file named explicitly is always kept.
public struct FileWalker: Sendable {
    public var include: [Glob]
    public var exclude: [Glob]
    /// Absolute, normalised folder the globs are relative to.
    public var root: String

    /// The working folder when the walker was made: relative paths are
    /// resolved against it without asking the kernel once per file.
    private let cwd: String

    public init(include: [Glob], exclude: [Glob], root: String) {
        self.include = include
        self.exclude = exclude
        self.cwd = PathNames.currentDirectory()
        self.root = PathNames.absolute(root, from: cwd)
    }

    /// What a walk found: files in a stable order, and paths that could not
    /// be read (as `ClaimAuditError.input`).
    public struct Result: Sendable {
        public var files: [String] = []
        public var errors: [ClaimAuditError] = []
        public init(files: [String] = [], errors: [ClaimAuditError] = []) {
            self.files = files
            self.errors = errors
        }
    }

    public func walk(_ paths: [String]) -> Result {
        var result = Result()
        var seen = Set<String>()
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                result.errors.append(.input(path: path, line: 0, column: 0,
                                            message: "cannot open: \(String(cString: strerror(errno)))"))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walkDirectory(path, into: &result, seen: &seen)
            } else {
                let display = PathNames.tidy(path)
                if seen.insert(display).inserted { result.files.append(display) }
            }
        }
        return result
    }

    /// Whether a path found by walking (or named by git) is linted.
    public func selects(_ path: String) -> Bool {
        let relative = PathNames.relative(PathNames.absolute(path, from: cwd), to: root) ?? PathNames.tidy(path)
        guard include.contains(where: { $0.matches(relative) }) else { return false }
        return !exclude.contains { $0.matchesSelfOrAncestor(relative) }
    }

    /// Whether a folder is excluded as a whole, so it is not even opened.
    private func excludesFolder(_ path: String) -> Bool {
        guard let relative = PathNames.relative(PathNames.absolute(path, from: cwd), to: root), !relative.isEmpty else {
            return false
        }
        return exclude.contains { $0.matches(relative) }
    }

    private func walkDirectory(_ top: String, into result: inout Result, seen: inout Set<String>) {
        var stack = [PathNames.tidy(top)]
        while let dir = stack.popLast() {
            guard let handle = opendir(dir.isEmpty ? "." : dir) else {
                result.errors.append(.input(path: dir, line: 0, column: 0,
                                            message: "cannot open folder: \(String(cString: strerror(errno)))"))
                continue
            }
            var names: [(path: String, isDir: Bool, key: [UInt8])] = []
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let path = dir.isEmpty || dir == "." ? name : (dir.hasSuffix("/") ? dir + name : dir + "/" + name)
                var isDir = entry.pointee.d_type == UInt8(DT_DIR)
                var isFile = entry.pointee.d_type == UInt8(DT_REG)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                    var st = stat()
                    // Links to files are followed; links to folders are not.
                    if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { isDir = true }
                    else if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { isFile = true }
                }
                if isDir || isFile { names.append((path, isDir, Array(name.utf8))) }
            }
            closedir(handle)
            // Byte order of names: the same on every machine and locale.
            names.sort { $0.key.lexicographicallyPrecedes($1.key) }
            var subfolders: [String] = []
            for (path, isDir, _) in names {
                if isDir {
                    if !excludesFolder(path) { subfolders.append(path) }
                } else if selects(path), seen.insert(path).inserted {
                    result.files.append(path)
                }
            }
            // Depth first, folders in name order: push in reverse.
            stack.append(contentsOf: subfolders.reversed())
        }
    }
}

/// Lexical path helpers: no file-system access except `getcwd`.
public enum PathNames {
    /// `./a/b` → `a/b`; `a//b/` → `a/b`; `.` → `.`.
    public static func tidy(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") && p.count > 2 { p.removeFirst(2) }
        let absolute = p.hasPrefix("/")
        let parts = p.split(separator: "/", omittingEmptySubsequences: true)
        if parts.isEmpty { return absolute ? "/" : p }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    /// The absolute form of `path` with `.` and `..` resolved lexically.
    public static func absolute(_ path: String, from cwd: String? = nil) -> String {
        let full = path.hasPrefix("/") ? path : (cwd ?? currentDirectory()) + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` relative to `folder` (both absolute), or nil when outside it.
    public static func relative(_ path: String, to folder: String) -> String? {
        if path == folder { return "" }
        let prefix = folder == "/" ? "/" : folder + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder part of `path` (`a/b.xml` → `a`, `b.xml` → `.`).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }
}
