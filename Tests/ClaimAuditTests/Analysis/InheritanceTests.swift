import Testing
@testable import ClaimAudit

/// Attributions carried to claims that have none of their own.
@Suite struct InheritanceTests {
    typealias F = AnalysisFixture

    @Test func laterSentencesOfAQuotationInheritItsSpeaker() {
        let sentences = ["Ames said: “The vote is final.", "We will not revisit it.", "The matter is closed.”"]
        let claims = F.claims(sentences) { doc in
            let text = String(decoding: doc.source.bytes, as: UTF8.self)
            let open = F.range(of: "“", in: text)
            let close = F.range(of: "”", in: text)
            return [Quotation(range: open.lowerBound..<close.upperBound, content: open.upperBound..<close.lowerBound)]
        }
        #expect(claims[0].attributions.map(\.rule) == ["quote-speaker"])
        for c in claims.dropFirst() {
            #expect(c.attributions.map(\.rule) == ["inherited-quote"])
            #expect(c.attributions.first?.source?.text == "Ames")
            #expect(c.kind == .named)
            #expect(!c.findings.contains { $0.rule == "unsourced-claim" })
        }
    }

    @Test func apCarryOverToTheNextQuotedSentenceInTheParagraph() {
        let claims = F.claims(["“We will win in 2026,” Ruiz said.", "“Nobody can stop us now that the funds have arrived.”"])
        #expect(claims[1].attributions.map(\.rule) == ["carry-over-quote"])
        #expect(claims[1].attributions.first?.source?.text == "Ruiz")
    }

    @Test func noCarryOverToAnUnquotedSentence() {
        let claims = F.claims(["“We will win in 2026,” Ruiz said.", "The city closed three libraries in March."])
        #expect(claims[1].attributions.isEmpty)
        #expect(claims[1].findings.contains { $0.rule == "unsourced-claim" })
    }

    @Test func listItemsInheritTheLeadParagraph() {
        let claims = F.claims(["Officials said the plan includes:", "a new bridge over the river by 2027",
                               "two ferries that will run every hour"],
                              kinds: [.paragraph, .listItem, .listItem])
        #expect(claims[0].kind == .anonymous)
        for c in claims.dropFirst() {
            #expect(c.attributions.map(\.rule) == ["inherited-from-lead"])
            #expect(c.kind == .anonymous)
        }
    }

    @Test func listItemsUnderAnUnattributedLeadInheritNothing() {
        let claims = F.claims(["The plan includes:", "a new bridge over the river by 2027"], kinds: [.paragraph, .listItem])
        #expect(claims[1].attributions.isEmpty)
    }

    @Test func analysisSectionClaimsAreAnalysis() {
        let why = SectionLabel(text: "Why it matters", role: .analysis)
        let claims = F.claims(["The merger will reshape the market in 2026.", "Rivals said they would sue."],
                              sections: [why, why])
        #expect(claims[0].kind == .analysis)
        #expect(claims[0].attributions.first?.rule == "analysis-section")
        #expect(claims[0].findings.isEmpty)
        #expect(claims[0].section == "Why it matters")
        #expect(claims[1].kind == .named)
    }
}
