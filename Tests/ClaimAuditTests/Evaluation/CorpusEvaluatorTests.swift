import Foundation
import Testing
@testable import ClaimAudit

@Suite struct CorpusEvaluatorTests {
    static let story = "“We will build the bridge,” Mayor Ana Ruiz said on Monday. The council met for an hour.\n\nThe budget grew by a third, according to city records.\n"

    func evaluate(_ fixture: BratFixture, allAnnotators: Bool = false) throws -> EvalResult {
        let auditor = try Auditor(ruleSet: try RuleLoader.loadDefaults())
        let corpus = try BratCorpus(directory: fixture.path, allAnnotators: allAnnotators)
        return try CorpusEvaluator(auditor: auditor).evaluate(corpus, allAnnotators: allAnnotators)
    }

    @Test func scoresCueAndSourceAndListsMissedCues() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        let text = CorpusEvaluatorTests.story
        try fixture.addText("ruiz", text)
        try fixture.addAnnotation("ruiz", annotator: "b2", text: text, spans: [
            ("Cue", "said"), ("Source", "Mayor Ana Ruiz"), ("Content", "We will build the bridge,"),
            ("Cue", "met"), ("Source", "The council"),
        ])
        let r = try evaluate(fixture)
        #expect(r.documents == 1)
        #expect(r.cue.partial.gold == 2)
        #expect(r.cue.partial.tp == 1)
        #expect(r.source.exact.tp == 1)
        #expect(r.missedCues.contains { $0.text == "met" && $0.count == 1 })
        // "according to" is a cue the gold lacks.
        #expect(r.falseCues.contains { $0.text == "according to" })
        // Attributed words: the quoted sentence is attributed and gold.
        #expect(r.attributedWords.tp >= 8)
        #expect(r.attributedWords.gold == 12) // said, Mayor Ana Ruiz, We will build the bridge, met, The council
    }

    @Test func firstAnnotatorByNameUnlessAllAreAsked() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        let text = CorpusEvaluatorTests.story
        try fixture.addText("ruiz", text)
        try fixture.addText("unannotated", "Nothing here.\n")
        try fixture.addAnnotation("ruiz", annotator: "zz", text: text, spans: [("Cue", "met")])
        try fixture.addAnnotation("ruiz", annotator: "aa", text: text, spans: [("Cue", "said")])
        let first = try BratCorpus(directory: fixture.path)
        #expect(first.entries.map(\.annotator) == ["aa"])
        #expect(first.unannotated == ["unannotated"])
        let r = try evaluate(fixture, allAnnotators: true)
        #expect(r.documents == 2)
        #expect(r.cue.partial.gold == 2)
        #expect(r.perDocument.count == 2)
        // The "zz" annotator's only cue is missed: that document is worst.
        #expect(r.perDocument.first?.annotator == "zz")
    }

    @Test func folderWithoutTextAndAttributionsIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            try BratCorpus(directory: dir.path)
        } throws: { error in
            "\(error)".contains("not a BRAT corpus")
        }
    }

    @Test func annotationOutsideTheTextIsAnError() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        try fixture.addText("short", "He said so.\n")
        try fixture.addRawAnnotation("short", annotator: "a1", "T1\tCue 3 500\tsaid\n")
        #expect {
            try evaluate(fixture)
        } throws: { error in
            "\(error)".contains("outside")
        }
    }

    @Test func jsonCarriesEveryMeasure() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        let text = CorpusEvaluatorTests.story
        try fixture.addText("ruiz", text)
        try fixture.addAnnotation("ruiz", annotator: "b2", text: text, spans: [("Cue", "said"), ("Source", "Mayor Ana Ruiz")])
        let json = try EvalReportText.json(try evaluate(fixture))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        for key in ["cue", "source", "content", "attributedWords", "missedCues", "falseCues"] {
            #expect(object[key] != nil, "\(key)")
        }
        let cue = object["cue"] as! [String: Any]
        let partial = cue["partial"] as! [String: Any]
        #expect(partial["f1"] as? Double != nil)
    }
}

/// The evaluator scores the source as the whole identifying phrase when the
/// analyser reports one (`sourcePhrase`), PolNeAR's convention.
@Suite struct SourcePhraseScoringTests {
    @Test func sourceIsScoredOnTheWholePhrase() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        let text = "The ferry will resume in June, said Tomas Bell, the harbour master.\n"
        try fixture.addText("bell", text)
        try fixture.addAnnotation("bell", annotator: "a1", text: text, spans: [
            ("Cue", "said"), ("Source", "Tomas Bell, the harbour master"), ("Content", "The ferry will resume in June"),
        ])
        let auditor = try Auditor(ruleSet: try RuleLoader.loadDefaults())
        let r = try CorpusEvaluator(auditor: auditor).evaluate(try BratCorpus(directory: fixture.path))
        #expect(r.source.exact.tp == 1)
        #expect(r.content.exact.tp == 1)
    }
}
