import Testing
@testable import ClaimAudit

/// The summary's unsourced count is a count of the `unsourced-claim` check's
/// findings, whatever the id of the rule that runs it: a house pack may
/// reuse `check="unsourced-claim"` under its own id.
@Suite struct UnsourcedShareTests {
    /// A house check rule running the unsourced-claim check at error.
    static let housePack = RuleFixtures.pack("""
      <rule id="house.unsourced" kind="check" check="unsourced-claim" category="sourcing" severity="error">
        <summary>House rule: every figure needs a source.</summary>
        <message>No source: say who says so.</message>
        <example expect="match"><mark>The depot cut 40 jobs in March.</mark></example>
        <example expect="none">The depot cut 40 jobs in March, a spokesperson said.</example>
      </rule>
    """, id: "house")

    /// Two claims: one unsourced figure, one attributed.
    static let article = """
    The depot cut 40 jobs in March.

    The depot will reopen in May, a spokesperson said.

    """

    /// The shipped packs with the shipped `unsourced-claim` rule turned off
    /// and the house check rule added.
    static func houseRules() throws -> RuleSet {
        var rules = try RuleLoader.loadDefaults()
        let i = try #require(rules.rules.firstIndex { $0.id == "unsourced-claim" })
        rules.rules[i].enabled = false
        rules.merge(try RuleFixtures.load(["house.xml": housePack]))
        return rules
    }

    @Test func aHouseRuleRunningTheUnsourcedCheckCountsInTheSummary() throws {
        var doc = try Auditor(ruleSet: Self.houseRules()).audit(SourceText(path: "a.txt", text: Self.article), format: .text)
        #expect(doc.findings.filter { $0.rule == "house.unsourced" }.map(\.severity) == [.error])
        #expect(!doc.findings.contains { $0.rule == "unsourced-claim" })
        #expect(doc.unsourcedRules == ["house.unsourced"])
        #expect(doc.summary.claims == 2)
        #expect(doc.summary.unsourcedClaims == 1)
        #expect(doc.summary.unsourcedShare == 0.5)
        // Recounts (suppressions, baselines) keep counting the house rule.
        doc.refreshSummary()
        #expect(doc.summary.unsourcedClaims == 1)
        doc.claims[0].findings.removeAll()
        doc.refreshSummary()
        #expect(doc.summary.unsourcedClaims == 0)
    }

    @Test func bothTheShippedAndAHouseCheckRuleCountAClaimOnce() throws {
        var rules = try RuleLoader.loadDefaults()
        rules.merge(try RuleFixtures.load(["house.xml": Self.housePack]))
        let doc = try Auditor(ruleSet: rules).audit(SourceText(path: "a.txt", text: Self.article), format: .text)
        #expect(Set(doc.findings.map(\.rule)).isSuperset(of: ["unsourced-claim", "house.unsourced"]))
        #expect(doc.summary.unsourcedClaims == 1)
    }

    @Test func theShippedPacksLeaveTheReportOnTheShippedRule() throws {
        let doc = try Auditor(ruleSet: RuleLoader.loadDefaults()).audit(SourceText(path: "a.txt", text: Self.article), format: .text)
        #expect(doc.unsourcedRules == nil)
        #expect(doc.summary.unsourcedClaims == 1)
    }

    @Test func summaryCountsTheRulesItIsGiven() {
        func claim(_ rules: [String]) -> Claim {
            Claim(id: "c", start: 0, end: 1, location: SourceLocation(line: 1, column: 1), text: "x", section: nil,
                  block: .paragraph,
                  findings: rules.map {
                      Finding(rule: $0, category: "sourcing", severity: .warning, message: "m", start: 0, end: 1,
                              location: SourceLocation(line: 1, column: 1))
                  })
        }
        let claims = [claim(["house.unsourced"]), claim(["unsourced-claim"]), claim(["hedging"]), claim([])]
        #expect(Summary(claims: claims).unsourcedClaims == 1)
        #expect(Summary(claims: claims, unsourcedRules: ["house.unsourced"]).unsourcedClaims == 1)
        #expect(Summary(claims: claims, unsourcedRules: ["unsourced-claim", "house.unsourced"]).unsourcedClaims == 2)
        #expect(Summary(claims: claims, unsourcedRules: []).unsourcedClaims == 0)
    }

    @Test func terminalTotalsCountEveryDocumentsUnsourcedRules() throws {
        let house = try Auditor(ruleSet: Self.houseRules()).audit(SourceText(path: "a.txt", text: Self.article), format: .text)
        let shipped = try Auditor(ruleSet: RuleLoader.loadDefaults()).audit(SourceText(path: "b.txt", text: Self.article), format: .text)
        #expect(TerminalReporter.unsourcedRules([house, shipped]) == ["house.unsourced", "unsourced-claim"])
        let text = String(decoding: try TerminalReporter().render(AuditReport(tool: "t", documents: [house, shipped])), as: UTF8.self)
        let total = try #require(text.split(separator: "\n").last { $0.hasPrefix("total: ") })
        #expect(total.contains("4 claims") && total.contains("unsourced 50%"))
    }
}
