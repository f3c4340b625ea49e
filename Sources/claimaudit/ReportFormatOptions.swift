import ArgumentParser
import ClaimAudit

/// `--format` and `--output`, shared by `audit` and `lint`: the report
/// format (checked against `Reporters` once, here) and where it goes.
struct ReportFormatOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Report format: \(Reporters.identifiers.joined(separator: ", ")).")
    var format: String = TerminalReporter.identifier

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if Reporters.make(format) == nil {
            throw ValidationError("Unknown format '\(format)'. Choose one of: \(Reporters.identifiers.joined(separator: ", ")).")
        }
    }
}
