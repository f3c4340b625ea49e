import Foundation
import Testing
@testable import ClaimAudit

/// The per-article editor's view: claim cards, the summary panel, the
/// verdict against house limits, escaping of hostile article text, and
/// well-formed output.
@Suite struct HTMLEditorViewTests {
    static func page(_ docs: [DocumentReport], options: HTMLOptions = HTMLOptions()) throws -> [UInt8] {
        try HTMLReporter(options: options).render(AuditReport(tool: ReportFixture.tool, documents: docs))
    }

    @Test func hoveringOrSelectingAClaimShowsItsFindingsWithRuleMessages() throws {
        let parsed = try ParsedHTML(try Self.page([ReportFixture.articleReport()]))
        // The card lives inside the claim (so :hover / :focus-within show it)
        // and the claim can take focus, so a click or Tab selects it.
        #expect(parsed.count("//span[@id='c3' and @tabindex='0' and @aria-describedby='c3-card']") == 1)
        #expect(parsed.count("//span[@id='c3']/span[@class='card']/span[contains(@class,'card-item')]") == 2)
        #expect(parsed.text("//span[@id='c3-card']/span[contains(@class,'s-error')]")
            == "E error: Anonymous source: say why they were not named anonymous-without-reason")
        #expect(parsed.text("//span[@id='c3-card']/span[@class='card-head']")?
            .hasPrefix("c3 · anonymous: source “Officials familiar with the talks”") == true)
        #expect(parsed.text("//span[@id='c2-card']/span[contains(@class,'card-item')]") == "No findings.")
        // Hidden until hovered or selected, and never printed.
        let css = HTMLStyle.css
        #expect(css.contains(".card { display: none; }"))
        #expect(css.contains(".claim:hover > .card, .claim:focus > .card, .claim:focus-within > .card, .claim:target > .card"))
    }

    @Test func summaryPanelComesBeforeTheArticleWithFiguresChartAndSources() throws {
        let parsed = try ParsedHTML(try Self.page([ReportFixture.articleReport()]))
        // Panel first: the editor sees the figures before the text.
        #expect(parsed.count("//section[@class='document']/section[@class='summary']/following-sibling::div[@class='layout']") == 1)
        // Eight claims, one with an unsourced-claim finding: 13%.
        #expect(parsed.text("//div[@data-metric='unsourced-share']//span[@class='figure-value']") == "13%")
        #expect(parsed.text("//div[@data-metric='unsourced-share']/p[@class='figure-limit']") == "✓ within the limit (max 25%)")
        #expect(parsed.count("//div[@data-metric='named-sources' and contains(@class,'within')]") == 1)
        #expect(parsed.count("//div[@data-metric='hedges-per-100-words']") == 1)
        // Inline SVG chart: a labelled row per kind with count and share as text.
        #expect(parsed.count("//figure[@class='chart']/svg[@role='img']") == 1)
        #expect(parsed.count("//svg//g[@class='row']") == AttributionKind.allCases.count)
        #expect(parsed.text("//svg//g[@data-kind='named']/text[@class='bar-value']") == "1 · 13%")
        #expect(parsed.text("//svg//g[@data-kind='outlet']/text[@class='bar-label']") == "outlet")
        #expect(parsed.count("//svg//g[@data-kind='none']/rect[@class='bar b-none']") == 1)
    }

    @Test func verdictNamesEveryBrokenHouseLimit() throws {
        var doc = ReportFixture.articleReport()
        doc.claims = doc.claims.map { claim in
            var c = claim
            c.findings = c.findings.filter { $0.severity != .error }
            return c
        }
        doc.refreshSummary()
        let strict = MetricThresholds(minNamedSources: 5, maxUnsourcedShare: 0.10, maxAnonymousShare: nil,
                                      maxHedgesPer100Words: nil)
        let v = Verdict(summary: doc.summary, thresholds: strict)
        #expect(v.level == .fix)
        #expect(v.line == "Fix before publishing: 3 named sources (min 5); 13% unsourced (max 10%); 2 warnings, 2 info.")
        let relaxed = Verdict(summary: doc.summary, thresholds: .none)
        #expect(relaxed.level == .review)
        #expect(relaxed.line == "Review suggested: within the house limits; 2 warnings, 2 info.")

        let parsed = try ParsedHTML(try Self.page([doc], options: HTMLOptions(thresholds: strict)))
        #expect(parsed.text("//p[contains(@class,'verdict')]") == v.line)
        #expect(parsed.count("//p[@class='verdict v-fix']") == 1)
        #expect(parsed.text("//div[@data-metric='named-sources']/p[@class='figure-limit']") == "✗ over the limit (min 5)")
    }

    static let hostileHTML = """
    <html><body><article>
    <h1>Council <script>alert(1)</script> vote</h1>
    <p>The mayor said the plan is "final" onmouseover="alert(2)" and <a href="javascript:alert(3)">javascript:alert(3)</a> is the link.</p>
    <p>Staff typed <b>&lt;script&gt;alert(4)&lt;/script&gt;</b> and " onmouseover="alert(5)" into the form, the clerk said.</p>
    <p><a href="javascript:alert(6)" onclick="alert(7)">Click here</a> for <img src=x onerror="alert(8)"> the budget.</p>
    </article></body></html>
    """

    static let hostileMarkdown = """
    # Council <script>alert(1)</script> vote

    The mayor said the plan is "final" onmouseover="alert(2)" and [the link](javascript:alert(3)) stands.

    Staff typed <script>alert(4)</script> and " onmouseover="alert(5)" into the form, the clerk said.
    """

    @Test(arguments: [(InputFormat.html, hostileHTML), (InputFormat.markdown, hostileMarkdown),
                      (InputFormat.text, hostileMarkdown)])
    func hostileArticleTextRendersAsInertText(format: InputFormat, text: String) throws {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        let doc = try auditor.audit(SourceText(path: "hostile.\(format.rawValue)", text: text), format: format)
        let bytes = try Self.page([doc])
        let parsed = try ParsedHTML(bytes)
        #expect(parsed.count("//script") == 0)
        #expect(parsed.count("//*[@*[starts-with(name(), 'on')]]") == 0)
        #expect(parsed.count("//img | //iframe | //object | //embed") == 0)
        #expect(parsed.count("//a[starts-with(normalize-space(@href), 'javascript')]") == 0)
        // Every link in the page is one of the report's own fragments.
        #expect(parsed.count("//a[not(starts-with(@href, '#'))]") == 0)
        let articleText = parsed.text("//div[@class='article-text']") ?? ""
        #expect(articleText.contains("onmouseover="))
        #expect(articleText.contains(#"" onmouseover="alert(5)""#))
        switch format {
        case .markdown:
            // Markdown treats <script> as inline HTML: the tag is dropped, its text kept.
            #expect(articleText.contains("Staff typed alert(4) and"))
        case .html:
            #expect(articleText.contains("javascript:alert(3)"))
            #expect(articleText.contains("<script>alert(4)</script>"))
        case .text:
            #expect(articleText.contains("[the link](javascript:alert(3))"))
            #expect(articleText.contains("<script>alert(4)</script>"))
        }
        #expect(HTMLWellFormedness.problems(bytes).isEmpty)
    }

    @Test func everyReportPageIsWellFormed() throws {
        let pages: [[UInt8]] = [
            try HTMLReporter().render(ReportFixture.report()),
            try HTMLReporter().render(AuditReport(documents: [])),
            try HTMLReporter().render(try ReportsFromAuditTests.report()),
            try Self.page([ReportFixture.articleReport()], options: HTMLOptions(extraCSS: ":root { --named: #000; }",
                                                                               indexLink: "../index.html")),
        ]
        for page in pages {
            #expect(HTMLWellFormedness.problems(page) == [])
        }
        // The checker itself catches broken markup.
        #expect(!HTMLWellFormedness.problems(Array("<p><b>x</p></i> <a href=\"x>y</a>".utf8)).isEmpty)
    }

    @Test func houseStylesheetComesAfterTheDefaultAndMayNotOpenMarkup() throws {
        let parsed = try ParsedHTML(try Self.page([ReportFixture.notesReport()],
                                                 options: HTMLOptions(extraCSS: ":root { --named: #222222; }")))
        #expect(parsed.count("//style") == 2)
        #expect(parsed.text("//style[2]") == ":root { --named: #222222; }")
        #expect(throws: ClaimAuditError.self) {
            try Self.page([ReportFixture.notesReport()], options: HTMLOptions(extraCSS: "p{}</style><script>x()</script>"))
        }
        do {
            try HTMLOptions.checkStylesheet("a { }\nb { content: \"</style>\" }", path: "house.css")
            Issue.record("accepted a stylesheet with <")
        } catch {
            #expect("\(error)".hasPrefix("house.css:2:15: error:"))
        }
    }
}
