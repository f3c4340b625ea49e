import ArgumentParser
import ClaimAudit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List or validate rule packs.",
        subcommands: [List.self, Validate.self]
    )

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules in force.")
        @OptionGroup var rules: RuleOptions

        @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
        var format: ListFormat = .text

        func run() throws {
            let set = try rules.loadRuleSet()
            switch format {
            case .json:
                Console.print(try json(set))
            case .text:
                let idWidth = set.rules.map(\.id.count).max() ?? 0
                let categoryWidth = set.rules.map(\.category.count).max() ?? 0
                for rule in set.rules {
                    let state = rule.enabled ? "" : " (off)"
                    let summary = rule.summary.isEmpty ? rule.message : rule.summary
                    Console.print("\(rule.id.padding(idWidth))  \(rule.severity.rawValue.padding(7))  "
                        + "\(rule.kind.name.padding(14))  \(rule.category.padding(categoryWidth))  \(summary)\(state)")
                }
                Console.print("\(set.rules.count) rules, \(set.lexicons.count) lexicons")
            }
        }

        struct Entry: Encodable {
            var id, severity, kind, category, summary, message, origin: String
            var enabled: Bool
        }

        func json(_ set: RuleSet) throws -> String {
            let entries = set.rules.map {
                Entry(id: $0.id, severity: $0.severity.rawValue, kind: $0.kind.name, category: $0.category,
                      summary: $0.summary, message: $0.message, origin: $0.origin.description, enabled: $0.enabled)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(entries), as: UTF8.self)
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files against the schema and their own examples.",
            discussion: """
            With no paths, checks the shipped packs. Each rule's examples are \
            audited with the shipped rules plus the validated ones. Exit 2 when \
            any file is invalid or any example misbehaves.
            """
        )
        @Argument(help: ArgumentHelp("Rule files or folders.", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            try Console.exitOnError {
                let set: RuleSet
                var context: RuleSet
                if paths.isEmpty {
                    set = try RuleLoader.loadDefaults()
                    context = set
                } else {
                    var files: [String] = []
                    for p in paths {
                        files += InputReader.isDirectory(p) ? InputReader.files(in: p, withExtension: "xml") : [p]
                    }
                    if files.isEmpty { throw ClaimAuditError.usage("no rule packs (*.xml) in \(paths.joined(separator: ", "))") }
                    set = try RuleLoader.load(files: files)
                    // Check rules need the shipped lexicons; a house pack
                    // overrides shipped rules as it would in an audit.
                    context = (try? RuleLoader.loadDefaults()) ?? RuleSet()
                    context.merge(set)
                }
                let auditor = try Auditor(ruleSet: context)
                let ids = Set(set.rules.map(\.id))
                let checked = context.rules.filter { ids.contains($0.id) }
                let failures = RuleExamples.failures(of: checked, auditor: auditor)
                if !failures.isEmpty { throw ClaimAuditError.rules(failures) }
                let examples = checked.reduce(0) { $0 + $1.examples.count }
                Console.print("ok: \(set.rules.count) rules, \(set.lexicons.count) lexicons, \(examples) examples")
            }
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
