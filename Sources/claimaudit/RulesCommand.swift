import ArgumentParser
import ClaimAudit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List or validate rule packs.",
        subcommands: [List.self, Validate.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules in force.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let set = try rules.loadRuleSet()
            let width = set.rules.map(\.id.count).max() ?? 0
            for rule in set.rules {
                let pad = String(repeating: " ", count: max(0, width - rule.id.count))
                let state = rule.enabled ? "" : " (off)"
                Console.print("\(rule.id)\(pad)  \(rule.severity.rawValue.padding(7))  \(rule.kind.name.padding(14))  \(rule.summary.isEmpty ? rule.message : rule.summary)\(state)")
            }
            Console.print("\(set.rules.count) rules, \(set.lexicons.count) lexicons")
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files against the schema and their own examples.",
            discussion: "With no paths, checks the shipped packs. Exit 2 when any file is invalid."
        )
        @Argument(help: ArgumentHelp("Rule files or folders.", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            do {
                let set: RuleSet
                if paths.isEmpty {
                    set = try RuleLoader.loadDefaults()
                } else {
                    var files: [String] = []
                    for p in paths {
                        files += InputReader.isDirectory(p) ? InputReader.files(in: p, withExtension: "xml") : [p]
                    }
                    set = try RuleLoader.load(files: files)
                }
                Console.print("ok: \(set.rules.count) rules, \(set.lexicons.count) lexicons")
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
