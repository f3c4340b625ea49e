import Foundation
@testable import ClaimAudit

/// The shipped rule packs (`rules/`) behind one `Auditor`, for tests that pin
/// what the default rules report on sentences written for the test.
enum ShippedRules {
    static let auditor: Auditor = {
        let folder = TestPaths.packageRoot.appendingPathComponent("rules").path
        return try! Auditor(ruleSet: RuleLoader.load(directory: folder))
    }()

    /// Every finding of a plain-text article.
    static func findings(_ text: String) -> [Finding] {
        let report = try! auditor.audit(SourceText(path: "test.txt", text: text), format: .text)
        return report.claims.flatMap(\.findings)
    }

    /// Every finding of a Markdown article.
    static func markdownFindings(_ text: String) -> [Finding] {
        let report = try! auditor.audit(SourceText(path: "test.md", text: text), format: .markdown)
        return report.claims.flatMap(\.findings)
    }

    /// Findings of one rule.
    static func findings(_ rule: String, _ text: String) -> [Finding] {
        findings(text).filter { $0.rule == rule }
    }

    /// Whether any hedging rule fires on the article.
    static func hedged(_ text: String) -> Bool {
        findings(text).contains { $0.category == "hedging" }
    }

    /// The severity of the rule's finding, or nil when it does not fire.
    static func severity(_ rule: String, _ text: String) -> Severity? {
        findings(rule, text).map(\.severity).max()
    }

    /// The words a finding covers.
    static func matched(_ f: Finding, in text: String) -> String {
        String(decoding: Array(text.utf8)[f.start..<f.end], as: UTF8.self)
    }
}
