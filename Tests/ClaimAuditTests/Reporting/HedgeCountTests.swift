import Foundation
import Testing
@testable import ClaimAudit

/// What the summary's hedge count (and so "hedges per 100 words", the house
/// limit) counts on real audits: every finding of the hedging category, the
/// same findings the HTML report underlines as hedges.
@Suite struct HedgeCountTests {
    static func summary(_ text: String, auditor: Auditor) throws -> (Summary, [Finding]) {
        let report = try auditor.audit(SourceText(path: "story.txt", text: text), format: .text)
        return (report.summary, report.claims.flatMap(\.findings))
    }

    @Test func shippedUncertaintyAndApproximatorHedgesAreCounted() throws {
        let (s, findings) = try Self.summary(
            "It is unclear whether the bridge will reopen this year.\nNearly all of the riders took the ferry, the mayor said.\n",
            auditor: ShippedRules.auditor)
        let rules = Set(findings.map(\.rule))
        #expect(rules.contains("hedging-uncertainty"))
        #expect(rules.contains("hedging-approximator"))
        #expect(s.hedges == findings.filter { $0.category == "hedging" }.count)
        #expect(s.hedges >= 2)
    }

    @Test func aHouseRuleOfTheHedgingCategoryCountsAndTripsTheLimit() throws {
        let dir = try RuleFixtures.folder(["house.xml": RuleFixtures.pack(
            RuleFixtures.phrasesRule(id: "house.touch-and-go", phrases: ["touch and go"],
                                     examples: """
                                         <example expect="match">The vote is <mark>touch and go</mark>.</example>
                                         <example expect="none">The vote is close.</example>
                                     """), id: "house")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var set = try RuleLoader.load(directory: TestPaths.packageRoot.appendingPathComponent("rules").path)
        set.merge(try RuleLoader.load(directory: dir))
        let text = "Funding for the depot is touch and go, the mayor said.\n"
        let (s, findings) = try Self.summary(text, auditor: try Auditor(ruleSet: set))
        #expect(findings.map(\.rule) == ["house.touch-and-go"])
        #expect(s.hedges == 1)
        #expect(s.words == 11)
        #expect(s.hedgesPer100Words == 100.0 / 11)
        #expect(MetricThresholds().violations(of: s).map(\.metric) == [.hedgesPer100Words])
    }
}
