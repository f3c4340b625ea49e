#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the default `rules/` and `reports/` folders however the binary was
/// started: `swift run`, `.build/release/claimaudit`, or a copy elsewhere.
///
/// Order: `$CLAIMAUDIT_HOME`, then `<exe dir>/../share/claimaudit`, then
/// `<exe dir>`, then each parent of the executable's folder (which finds the
/// package checkout from `.build/…`). A folder counts when it holds
/// `rules/rules.xsd`. When none is found, the copies compiled into the binary
/// (`EmbeddedResources`) are used.
public enum ResourceLocator {
    /// The folder holding `rules/` and `reports/`, or nil to use embedded copies.
    public static let home: String? = findHome()

    /// One default resource by its path relative to the home folder
    /// (`rules/rules.xsd`): read from `home` when found, else the embedded
    /// copy. `path` is what diagnostics should name.
    static func resource(_ relativePath: String) -> (path: String, bytes: [UInt8])? {
        if let home {
            let path = home + "/" + relativePath
            if let source = try? InputReader.read(path) { return (path, source.bytes) }
            return nil
        }
        return EmbeddedResources.files[relativePath].map { (relativePath, Array($0.utf8)) }
    }

    /// The embedded copies of one folder (`rules`), sorted by path.
    static func embeddedFiles(in folder: String, withExtension ext: String) -> [(path: String, text: String)] {
        EmbeddedResources.files
            .filter { $0.key.hasPrefix(folder + "/") && $0.key.hasSuffix("." + ext)
                && !$0.key.dropFirst(folder.count + 1).contains("/") }
            .map { (path: $0.key, text: $0.value) }
            .sorted { $0.path < $1.path }
    }

    static func findHome() -> String? {
        var candidates: [String] = []
        if let env = getenv("CLAIMAUDIT_HOME") { candidates.append(String(cString: env)) }
        if let exe = executablePath() {
            var dir = parent(exe)
            candidates.append(dir + "/../share/claimaudit")
            candidates.append(dir)
            for _ in 0..<6 {
                dir = parent(dir)
                candidates.append(dir)
                if dir == "/" { break }
            }
        }
        return candidates.first { access($0 + "/rules/rules.xsd", R_OK) == 0 }
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let p = String(path[..<slash])
        return p.isEmpty ? "/" : p
    }
}
