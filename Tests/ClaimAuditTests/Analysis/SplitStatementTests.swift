import Foundation
import Testing
@testable import ClaimAudit

/// A statement split by its own attribution is one content of two pieces
/// (`Attribution.contentContinuation`): "“A,” she said, “B.”", "“A,” she
/// said. “B.”" and "A, she said, B".
@Suite struct SplitStatementTests {
    func report(_ text: String) -> DocumentReport {
        try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
    }

    func first(_ text: String) -> Attribution? {
        report(text).claims.flatMap(\.attributions).first { !AttributionScope.isInherited($0) }
    }

    @Test func quotationsOnBothSidesOfTheCueAreOneStatement() {
        let a = first("“The ferry will run again,” said Tomas Bell, “but not before the new engine arrives.”\n")
        #expect(a?.content?.text == "The ferry will run again")
        #expect(a?.contentContinuation?.text.hasPrefix("but not before the new engine arrives") == true)
    }

    @Test func quotedSentenceAfterTheSpeakerContinuesTheStatement() {
        let r = report("“The ferry will run again,” Bell said. “It only needs a new engine.”\n")
        let a = r.claims[0].attributions.first
        #expect(a?.content?.text == "The ferry will run again")
        #expect(a?.contentContinuation?.text.hasPrefix("It only needs a new engine") == true)
        // The second sentence still inherits the speaker, with the same pieces.
        let inherited = r.claims[1].attributions.first
        #expect(inherited?.rule == "carry-over-quote")
        #expect(inherited?.contentContinuation == a?.contentContinuation)
    }

    @Test func quotationBeforeTheCueAloneHasNoContinuation() {
        let r = report("“The ferry will run again,” Bell said. The council met on Friday.\n")
        #expect(r.claims[0].attributions.first?.contentContinuation == nil)
        // A statement after its cue is not continued by the next quotation.
        let s = report("Bell said the ferry would run again. “It only needs a new engine.”\n")
        #expect(s.claims[0].attributions.first?.contentContinuation == nil)
    }

    @Test func cueSetOffByCommasSplitsTheSentence() {
        let a = first("The harbour plan, Bell said, was never costed by the council.\n")
        #expect(a?.content?.text == "The harbour plan")
        #expect(a?.contentContinuation?.text == "was never costed by the council")
        let b = first("The harbour plan, Bell argued on Friday, was never costed.\n")
        #expect(b?.content?.text == "The harbour plan")
        #expect(b?.contentContinuation?.text == "was never costed")
    }

    @Test func commaBeforeTheSourceAloneDoesNotSplit() {
        let a = first("On Friday, Bell said the harbour plan was never costed.\n")
        #expect(a?.contentContinuation == nil)
        #expect(a?.content?.text == "the harbour plan was never costed")
    }

    @Test func continuationIsWrittenToJSONAndValidXML() throws {
        let r = report("“The ferry will run again,” said Tomas Bell, “but not before June.”\n")
        let json = String(decoding: try JSONReporter().render(AuditReport(documents: [r])), as: UTF8.self)
        #expect(json.contains("\"contentContinuation\""))
        let xml = try XMLReporter().render(AuditReport(documents: [r]))
        #expect(String(decoding: xml, as: UTF8.self).contains("<content-continuation"))
        #expect(try XMLReporterTests.validate(xml).isEmpty)
        let decoded = try JSONDecoder().decode(Attribution.self, from: Data(#"{"kind":"named","rule":"x","contentContinuation":{"start":1,"end":3,"text":"ab"}}"#.utf8))
        #expect(decoded.contentContinuation?.text == "ab")
    }
}

/// The evaluator scores a content and its continuation as one span of two
/// pieces (its word set), as PolNeAR annotates a split quotation.
@Suite struct SplitContentScoringTests {
    @Test func bothPiecesMatchOneGoldContent() throws {
        let fixture = try BratFixture()
        defer { fixture.remove() }
        let text = "“The ferry will run again,” Bell said. “It only needs a new engine.”\n"
        try fixture.addText("bell", text)
        let cue = BratFixture.codePoints(of: "said", in: text)!
        let source = BratFixture.codePoints(of: "Bell", in: text)!
        let a = BratFixture.codePoints(of: "The ferry will run again", in: text)!
        let b = BratFixture.codePoints(of: "It only needs a new engine.", in: text)!
        try fixture.addRawAnnotation("bell", annotator: "a1",
            "T1\tCue \(cue.lowerBound) \(cue.upperBound)\tsaid\n"
            + "T2\tSource \(source.lowerBound) \(source.upperBound)\tBell\n"
            + "T3\tContent \(a.lowerBound) \(a.upperBound);\(b.lowerBound) \(b.upperBound)\tThe ferry will run again It only needs a new engine.\n")
        let auditor = try Auditor(ruleSet: try RuleLoader.loadDefaults())
        let r = try CorpusEvaluator(auditor: auditor).evaluate(try BratCorpus(directory: fixture.path))
        #expect(r.content.exact.tp == 1)
        #expect(r.content.exact.predicted == 1)
    }
}
