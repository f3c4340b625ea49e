import ArgumentParser
import ClaimAudit
#if canImport(Glibc)
import Glibc
#endif

@main
struct ClaimAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimaudit",
        abstract: "Audit how a news article's claims are sourced.",
        discussion: """
        Exit status: 0 when no finding reaches --fail-on, 1 when one does, \
        2 for usage, input or rule errors.
        """,
        version: ClaimAuditVersion.string,
        subcommands: [AuditCommand.self, ReportCommand.self, LintCommand.self, RulesCommand.self, EvalCommand.self],
        defaultSubcommand: AuditCommand.self
    )

    /// Runs the command, mapping argument-parser's usage status (64) to 2 so
    /// that every usage, input and rule error shares one documented code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
