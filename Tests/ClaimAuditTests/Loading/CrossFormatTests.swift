import Testing
@testable import ClaimAudit

/// The same short article written as plain text, Markdown and HTML must load
/// into the same prose and audit to the same claims.
@Suite struct CrossFormatTests {
    static let text = """
    Harbour bridge to close for repairs

    The harbour bridge will close for six weeks from March, the city council said on Tuesday.

    Repairs will cost about 4 million dollars, according to a report by AT&T engineers.

    Some residents believe the closure is unnecessary. Officials familiar with the plan said the work cannot wait.

    The bridge carries 40,000 vehicles a day.
    """

    static let markdown = """
    ---
    title: Harbour bridge
    ---
    # Harbour bridge to close for repairs

    The harbour bridge will close for **six weeks** from March, the [city council](https://example.org/council)
    said on *Tuesday*.

    Repairs will cost about 4 million dollars, according to a [report][r] by AT&amp;T engineers.

    <!-- claimaudit-disable nothing -->
    Some residents believe the closure is _unnecessary_. Officials familiar with the plan said the work cannot wait.

    ```
    code that is not prose
    ```

    The bridge carries 40,000 vehicles a day.

    [r]: https://example.org/report
    """

    static let html = """
    <!DOCTYPE html>
    <html><head><title>Harbour bridge</title><script>var x = "said the mayor";</script></head>
    <body><nav><a href="/">Home</a> said nothing</nav>
    <article>
    <h1>Harbour bridge to close for repairs</h1>
    <p>The harbour bridge will close for <strong>six weeks</strong> from March, the
    <a href="https://example.org/council">city council</a> said on <em>Tuesday</em>.
    <p>Repairs will cost about 4 million dollars, according to a <a href="/r">report</a> by AT&amp;T engineers.</p>
    <!-- claimaudit-disable nothing -->
    <p>Some residents believe the closure is <i>unnecessary</i>. Officials familiar with the plan said the work cannot wait.</p>
    <figure><img src="b.jpg" alt="The bridge"><figcaption>The bridge, said a caption.</figcaption></figure>
    <p>The bridge carries 40,000 vehicles a day.</p>
    </article>
    <footer>Contact us</footer>
    </body></html>
    """

    static func documents() throws -> [Document] {
        [
            try Loader.load(SourceText(path: "a.txt", text: text), format: .text),
            try Loader.load(SourceText(path: "a.md", text: markdown), format: .markdown),
            try Loader.load(SourceText(path: "a.html", text: html), format: .html),
        ]
    }

    @Test func sameArticleLoadsToTheSameBlocksInEveryFormat() throws {
        let docs = try Self.documents()
        let expected = [
            "Harbour bridge to close for repairs",
            "The harbour bridge will close for six weeks from March, the city council said on Tuesday.",
            "Repairs will cost about 4 million dollars, according to a report by AT&T engineers.",
            "Some residents believe the closure is unnecessary. Officials familiar with the plan said the work cannot wait.",
            "The bridge carries 40,000 vehicles a day.",
        ]
        for d in docs {
            LoadingFixture.checkInvariants(d)
            #expect(LoadingFixture.texts(d) == expected, "\(d.format)")
            #expect(d.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph, .paragraph], "\(d.format)")
            // Each block's offsets point at its first word in the file.
            for (b, text) in zip(d.blocks, expected) {
                let firstWord = String(text.prefix { $0 != " " })
                #expect(d.source.string(b.range).hasPrefix(firstWord), "\(d.format)")
            }
        }
    }

    @Test func sameArticleAuditsToTheSameClaimsInEveryFormat() throws {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        let reports = try Self.documents().map { auditor.audit($0) }
        func summary(_ r: DocumentReport) -> [String] {
            r.claims.map { c in
                "\(c.block.rawValue) \(c.kind) [\(c.findings.map(\.rule).joined(separator: ","))] \(c.text)"
            }
        }
        let text = summary(reports[0])
        #expect(!text.isEmpty)
        #expect(summary(reports[1]) == text)
        #expect(summary(reports[2]) == text)
    }
}
