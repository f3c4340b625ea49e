import Foundation
import Testing
@testable import ClaimAudit

/// Every format rendered from a real audit (default rules), not a hand-built
/// report: what the analyser produces must fit the schema and the page.
@Suite struct ReportsFromAuditTests {
    static let markdown = """
    # Ferry line to close its night service

    The Lakeshore ferry will stop running after 9 p.m. from May, the operator's director, Priya Nandakumar, said on Monday.
    "We cannot staff the late boats," she said. "Nobody wants this."

    People familiar with the budget said the cut could save €1.2 million a year.

    **Why it matters:** Night workers may lose their only direct link to the island.

    - Ridership on late boats fell by half, according to figures published by the operator.
    - Some say the decision was rushed.
    """

    static let html = """
    <!DOCTYPE html>
    <html><head><title>t</title><script>var x = "<p>not prose</p>";</script></head>
    <body><article>
    <h1>Caf&eacute; owners &amp; landlords clash</h1>
    <p>Rents rose 12% in a year, <em>according to</em> the city&rsquo;s housing office. It is widely believed that more shops will close.</p>
    <p>The Gazette reported that three caf&eacute;s shut in March.</p>
    </article></body></html>
    """

    static func report() throws -> AuditReport {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        return AuditReport(tool: ReportFixture.tool, documents: [
            try auditor.audit(SourceText(path: "ferry.md", text: markdown), format: .markdown),
            try auditor.audit(SourceText(path: "cafes.html", text: html), format: .html),
        ])
    }

    @Test func auditedReportValidatesAgainstTheSchema() throws {
        let report = try Self.report()
        #expect(report.documents.allSatisfy { !$0.claims.isEmpty })
        let errors = try XMLReporterTests.validate(try XMLReporter().render(report))
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func auditedReportGivesOneSpanPerClaimAndNoScript() throws {
        let report = try Self.report()
        let parsed = try ParsedHTML(try HTMLReporter().render(report))
        let claims = report.documents.reduce(0) { $0 + $1.claims.count }
        #expect(parsed.count("//span[contains(concat(' ', @class, ' '), ' claim ')]") == claims)
        #expect(parsed.count("//script") == 0)
        let findings = report.documents.reduce(0) { $0 + $1.findings.count }
        #expect(parsed.count("//aside//li[@class='finding']") == findings)
        #expect(parsed.count("//sup[@class='flags']/a") == findings)
    }

    @Test func auditedReportRoundTripsThroughJSON() throws {
        let report = try Self.report()
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(try JSONReporter().render(report)))
        #expect(decoded.documents.map(\.claims) == report.documents.map(\.claims))
    }

    @Test func terminalListsEveryFinding() throws {
        let report = try Self.report()
        let text = String(decoding: try TerminalReporter().render(report), as: UTF8.self)
        let findingLines = text.split(separator: "\n").filter { $0.hasSuffix("]") && $0.contains(": ") }
        #expect(findingLines.count == report.documents.reduce(0) { $0 + $1.findings.count })
        #expect(text.hasSuffix("\n"))
        #expect(text.contains("total: 2 documents, "))
    }
}
