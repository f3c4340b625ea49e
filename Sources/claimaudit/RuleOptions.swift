import ArgumentParser
import ClaimAudit

/// Flags that choose the rule packs, shared by every command that audits.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule packs (*.xml) to add; repeatable.", valueName: "dir"))
    var ruleDirectories: [String] = []

    @Flag(help: "Use only the packs given with --rules, not the shipped ones.")
    var noDefaultRules = false

    /// The merged rule set, or exit 2 with every rule error printed.
    func loadRuleSet() throws -> RuleSet {
        try Console.exitOnError {
            var set = noDefaultRules ? RuleSet() : try RuleLoader.loadDefaults()
            for dir in ruleDirectories {
                set.merge(try RuleLoader.load(directory: dir))
            }
            return set
        }
    }

    /// The auditor for those packs, or exit 2 with the errors printed (a
    /// pattern naming an unknown lexicon is found only when compiling).
    func makeAuditor() throws -> Auditor {
        let set = try loadRuleSet()
        return try Console.exitOnError { try Auditor(ruleSet: set) }
    }
}
