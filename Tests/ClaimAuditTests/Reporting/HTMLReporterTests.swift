import CLibXML2
import Foundation
import Testing
@testable import ClaimAudit

@Suite struct HTMLReporterTests {
    static func render(_ report: AuditReport = ReportFixture.report()) throws -> String {
        String(decoding: try HTMLReporter().render(report), as: UTF8.self)
    }

    @Test func htmlOutputMatchesGoldenFile() throws {
        let bytes = try HTMLReporter().render(ReportFixture.report())
        Snapshot.expect(bytes, matches: "report.html")
    }

    @Test func articleTextIsEscapedAndNeverBecomesAScriptElement() throws {
        let bytes = try HTMLReporter().render(ReportFixture.report())
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""))
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</script>"))
        // Re-parse as a browser would: no script element anywhere, and the
        // claim's text comes back exactly.
        let parsed = try ParsedHTML(bytes)
        #expect(parsed.count("//script") == 0)
        #expect(parsed.count("//*[@onerror or @onload or @onclick]") == 0)
        #expect(parsed.text("//span[@id='d1-c6']")?.hasPrefix(
            #"The Ledger reported that staff typed <script>alert(1)</script> & "quotes" into the form."#) == true)
        #expect(parsed.count("//style") == 1)
    }

    @Test func pageIsSelfContainedWithoutNetworkOrScripts() throws {
        let html = try Self.render()
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        // The only url() is the SVG chart's own hatch pattern, a fragment.
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(html.contains("default-src 'none'"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("@media print"))
    }

    @Test func claimsAreSpansMarkedByKindWithCuesSourcesAndHedges() throws {
        let report = AuditReport(tool: ReportFixture.tool, documents: [ReportFixture.articleReport()])
        let parsed = try ParsedHTML(try HTMLReporter().render(report))
        #expect(parsed.count("//span[contains(@class,'claim')]") == 8)
        for kind in AttributionKind.allCases {
            let claims = parsed.count("//span[@data-kind='\(kind.rawValue)' and contains(@class,'claim')]")
            #expect(claims >= 1, "no \(kind.rawValue) claim")
            #expect(parsed.count("//ul[@class='legend']//span[@data-kind='\(kind.rawValue)']") == 1)
        }
        // One document: plain claim ids, findings link to them.
        #expect(parsed.count("//span[@id='c3' and @class='claim k-anonymous']") == 1)
        #expect(parsed.count("//aside//a[@href='#c3']") == 2)
        #expect(parsed.text("//span[@id='c2']//span[@class='cue']") == "said")
        #expect(parsed.text("//span[@id='c2']//span[@class='source']") == "Mayor Ana Lísa Ortiz")
        #expect(parsed.text("//span[@id='c4']//mark[@class='hedge']") == "may")
        #expect(parsed.text("//span[@id='c3']//mark[@class='hedge']") == "could")
        // c7's text is not a byte-exact slice: placed by unique text instead.
        #expect(parsed.text("//span[@id='c7']//span[@class='cue']") == "has learned")
        #expect(parsed.text("//span[@id='c7']//span[@class='source']") == "The Herald")
        // Findings grouped by severity, most severe first.
        #expect(parsed.count("//aside//section[contains(@class,'s-error')]//li") == 1)
        #expect(parsed.count("//aside//section[contains(@class,'s-warning')]//li") == 2)
        #expect(parsed.count("//aside//section[contains(@class,'s-info')]//li") == 2)
        // Two hedges in 71 words break the default limit of 2.0 per 100 words.
        #expect(parsed.text("//header/p[contains(@class,'verdict')]")
            == "Fix before publishing: 2.8 hedges per 100 words (max 2.0); 1 error, 2 warnings, 2 info.")
        // Ortiz, The Ledger, staff; the document "Filings" and the outlet's
        // own reporting are not named sources. The anonymous ones are one group.
        #expect(parsed.count("//ol[@class='sources']/li[@class='named-source']") == 3)
        #expect(parsed.text("//ol[@class='sources']/li[@class='named-source'][1]/span[@class='name']") == "Ana Lísa Ortiz")
        #expect(parsed.text("//li[@class='anonymous-group']/span[@class='descriptions']")
            == "“officials familiar with the talks”")
    }

    @Test func unplaceableSpansAreListedBesideTheClaim() throws {
        var doc = ReportFixture.notesReport()
        // Text no longer a byte slice and "said" ambiguous: list it instead.
        doc.claims[0].text = "Meta said, and said again, the feature ships in May."
        let parsed = try ParsedHTML(try HTMLReporter().render(AuditReport(tool: "t", documents: [doc])))
        #expect(parsed.count("//span[@id='c1']//span[@class='cue']") == 0)
        #expect(parsed.text("//span[@id='c1']//span[@class='source']") == "Meta")
        #expect(parsed.text("//span[@id='c1']/span[@class='aside-note']") == "(named: cue “said”)")
    }

    @Test func overlappingMarksNestProperly() {
        var claim = ReportFixture.notesReport().claims[0]
        // "Meta said" as source overlapping the cue "said the".
        claim.attributions = [Attribution(kind: .named, cue: Span(start: 5, end: 13, text: "said the"),
                                          source: Span(start: 0, end: 9, text: "Meta said"), rule: "r")]
        let markup = ClaimMarkup(claim)
        let pieces = markup.pieces().map { (markup.text($0.range), $0.marks) }
        #expect(pieces.map(\.0) == ["Meta ", "said", " the", " feature ships in May."])
        // Marks are listed cue then source; layers are hedge, source, cue.
        #expect(pieces[1].1 == [nil, 1, 0])
    }

    @Test func severalDocumentsGetPrefixedIdsAndAContentsList() throws {
        let parsed = try ParsedHTML(try HTMLReporter().render(ReportFixture.report()))
        #expect(parsed.count("//section[@class='document']") == 3)
        #expect(parsed.count("//nav//a[@href='#d2']") == 1)
        #expect(parsed.count("//span[@id='d2-c1']") == 1)
        #expect(parsed.count("//*[@id='c1']") == 0)
        #expect(parsed.count("//a[@href='#d1-f1']") == 1)
        #expect(parsed.count("//li[@id='d1-f1']//a[@href='#d1-c3']") == 1)
    }

    @Test func builderIsFreedAfterRendering() throws {
        weak var released: HTMLBuilder?
        do {
            let b = try HTMLBuilder()
            let body = try b.element("body", in: b.root)
            try b.element("p", in: body, text: "x")
            _ = try b.serialize()
            released = b
        }
        #expect(released == nil)
    }

    @Test func embeddedStyleSheetMatchesReportsCSS() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("reports/report.css")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == HTMLStyle.css, "reports/report.css and the embedded copy differ: run scripts/embed-resources.py")
    }
}

/// A report page parsed back with libxml2's HTML parser, queried by XPath.
final class ParsedHTML {
    private let doc: htmlDocPtr

    init(_ bytes: [UInt8]) throws {
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), "report.html", "UTF-8",
                               Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                     | HTML_PARSE_NONET.rawValue))
            }
        }
        guard let parsed else { throw ClaimAuditError.usage("HTML did not parse") }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    private func nodes(_ xpath: String) -> [xmlNodePtr] {
        guard let ctxt = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(ctxt) }
        guard let result = xmlXPathEvalExpression(xpath, ctxt) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }

    func count(_ xpath: String) -> Int { nodes(xpath).count }

    /// Text content of the first match.
    func text(_ xpath: String) -> String? {
        guard let node = nodes(xpath).first, let content = xmlNodeGetContent(node) else { return nil }
        defer { cxml_free(content) }
        return String(cString: content)
    }
}
