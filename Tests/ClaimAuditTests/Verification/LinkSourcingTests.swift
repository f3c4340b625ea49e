import Testing
@testable import ClaimAudit

@Suite struct LinkExtractionTests {
    private func links(_ text: String, _ format: InputFormat) throws -> [(String, String)] {
        let doc = try Loader.load(SourceText(path: "t", text: text), format: format)
        let bytes = Array(text.utf8)
        return doc.links.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.href) }
    }

    @Test func markdownInlineReferenceAndAutolinks() throws {
        let text = "See **[the report](https://a.example/r \"T\")** and [the vote][v], or <https://b.example/x>.\n\n[v]: https://c.example/v\n"
        let got = try links(text, .markdown)
        #expect(got.map(\.0) == ["the report", "the vote", "https://b.example/x"])
        #expect(got.map(\.1) == ["https://a.example/r", "https://c.example/v", "https://b.example/x"])
    }

    @Test func markdownBracketsThatAreNotLinksAreIgnored() throws {
        #expect(try links("A [bracket] and \\[escaped](x) and `[code](y)`.", .markdown).isEmpty)
        #expect(try links("![image](https://i.example/p.png) only.", .markdown).isEmpty)
    }

    @Test func htmlAnchorsInTheArticle() throws {
        let text = "<html><body><nav><a href=\"/home\">Home</a></nav><article><p>Costs rose, <a href=\"https://a.example/r\">the <em>audit</em> found</a>.</p></article></body></html>"
        let got = try links(text, .html)
        #expect(got.count == 1)
        #expect(got.first?.0 == "the <em>audit</em> found")
        #expect(got.first?.1 == "https://a.example/r")
    }

    @Test func plainTextHasNoLinks() throws {
        #expect(try links("See https://a.example/r for more.", .text).isEmpty)
    }
}

@Suite struct LinkSourcingTests {
    typealias F = VerificationFixture

    private func audit(_ text: String, _ format: InputFormat = .markdown) throws -> Claim {
        try F.audit(text, ledger: nil, format: format).claims[0]
    }

    @Test func linkToOutletMakesAnOutletClaim() throws {
        let claim = try audit("The council cut the library budget by [a third](https://www.reuters.com/world/x).")
        #expect(claim.kind == .outlet)
        #expect(claim.attributions.first?.rule == "link-source")
        #expect(claim.attributions.first?.source?.text == "a third")
        #expect(!claim.findings.contains { $0.rule == "unsourced-claim" })
    }

    @Test func linkToAnyOtherSiteMakesADocumentClaim() throws {
        let claim = try audit("The council cut the library budget by [a third](https://porthalden.example/budget.pdf).")
        #expect(claim.kind == .document)
        let html = try audit("<article><p>The council cut the library budget by <a href=\"https://porthalden.example/b\">a third</a>.</p></article>", .html)
        #expect(html.kind == .document)
    }

    @Test func subdomainsOfOutletsCount() {
        let sourcing = LinkSourcing(ruleSet: (try? RuleLoader.loadDefaults()) ?? RuleSet())
        #expect(sourcing.isOutlet("edition.cnn.com"))
        #expect(!sourcing.isOutlet("notcnn.com"))
        #expect(LinkSourcing.host(of: "HTTPS://user@www.NYTimes.com:443/x?y") == "nytimes.com")
        #expect(LinkSourcing.host(of: "/relative/path") == nil)
        #expect(LinkSourcing.host(of: "mailto:a@b.example") == nil)
    }

    @Test func claimWithoutLinkOrWithRelativeLinkStaysUnsourced() throws {
        let plain = try audit("The council cut the library budget by a third.")
        #expect(plain.kind == .none)
        #expect(plain.findings.contains { $0.rule == "unsourced-claim" })
        let relative = try audit("The council cut the library budget by [a third](/news/budget).")
        #expect(relative.kind == .none)
    }

    @Test func claimWithItsOwnAttributionKeepsIt() throws {
        let claim = try audit("The council cut the budget, [Ortiz](https://www.reuters.com/x) said.")
        #expect(claim.kind == .named)
        #expect(!claim.attributions.contains { $0.rule == "link-source" })
    }
}
