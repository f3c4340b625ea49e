import Foundation
import Testing
@testable import ClaimAudit

/// Beliefs and intentions attributed to a party are tagged with their mode
/// (from the cue's lexicon family); the kind still follows the source.
@Suite struct AttributionModeTests {
    typealias F = AnalysisFixture

    func mode(_ sentence: String) -> (AttributionKind, AttributionMode)? {
        F.attributions(sentence).first.map { ($0.kind, $0.mode) }
    }

    @Test func speechIsAStatement() {
        #expect(mode("Ruiz said the bridge would reopen.")! == (.named, .statement))
        #expect(mode("The council promised to reopen the bridge.")! == (.named, .statement))
    }

    @Test func beliefVerbsAreBeliefs() {
        #expect(mode("Ruiz believes the bridge is safe.")! == (.named, .belief))
        #expect(mode("Aides think that the deck will hold.")! == (.anonymous, .belief))
        #expect(mode("Two aides doubt the plan will pass.")! == (.anonymous, .belief))
    }

    @Test func intentVerbsAreIntentions() {
        #expect(mode("The mayor wants to reopen the bridge by June.")! == (.named, .intent))
        #expect(mode("Ortiz plans to run for governor.")! == (.named, .intent))
        #expect(mode("Senior officials hope that the vote will pass.")! == (.anonymous, .intent))
    }

    @Test func aBeliefInsideWhatSomeoneSaidIsPartOfTheStatement() {
        // PolNeAR does not annotate the nested belief; neither do we.
        let a = F.attributions("Ruiz said officials believe the plan will fail.")
        #expect(a.map(\.source?.text) == ["Ruiz"])
        #expect(a.map(\.mode) == [.statement])
        // A nested statement stays.
        #expect(F.attributions("Ruiz said officials told him the plan will fail.").count == 2)
        // A belief on its own stays.
        #expect(F.attributions("Officials believe the plan will fail.").map(\.mode) == [.belief])
    }

    @Test func inheritedAttributionsKeepTheirMode() {
        let claims = F.claims(["Ruiz believes the bridge is safe.", "“It will hold for years.”"])
        #expect(claims[0].attributions.first?.mode == .belief)
        #expect(AttributionScope.inherited(claims[0].attributions[0], rule: "carry-over-quote").mode == .belief)
    }

    @Test func reportsWriteTheModeOnlyWhenItIsNotAStatement() throws {
        var doc = ReportFixture.notesReport()
        doc.claims[0].attributions = [
            Attribution(kind: .named, cue: Span(start: 0, end: 4, text: "said"), source: nil, rule: "cue-verb"),
            Attribution(kind: .named, cue: Span(start: 5, end: 13, text: "believes"), source: nil, rule: "cue-verb", mode: .belief),
        ]
        let report = AuditReport(tool: "t", documents: [doc])
        let json = String(decoding: try JSONReporter().render(report), as: UTF8.self)
        #expect(json.components(separatedBy: "\"mode\"").count == 2)
        #expect(json.contains("\"mode\" : \"belief\"") || json.contains("\"mode\": \"belief\""))
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded.documents[0].claims[0].attributions.map(\.mode) == [.statement, .belief])

        let xmlBytes = try XMLReporter().render(report)
        let xml = String(decoding: xmlBytes, as: UTF8.self)
        #expect(xml.components(separatedBy: "mode=").count == 2)
        #expect(xml.contains("mode=\"belief\""))
        #expect(try XMLReporterTests.validate(xmlBytes).isEmpty)
        let broken = xml.replacingOccurrences(of: "mode=\"belief\"", with: "mode=\"rumour\"")
        #expect(try !XMLReporterTests.validate(Array(broken.utf8)).isEmpty)
    }
}
