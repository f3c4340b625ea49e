import Foundation
import Testing
@testable import ClaimAudit

@Suite struct XMLReporterTests {
    static let schemaURL = TestPaths.packageRoot.appendingPathComponent("reports/report.xsd")

    static func schema() throws -> XMLSchema {
        let bytes = [UInt8](try Data(contentsOf: schemaURL))
        return try XMLSchema(bytes, path: "reports/report.xsd")
    }

    static func validate(_ bytes: [UInt8]) throws -> [XMLDiagnostic] {
        let doc = try XMLDocument.parse(bytes, path: "report.xml")
        return try schema().validate(doc)
    }

    @Test func xmlOutputMatchesGoldenFile() throws {
        let bytes = try XMLReporter().render(ReportFixture.report())
        Snapshot.expect(bytes, matches: "report.xml")
    }

    @Test func xmlValidatesAgainstTheReportSchema() throws {
        let bytes = try XMLReporter().render(ReportFixture.report())
        let errors = try Self.validate(bytes)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func schemaRejectsUnknownKindsAndBrokenCounts() throws {
        let text = String(decoding: try XMLReporter().render(ReportFixture.report()), as: UTF8.self)
        for (from, to) in [("kind=\"named\"", "kind=\"famous\""),
                           ("severity=\"warning\"", "severity=\"fatal\""),
                           ("line=\"3\"", "line=\"0\""),
                           ("start=\"0\"", "start=\"-1\""),
                           ("<kind name=\"none\" claims=\"2\"/>", "")] {
            let broken = text.replacingOccurrences(of: from, with: to)
            #expect(broken != text, "fixture lacks \(from)")
            #expect(try !Self.validate(Array(broken.utf8)).isEmpty, "schema accepted \(to)")
        }
    }

    @Test func xmlEscapesMarkupAndDropsCharactersXMLForbids() throws {
        var doc = ReportFixture.notesReport()
        doc.claims[0].text = "a\u{0}b\u{1}c\u{1F}\td\u{FFFE}e\u{FFFF} <x> & \"q\" é😀"
        doc.claims[0].section = "line\u{2}break"
        let bytes = try XMLReporter().render(AuditReport(tool: "t", documents: [doc]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<text>abc\tde &lt;x&gt; &amp; &quot;q&quot; é😀</text>"))
        #expect(text.contains("section=\"linebreak\""))
        #expect(try Self.validate(bytes).isEmpty)
    }

    @Test func decimalsHaveFourPlacesAndNoExponent() {
        #expect(XMLReporter.decimal(0.125) == "0.1250")
        #expect(XMLReporter.decimal(1.0 / 7.0) == "0.1429")
        #expect(XMLReporter.decimal(0.00001) == "0.0000")
        #expect(XMLReporter.decimal(250) == "250.0000")
        #expect(XMLReporter.decimal(.nan) == "0.0000")
    }

    @Test func writerRefusesUseAfterFinish() throws {
        let w = try XMLWriter()
        try w.startElement("a")
        _ = try w.finish()
        #expect(throws: ClaimAuditError.self) { try w.startElement("b") }
    }
}
