import ArgumentParser
import ClaimAudit

@main
struct ClaimAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimaudit",
        abstract: "Audit how a news article's claims are sourced.",
        version: ClaimAuditVersion.string,
        subcommands: [AuditCommand.self, RulesCommand.self],
        defaultSubcommand: AuditCommand.self
    )
}
