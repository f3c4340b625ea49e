import Foundation
import Testing
@testable import ClaimAudit

@Suite struct VerificationReportTests {
    typealias F = VerificationFixture

    static let text = "“We won't back down on the library plan,” Ortiz said. Library spending is $13.5 million, according to the draft budget. The mayor will resign, according to people close to her."

    private func report(ledger: Ledger? = F.standardLedger) throws -> AuditReport {
        AuditReport(documents: [try F.audit(Self.text, ledger: ledger)])
    }

    @Test func jsonCarriesTheSectionAndNullWithoutLedger() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try JSONReporter().render(report()))) as! [String: Any]
        let doc = (json["documents"] as! [[String: Any]])[0]
        let v = doc["verification"] as! [String: Any]
        #expect(v["ledger"] as? String == "story.sources.xml")
        let quotes = v["quotes"] as! [[String: Any]]
        #expect(quotes.first?["status"] as? String == "near-miss")
        #expect(quotes.first?["detail"] as? String == "transcript says ‘will not’ where the copy says ‘won't’")
        #expect((v["numbers"] as! [[String: Any]]).first?["status"] as? String == "not-found")
        #expect((v["sources"] as! [[String: Any]]).count == 3)
        #expect((v["gaps"] as! [[String: Any]]).contains { $0["rule"] as? String == "anonymous-not-covered" })

        let plain = try JSONSerialization.jsonObject(with: Data(try JSONReporter().render(report(ledger: nil)))) as! [String: Any]
        #expect((plain["documents"] as! [[String: Any]])[0]["verification"] is NSNull)
    }

    @Test func jsonRoundTripsThroughCodable() throws {
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(try JSONReporter().render(report())))
        #expect(decoded.documents[0].verification == (try report()).documents[0].verification)
    }

    @Test func xmlSectionIsValidAgainstTheReportSchema() throws {
        let bytes = try XMLReporter().render(report())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<verification ledger=\"story.sources.xml\">"))
        #expect(text.contains("status=\"near-miss\""))
        #expect(text.contains("<gap rule=\"ledger-coverage-gap\">"))
        let schemaPath = TestPaths.packageRoot.appendingPathComponent("reports/report.xsd").path
        let schema = try XMLSchema(Array(try Data(contentsOf: URL(fileURLWithPath: schemaPath))), path: "reports/report.xsd")
        let parsed = try XMLDocument.parse(bytes, path: "report.xml")
        #expect(schema.validate(parsed).isEmpty, "\(schema.validate(parsed))")
        let plain = try XMLReporter().render(report(ledger: nil))
        #expect(!String(decoding: plain, as: UTF8.self).contains("<verification"))
    }

    @Test func htmlShowsTheSectionOnlyWithLedger() throws {
        let html = String(decoding: try HTMLReporter().render(report()), as: UTF8.self)
        #expect(html.contains("Verification against the source ledger"))
        #expect(html.contains("near-miss (call)"))
        #expect(html.contains("href=\"#c1\""))
        let plain = String(decoding: try HTMLReporter().render(report(ledger: nil)), as: UTF8.self)
        #expect(!plain.contains("Verification against the source ledger"))
    }

    @Test func checksAreFindingsInTheTerminalReportToo() throws {
        let out = String(decoding: try TerminalReporter().render(report()), as: UTF8.self)
        #expect(out.contains("[quote-near-miss]"))
        #expect(out.contains("[number-not-in-document]"))
    }
}
