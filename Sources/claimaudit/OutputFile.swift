import ArgumentParser
import ClaimAudit

/// Opens the `--output` file of a streaming command before any article is
/// audited, so a missing folder or an unwritable path fails at once (exit 2)
/// instead of after the whole run. `nil` means standard output.
enum OutputFile {
    static func open(_ path: String?) throws -> AtomicFileWriter? {
        do {
            return try path.map { try AtomicFileWriter(path: $0) }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
