import Testing
@testable import ClaimAudit

/// Two apostrophes as a double quotation mark, as some archives write it.
@Suite struct DoubledQuoteMarkTests {
    typealias F = SegmentationFixture

    @Test func twoApostrophesPairAsAQuotation() {
        let q = F.quotations("Intro.\n\n''We are ready,'' the harbour master said, ''and the ferry runs.''")
        #expect(q.map(\.content) == ["We are ready,", "and the ferry runs."])
        #expect(q.map(\.quote) == ["''We are ready,''", "''and the ferry runs.''"])
    }

    @Test func backticksOpenAndApostrophesClose() {
        let q = F.quotations("Intro.\n\nShe said ``we will build it'' on Monday.")
        #expect(q.map(\.content) == ["we will build it"])
    }

    @Test func singleApostrophesAreNotQuotationMarks() {
        #expect(F.quotations("Intro.\n\nThe mayor's plan isn't new, and the 'bridge' stays.").isEmpty)
    }

    @Test func doubledQuotationRunsIntoTheNextParagraphThatReopensIt() {
        let text = "Intro.\n\n''We will not back down.\n\n''We will pass the bill,'' he said.\n\nThe vote is Friday."
        let (_, seg) = F.segment(text)
        #expect(seg.quotations.count == 1)
    }

    @Test func sentenceEndsAfterAClosingDoubledMark() {
        let s = F.sentences("''We won.'' The count ended at noon.")
        #expect(s == ["''We won.''", "The count ended at noon."])
    }

    @Test func quotedSpeakerIsFoundForDoubledMarks() throws {
        let report = try Auditor(ruleSet: RuleLoader.loadDefaults()).audit(TextLoader.load(SourceText(path: "a.txt",
            text: "Intro line here.\n\n''The ferry will run again in May,'' said Dana Ortiz, the harbour master.\n")))
        let attributions = report.claims.flatMap(\.attributions)
        #expect(attributions.contains { $0.kind == .named && $0.content?.text.contains("ferry will run again") == true })
    }
}

/// Curly double marks typed the wrong way round.
@Suite struct WrongWayQuoteMarkTests {
    typealias F = SegmentationFixture

    @Test func openingMarkInClosingPositionCloses() {
        let q = F.quotations("Intro.\n\nThe board ordered an “expedited review“ of the pipes, and the mayor agreed.")
        #expect(q.map(\.content) == ["expedited review"])
    }

    @Test func closingMarkInOpeningPositionOpens() {
        let q = F.quotations("Intro.\n\nDoing so ”appeared to be a mistake,” the clerk said.")
        #expect(q.map(\.content) == ["appeared to be a mistake,"])
    }

    @Test func speakerAfterAWrongWayQuotationIsFound() throws {
        let text = "Intro line here.\n\n“The pipes are safe now,“ said Dana Ortiz, the city engineer. The plant reopened.\n"
        let report = try Auditor(ruleSet: RuleLoader.loadDefaults()).audit(TextLoader.load(SourceText(path: "a.txt", text: text)))
        let named = report.claims.flatMap(\.attributions).filter { $0.kind == .named }
        #expect(named.contains { $0.source?.text == "Dana Ortiz" })
    }
}
