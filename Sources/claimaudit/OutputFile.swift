import ArgumentParser
import ClaimAudit

/// Where a streamed report goes: the `--output` file, written atomically
/// (it appears, or replaces the old one, only on `commit`), or standard
/// output. Shared by `audit` and `lint`.
struct OutputFile {
    private let file: AtomicFileWriter?

    /// Opens the file before any article is audited, so a missing folder or
    /// an unwritable path fails at once (exit 2) instead of after the whole
    /// run. `nil` means standard output.
    static func open(_ path: String?) throws -> OutputFile {
        try Console.exitOnError { OutputFile(file: try path.map { try AtomicFileWriter(path: $0) }) }
    }

    /// Whether the report goes to a file.
    var isFile: Bool { file != nil }

    func write(_ piece: [UInt8]) throws {
        if let file { try file.write(piece) } else { Console.write(piece) }
    }

    /// Puts the finished file in place (exit 2 when that fails).
    func commit() throws {
        try Console.exitOnError { try file?.commit() }
    }

    /// Drops the unfinished file, leaving any old one as it was.
    func discard() { file?.discard() }
}
