import Foundation
@testable import ClaimAudit

/// Writes rule packs into a fresh temporary folder and loads them.
enum RuleFixtures {
    static let ns = "https://claimaudit.dev/ns/rules/1"

    /// A pack around the given rule and lexicon elements.
    static func pack(_ body: String, id: String = "test") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="\(ns)" id="\(id)">
        \(body)
        </pack>

        """
    }

    /// A valid phrases rule; `extra` goes after the payload.
    static func phrasesRule(id: String = "demo", phrases: [String] = ["maybe"],
                            examples: String = defaultExamples) -> String {
        """
          <rule id="\(id)" kind="phrases" category="hedging" severity="warning">
            <summary>Demo rule.</summary>
            <message>Found “{match}”.</message>
            <phrases>\(phrases.map { "<phrase>\($0)</phrase>" }.joined())</phrases>
        \(examples)
          </rule>
        """
    }

    static let defaultExamples = """
            <example expect="match">It will <mark>maybe</mark> rain.</example>
            <example expect="none">It will rain.</example>
        """

    /// A new folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimaudit-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// The diagnostics thrown when loading `files`, or [] when they load.
    static func diagnostics(_ files: [String: String]) throws -> [XMLDiagnostic] {
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            _ = try RuleLoader.load(directory: dir)
            return []
        } catch ClaimAuditError.rules(let diagnostics) {
            return diagnostics.map { d in
                var d = d
                d.file = URL(fileURLWithPath: d.file).lastPathComponent
                return d
            }
        }
    }

    static func load(_ files: [String: String]) throws -> RuleSet {
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try RuleLoader.load(directory: dir)
    }

}
