import Testing
@testable import ClaimAudit

/// Inheritance through the whole pipeline (Markdown loader, segmenter,
/// shipped rules), where block numbering comes from real markup.
@Suite struct PipelineInheritanceTests {
    static let auditor = try! Auditor(ruleSet: RuleLoader.loadDefaults())

    func claims(_ markdown: String) throws -> [Claim] {
        try Self.auditor.audit(SourceText(path: "t.md", text: markdown), format: .markdown).claims
    }

    @Test func bulletsUnderALabelOnlyParagraphDoNotInheritTheQuoteBeforeIt() throws {
        let c = try claims("""
        "This is a good day for riders," said Mayor Ana Ruiz.

        **Between the lines:**

        - The board will vote on June 3.
        """)
        let bullet = try #require(c.last)
        #expect(bullet.section == "Between the lines")
        #expect(bullet.kind == .analysis)
    }

    @Test func bulletsRightAfterAnAttributedLeadInheritIt() throws {
        let c = try claims("""
        Officials familiar with the plan said the package includes:

        - a fare cap of $2,
        - free transfers.
        """)
        #expect(c.count == 3)
        #expect(c[1].attributions.first?.rule == "inherited-from-lead")
        #expect(c[2].attributions.first?.source?.text == "Officials familiar with the plan")
    }
}
