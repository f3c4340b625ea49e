#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place the CLI writes to the terminal. Writes go straight to file
/// descriptors 1 and 2 (no C `FILE*` globals, which Swift 6 rejects).
enum Console {
    static func error(_ message: String) {
        var line = message
        if !line.hasSuffix("\n") { line += "\n" }
        writeAll(2, Array(line.utf8))
    }

    static func write(_ bytes: [UInt8]) { writeAll(1, bytes) }

    static func print(_ text: String) { write(Array((text + "\n").utf8)) }

    static var stdoutIsTerminal: Bool { isatty(1) != 0 }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// Rewrites the current line of standard error (progress); an empty
    /// message clears it.
    static func progress(_ message: String) {
        writeAll(2, Array("\r\u{1B}[K\(message)".utf8))
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                offset += n
            }
        }
    }
}
