import Testing
@testable import ClaimAudit

/// `unsourced-claim` and `anonymous-without-description`.
@Suite struct SourcingChecksTests {
    typealias F = AnalysisFixture

    func fires(_ rule: String, _ sentence: String) -> Bool {
        F.claims([sentence])[0].findings.contains { $0.rule == rule }
    }

    @Test func unsourcedFactualClaimsFire() {
        #expect(fires("unsourced-claim", "The company cut 400 jobs in March."))
        #expect(fires("unsourced-claim", "The city will close three branch libraries next year."))
        #expect(fires("unsourced-claim", "It is the largest merger in the history of the industry."))
        #expect(fires("unsourced-claim", "The board fired the chief executive on Tuesday."))
    }

    @Test func unsourcedDoesNotFireOnAttributedQuestionsOrFragments() {
        #expect(!fires("unsourced-claim", "The company cut 400 jobs in March, a spokesperson said."))
        #expect(!fires("unsourced-claim", "Will the city close three libraries next year?"))
        #expect(!fires("unsourced-claim", "Jobs cut in March."))
        #expect(!fires("unsourced-claim", "The weather in the valley is pleasant and mild."))
    }

    @Test func unsourcedSpansTheClaimWithRuleMetadata() {
        let text = "The company cut 400 jobs in March."
        let f = try! #require(F.claims([text])[0].findings.first { $0.rule == "unsourced-claim" })
        #expect(f.start == 0 && f.end == text.utf8.count)
        #expect(f.severity == .warning)
        #expect(f.category == "sourcing")
        #expect(f.line == 1 && f.column == 1)
    }

    @Test func headingsAndAnalysisNeverFire() {
        let claims = F.claims(["Company cut 400 jobs in March across three states", "The company cut 400 jobs in March."],
                              kinds: [.heading, .paragraph],
                              sections: [nil, SectionLabel(text: "Why it matters", role: .analysis)])
        #expect(claims.allSatisfy { $0.findings.isEmpty })
    }

    @Test func backgroundSectionLowersToInfo() {
        let claims = F.claims(["The company cut 400 jobs in March."], sections: [SectionLabel(text: "Context", role: .background)])
        #expect(claims[0].findings.first { $0.rule == "unsourced-claim" }?.severity == .info)
    }

    @Test func missingOrDisabledRulesMeanNoFindings() throws {
        let none = try Analyzer(ruleSet: RuleSet())
        #expect(F.claims(["The company cut 400 jobs in March."], analyzer: none)[0].findings.isEmpty)
        let disabled = try Analyzer(ruleSet: RuleSet(rules: [F.checkRule("unsourced-claim", enabled: false),
                                                            F.checkRule("anonymous-without-description", enabled: false)]))
        let c = F.claims(["The company cut 400 jobs in March, sources said."], analyzer: disabled)
        #expect(c[0].findings.isEmpty)
        #expect(c[0].kind == .anonymous)
    }

    @Test func undescribedAnonymousSourcesFire() {
        #expect(fires("anonymous-without-description", "The talks collapsed on Friday, sources said."))
        #expect(fires("anonymous-without-description", "A source said the talks collapsed."))
        #expect(fires("anonymous-without-description", "The talks collapsed, according to sources."))
        #expect(fires("anonymous-without-description", "Officials said the talks collapsed."))
    }

    @Test func describedAnonymousSourcesDoNotFire() {
        #expect(!fires("anonymous-without-description", "The talks collapsed, two people familiar with the negotiations said."))
        #expect(!fires("anonymous-without-description", "A senior administration official who attended the meeting said the plan would fail."))
        #expect(!fires("anonymous-without-description", "Sources close to the investigation said the audit found errors."))
        #expect(!fires("anonymous-without-description", "The talks collapsed, the source added."))
        #expect(!fires("anonymous-without-description", "A Meta spokesperson said the tool was paused."))
    }

    @Test func anonymousFindingSpansTheSource() {
        let text = "The talks collapsed on Friday, sources said."
        let f = try! #require(F.claims([text])[0].findings.first { $0.rule == "anonymous-without-description" })
        #expect(f.start..<f.end == F.range(of: "sources", in: text))
        #expect(f.message == "anonymous-without-description: sources")
    }
}
