import Foundation
import Testing
@testable import ClaimAudit

/// Keeps the README's "Use in CI" section honest: its sample config is valid
/// and applies cleanly to the shipped rules, and every format it names exists.
@Suite struct ReadmeCITests {
    static let section: String = {
        let readme = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        guard let start = readme.range(of: "## Use in CI") else { return "" }
        let rest = readme[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }()

    static func blocks(_ language: String) -> [String] {
        section.components(separatedBy: "```" + language + "\n").dropFirst().map {
            String($0[..<($0.range(of: "```")?.lowerBound ?? $0.endIndex)])
        }
    }

    @Test func sampleConfigIsValidAndApplies() throws {
        let xml = try #require(Self.blocks("xml").first)
        let root = try LintFixture.folder(["house-rules/house.xml": ""])
        let config = try ConfigLoader.parse(Array(xml.utf8), path: root.path + "/claimaudit.xml")
        var set = LintFixture.defaultRules
        try config.apply(to: &set, extraRuleIDs: DocumentRules.ids.union([Suppressions.unusedRuleID]))
        let rules = try DocumentRules(config: config)
        #expect(rules.thresholds.minNamedSources == 2)
        #expect(rules.thresholds.maxHedgesPer100Words == nil)
        #expect(config.failOn == "warning")
    }

    @Test func documentedDefaultsMatchTheCode() {
        let d = MetricThresholds()
        #expect(Self.section.contains("default \(d.minNamedSources ?? -1))"))
        #expect(Self.section.contains("default \(ReportText.fixed(d.maxUnsourcedShare ?? -1, places: 2)))"))
        #expect(Self.section.contains("default \(ReportText.fixed(d.maxAnonymousShare ?? -1, places: 1)))"))
        #expect(Self.section.contains("(default \(ReportText.fixed(d.maxHedgesPer100Words ?? -1, places: 1)))"))
    }

    @Test func suppressionExampleSuppresses() throws {
        let md = try #require(Self.blocks("markdown").first)
        let report = try LintFixture.lint(md, rules: DocumentRules(thresholds: .none))
        #expect(!report.findings.contains { $0.rule == "hedging" })
    }

    @Test func everyFormatNamedExists() {
        for id in ["sarif", "junit", "checkstyle", "github", "markdown", "terminal", "json", "xml", "html"] {
            #expect(Self.section.contains("`\(id)`"))
            #expect(Reporters.make(id) != nil)
        }
    }
}
