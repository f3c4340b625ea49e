import Foundation
import Testing
@testable import ClaimAudit

@Suite struct MetricThresholdsTests {
    func claim(_ id: String, _ text: String, _ kinds: [AttributionKind], findings: [String] = []) -> Claim {
        var c = Claim(id: id, start: 0, end: 1, location: SourceLocation(line: 1, column: 1), text: text, section: nil,
                      block: .paragraph,
                      attributions: kinds.map { Attribution(kind: $0, cue: nil, source: Span(start: 0, end: 1, text: "Ana Ruiz"), rule: "t") })
        c.findings = findings.map {
            Finding(rule: $0, category: "x", severity: .warning, message: "m", start: 0, end: 1,
                    location: SourceLocation(line: 1, column: 1))
        }
        return c
    }

    @Test func summaryCountsWordsHedgesPerHundredWordsAndAnonymousShare() {
        let s = Summary(claims: [
            claim("c1", "The plan may pass on Tuesday's vote.", [.anonymous], findings: ["hedging"]),
            claim("c2", "Ana Ruiz backed it, 3-2.", [.named]),
            claim("c3", "Why it matters: costs rise.", [.analysis]),
        ])
        #expect(s.words == 7 + 5 + 5)
        #expect(abs(s.hedgesPer100Words - 100.0 / 17.0) < 1e-9)
        #expect(s.sourcedAttributions == 2)
        #expect(s.anonymousShare == 0.5)
    }

    @Test func documentFindingsCountInTheSummaryAndTheWorstSeverity() {
        let f = Finding(rule: "encoding", category: "input", severity: .error, message: "m", start: 0, end: 0,
                        location: SourceLocation(line: 1, column: 1))
        var doc = DocumentReport(path: "a.md", format: .markdown, claims: [claim("c1", "Ana Ruiz said so.", [.named])])
        #expect(AuditReport(documents: [doc]).worstSeverity == nil)
        doc.addDocumentFindings([f])
        #expect(doc.summary.findings(.error) == 1)
        #expect(doc.findings.first?.rule == "encoding")
        #expect(AuditReport(documents: [doc]).worstSeverity == .error)
    }

    @Test func violationsListEveryBrokenLimitInMetricOrder() {
        let s = Summary(claims: [
            claim("c1", "It may rain.", [.anonymous], findings: ["hedging", "unsourced-claim"]),
            claim("c2", "It will.", [], findings: ["unsourced-claim"]),
        ])
        let limits = MetricThresholds(minNamedSources: 1, maxUnsourcedShare: 0.5, maxAnonymousShare: 0.5,
                                      maxHedgesPer100Words: 2)
        let v = limits.violations(of: s)
        #expect(v.map(\.metric) == [.namedSources, .unsourcedShare, .anonymousShare, .hedgesPer100Words])
        #expect(v[0].message == "0 named sources; the house minimum is 1.")
        #expect(v[1].message == "100% of claims are unsourced; the house maximum is 50%.")
    }

    @Test func limitsThatAreOffOrMetAreNotViolations() {
        let s = Summary(claims: [claim("c1", "Ana Ruiz said the vote passed.", [.named])])
        #expect(MetricThresholds().violations(of: s).isEmpty)
        #expect(MetricThresholds.none.violations(of: Summary(claims: [claim("c1", "x", [], findings: ["unsourced-claim"])])).isEmpty)
        #expect(MetricThresholds().violations(of: Summary(claims: [])).isEmpty)
    }
}

/// Document findings reach every writer.
@Suite struct DocumentFindingsInReportsTests {
    static func report() -> AuditReport {
        var doc = ReportFixture.notesReport()
        doc.addDocumentFindings([Finding(rule: "named-sources", category: "metrics", severity: .warning,
                                         message: "1 named source; the house minimum is 2.", start: 0, end: 0,
                                         location: SourceLocation(line: 1, column: 1))])
        return AuditReport(tool: "t", documents: [doc])
    }

    @Test func terminalPrintsDocumentFindingsAsCompilerLines() throws {
        let text = String(decoding: try TerminalReporter().render(Self.report()), as: UTF8.self)
        #expect(text.hasPrefix("notes.txt:1:1: warning: 1 named source; the house minimum is 2. [named-sources]\n"))
        #expect(text.contains("; 1 warning\n"))
    }

    @Test func jsonCarriesDocumentFindingsAndReadsBack() throws {
        let bytes = try JSONReporter().render(Self.report())
        let back = try JSONDecoder().decode(AuditReport.self, from: Data(bytes))
        #expect(back.documents[0].documentFindings.map(\.rule) == ["named-sources"])
        #expect(back.documents[0].summary.findings(.warning) == 1)
    }

    @Test func xmlCarriesDocumentFindingsAndStaysValid() throws {
        let bytes = try XMLReporter().render(Self.report())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<document-finding rule=\"named-sources\" category=\"metrics\" severity=\"warning\""))
        #expect(try XMLReporterTests.validate(bytes).isEmpty)
    }

    @Test func htmlListsDocumentFindingsUnderWholeArticle() throws {
        let text = String(decoding: try HTMLReporter().render(Self.report()), as: UTF8.self)
        #expect(text.contains("Whole article (1)"))
        #expect(text.contains("1 named source; the house minimum is 2."))
    }
}
