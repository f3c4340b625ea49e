#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file (or standard input for `-`) into a `SourceText`.
/// Never modifies the file.
///
/// Refused with a clear message, so that a run over many files reports the
/// file and goes on: directories, devices (`/dev/zero` would never end),
/// inputs over `maxBytes`, and binary files (`SourceDecoder.binaryKind`).
/// Text in any supported encoding is decoded by `SourceText`.
public enum InputReader {
    /// The largest input read, in bytes (1 GiB): past this a file is refused
    /// rather than exhausting memory. libxml2 takes at most 2 GiB anyway.
    public static let maxBytes = 1 << 30

    public static func read(_ path: String) throws -> SourceText {
        let bytes = try readBytes(path)
        if let kind = SourceDecoder.binaryKind(bytes) {
            throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                        message: "binary file (\(kind)); not audited")
        }
        return SourceText(path: path, bytes: bytes)
    }

    /// The raw bytes of a file or of standard input (`-`).
    public static func readBytes(_ path: String) throws -> [UInt8] {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                        message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR {
                throw ClaimAuditError.input(path: path, line: 0, column: 0, message: "is a directory")
            }
            if path != "-" && (type == S_IFCHR || type == S_IFBLK || type == S_IFSOCK) {
                throw ClaimAuditError.input(path: path, line: 0, column: 0, message: "is a device, not a file")
            }
            if Int(st.st_size) > maxBytes {
                throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                            message: "file is too large (\(st.st_size) bytes; the limit is \(maxBytes))")
            }
        }
        var bytes: [UInt8] = []
        if st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                            message: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes {
                throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                            message: "input is too large (over \(maxBytes) bytes)")
            }
        }
        return bytes
    }

    /// Whether a path names an existing regular file or directory.
    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every regular file in a directory (not recursive), sorted by name.
    public static func files(in directory: String, withExtension ext: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            if name.hasSuffix("." + ext) { names.append(name) }
        }
        return names.sorted().map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
    }
}
