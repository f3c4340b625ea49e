import Foundation
import Testing
@testable import ClaimAudit

@Suite struct BaselineTests {
    let rules = DocumentRules(thresholds: MetricThresholds(minNamedSources: 10, maxUnsourcedShare: nil,
                                                           maxAnonymousShare: nil, maxHedgesPer100Words: nil))

    func report(_ text: String) throws -> AuditReport {
        AuditReport(documents: [try LintFixture.lint(text, path: "news/story.md", rules: rules)])
    }

    @Test func baselineSurvivesEditsThatMoveLines() throws {
        let before = try report(LintFixture.hedged)
        #expect(before.documents[0].findings.map(\.rule) == ["named-sources", "hedging"])
        let baseline = Baseline(report: before, root: "/")
        let decoded = try JSONDecoder().decode(Baseline.self, from: Data(try baseline.encoded()))
        #expect(decoded == baseline)

        // New paragraphs above push the hedge down; the sentence is reflowed.
        let moved = "# Bridge repairs\n\nThe road reopened on Monday, the council said.\n\nThe mayor Ann Bo said so too.\n\n"
            + "The bridge could close next week,\nthe transport minister Rosa Lind said.\n"
        var after = try report(moved)
        #expect(after.documents[0].findings.first { $0.rule == "hedging" }?.line == 7)
        let removed = decoded.filter(&after, root: "/")
        #expect(removed == 2)
        #expect(after.documents[0].findings.isEmpty)
        #expect(after.documents[0].summary.findingCount == 0)
    }

    @Test func aNewFindingIsStillReported() throws {
        let baseline = Baseline(report: try report(LintFixture.hedged), root: "/")
        var after = try report(LintFixture.hedged + "The tunnel may flood, the engineer Tom Ode said.\n")
        baseline.filter(&after, root: "/")
        let left = after.documents[0].findings
        #expect(left.map(\.rule) == ["hedging"])
        #expect(left.first?.line == 4)
    }

    @Test func repeatedFindingsAreCounted() throws {
        let twice = "# T\n\nIt could rain and it could snow, the forecaster Ann Bo said.\n"
        let baseline = Baseline(report: try report(twice), root: "/")
        #expect(baseline.entries.first { $0.rule == "hedging" }?.count == 2)
        var same = try report(twice)
        baseline.filter(&same, root: "/")
        #expect(same.documents[0].findings.isEmpty)
    }

    @Test func keysUseNormalisedClaimTextAndPathsRelativeToTheRoot() {
        #expect(Baseline.normalize("  The  Mayor’s\n“plan”  ") == "the mayor's \"plan\"")
        #expect(Baseline.path("/repo/news/a.md", root: "/repo") == "news/a.md")
        #expect(Baseline.path("/elsewhere/a.md", root: "/repo") == "/elsewhere/a.md")
    }

    @Test func readingSomethingElseIsAClearError() throws {
        let root = try LintFixture.folder(["b.json": "{\"nope\": 1}"])
        #expect {
            _ = try Baseline.read(root.path + "/b.json")
        } throws: { "\($0)".contains("b.json: error: not a claimaudit baseline") }
    }
}
