import Foundation
import Testing
@testable import ClaimAudit

@Suite struct JSONReporterTests {
    @Test func jsonOutputMatchesGoldenFile() throws {
        let bytes = try JSONReporter().render(ReportFixture.report())
        Snapshot.expect(bytes, matches: "report.json")
    }

    @Test func jsonHasTheFixedFieldNamesAndExplicitNulls() throws {
        let bytes = try JSONReporter().render(ReportFixture.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 3)
        let doc = documents[0]
        #expect(Set(doc.keys).isSuperset(of: ["path", "claims", "summary"]))
        #expect(doc["path"] as? String == "news/article.md")
        let claims = try #require(doc["claims"] as? [[String: Any]])
        for claim in claims {
            #expect(Set(claim.keys).isSuperset(of: ["id", "start", "end", "line", "column", "text", "section",
                                                    "attributions", "findings"]))
            for a in try #require(claim["attributions"] as? [[String: Any]]) {
                #expect(Set(a.keys).isSuperset(of: ["kind", "cue", "source", "rule"]))
            }
            for f in try #require(claim["findings"] as? [[String: Any]]) {
                #expect(Set(f.keys).isSuperset(of: ["rule", "category", "severity", "message", "start", "end"]))
            }
        }
        // c1 has no section: the key is there, as null.
        #expect(claims[0]["section"] is NSNull)
        #expect(claims[3]["section"] as? String == "Why it matters")
        // c4's analysis attribution has neither cue nor source: both null, not missing.
        let analysis = try #require((claims[3]["attributions"] as? [[String: Any]])?.first)
        #expect(analysis["cue"] is NSNull)
        #expect(analysis["source"] is NSNull)
        let named = try #require((claims[1]["attributions"] as? [[String: Any]])?.first)
        let cue = try #require(named["cue"] as? [String: Any])
        #expect(cue["text"] as? String == "said")
        #expect(cue["start"] as? Int == 107)
        // Outermost attribution first.
        let outlet = try #require(claims[5]["attributions"] as? [[String: Any]])
        #expect(outlet.map { $0["kind"] as? String } == ["outlet", "named"])
        #expect(outlet[1]["cue"] is NSNull)
        #expect(doc["summary"] is [String: Any])
    }

    @Test func jsonKeysComeInAFixedOrder() throws {
        let text = String(decoding: try JSONReporter().render(ReportFixture.report()), as: UTF8.self)
        let keys = ["\"id\"", "\"start\"", "\"end\"", "\"line\"", "\"column\"", "\"text\"", "\"section\"",
                    "\"attributions\"", "\"findings\""]
        let claim = try #require(text.range(of: "\"id\": \"c2\""))
        var from = claim.lowerBound
        for key in keys {
            let r = try #require(text.range(of: key, range: from..<text.endIndex))
            from = r.upperBound
        }
    }

    @Test func jsonStringsEscapeQuotesControlsAndLineSeparators() throws {
        var doc = ReportFixture.notesReport()
        let tricky = "q\"b\\s/\n\r\t\u{0}\u{1}\u{1F}\u{7F} \u{2028}\u{2029} é😀"
        doc.claims[0].text = tricky
        let bytes = try JSONReporter().render(AuditReport(tool: "t", documents: [doc]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""text": "q\"b\\s/\n\r\t\u0000\u0001\u001f"#))
        #expect(text.contains(#" \u2028\u2029 é😀""#))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let claims = try #require((root["documents"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]])
        #expect(claims[0]["text"] as? String == tricky)
    }

    @Test func jsonDecodesBackIntoTheModel() throws {
        let report = ReportFixture.report()
        let bytes = try JSONReporter().render(report)
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(bytes))
        #expect(decoded.tool == report.tool)
        #expect(decoded.documents.map(\.claims) == report.documents.map(\.claims))
        #expect(decoded.documents.map(\.summary) == report.documents.map(\.summary))
    }
}
