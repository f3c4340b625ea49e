#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the articles of a collection: every file under a folder whose
/// extension names an input format (`.txt`, `.md`, `.markdown`, `.html`,
/// `.htm`), recursively, hidden files and folders skipped, sorted by path so
/// the index is the same from run to run. A folder to leave out (the output
/// folder, when it sits inside the input) can be given.
public enum ArticleFinder {
    public static func articles(in root: String, excluding excluded: String? = nil) throws -> [String] {
        guard InputReader.isDirectory(root) else {
            throw ClaimAuditError.input(path: root, line: 0, column: 0, message: "is not a folder")
        }
        let skip = excluded.map(canonical)
        var found: [String] = []
        var visited = Set<String>()
        walk(root, skip: skip, visited: &visited, into: &found)
        return found.sorted()
    }

    private static func walk(_ dir: String, skip: String?, visited: inout Set<String>, into found: inout [String]) {
        let real = canonical(dir)
        // A symlink loop would otherwise recurse for ever.
        guard visited.insert(real).inserted, real != skip, let handle = opendir(dir) else { return }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(handle)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if InputReader.isDirectory(path) {
                walk(path, skip: skip, visited: &visited, into: &found)
            } else if InputFormat.fromExtension(of: path) != nil {
                found.append(path)
            }
        }
    }

    /// The resolved absolute path, or the path itself when it does not exist.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
