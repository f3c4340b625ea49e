import Foundation
@testable import ClaimAudit

/// Shared helpers for the lint tests: one shipped-rules linter, temporary
/// folders with articles written by the test (never corpus text).
enum LintFixture {
    /// Built once: compiling the shipped rules is the slow part.
    static let defaultRules: RuleSet = try! RuleLoader.loadDefaults()

    static func linter(_ rules: DocumentRules = DocumentRules()) throws -> Linter {
        Linter(auditor: try Auditor(ruleSet: defaultRules), documentRules: rules)
    }

    static func lint(_ text: String, path: String = "story.md", rules: DocumentRules = DocumentRules()) throws -> DocumentReport {
        try linter(rules).lint(SourceText(path: path, text: text), format: InputFormat.fromExtension(of: path) ?? .text)
    }

    /// A fresh folder; `files` maps relative paths to contents.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-lint-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func rules(_ report: DocumentReport) -> [String] { report.findings.map(\.rule) }

    /// A short article with one hedge ("could") on line 3 and a named source.
    static let hedged = """
    # Bridge repairs

    The bridge could close next week, the transport minister Rosa Lind said.

    """
}
