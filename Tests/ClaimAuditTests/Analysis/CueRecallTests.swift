import Testing
@testable import ClaimAudit

/// Session 4 cue work: shares of surveyed groups as subjects, "according
/// to" whatever it introduces, and verb forms that are not speech ("a group
/// called …", "pledged delegates").
@Suite struct ShareSubjectTests {
    typealias F = AnalysisFixture

    @Test func shareOfAGroupIsAnAnonymousSource() {
        let a = F.attributions("About four in 10 riders say the fares are too high.")
        let share = a.first { $0.rule == "share-subject" }
        #expect(share?.cue?.text == "say")
        #expect(share?.source?.text == "About four in 10 riders")
        #expect(share?.kind == .anonymous)
        #expect(F.attributions("One in five said the bridge should stay closed.").contains { $0.rule == "share-subject" && $0.cue?.text == "said" })
        #expect(F.attributions("Nine out of 10 want the crossing rebuilt.").contains { $0.rule == "share-subject" && $0.cue?.text == "want" })
    }

    @Test func percentageOfAGroupIsAnAnonymousSource() {
        let a = F.attributions("In the survey, 61 percent of riders said the fares were too high.")
        let share = a.first { $0.rule == "percent-subject" }
        #expect(share?.cue?.text == "said")
        #expect(share?.source?.text == "61 percent of riders")
    }

    @Test func aShareWithoutAnAnswerVerbIsNoAttribution() {
        #expect(F.attributions("Four in 10 riders take the bus.").isEmpty)
        #expect(F.attributions("Fares rose 9 percent in May.").isEmpty)
        // "states" after a share is a noun, not the verb "state".
        #expect(!F.attributions("Turnout rose in eight of nine states where polls were taken.").contains { $0.rule == "share-subject" })
    }
}

@Suite struct NumberPatternTests {
    static let count = """
    <tokens>
      <capture name="source"><number/><word>engineers</word></capture>
      <capture name="cue"><word>signed</word></capture>
      <capture name="content"><rest/></capture>
    </tokens>
    """

    func auditor() throws -> Auditor {
        try TokenPatternTests().auditor(Self.count, id: "house.count")
    }

    func sources(_ a: Auditor, _ text: String) -> [String] {
        TokenPatternTests().attributions(a, text).filter { $0.rule == "house.count" }.compactMap { $0.source?.text }
    }

    @Test func numberTestAcceptsDigitsAndSpelledOutCardinals() throws {
        let a = try auditor()
        #expect(sources(a, "In May, 12 engineers signed a letter to the council.") == ["12 engineers"])
        #expect(sources(a, "In May, twelve engineers signed a letter to the council.") == ["twelve engineers"])
        #expect(sources(a, "In May, several engineers signed a letter to the council.").isEmpty)
    }
}

@Suite struct AccordingToObjectTests {
    typealias F = AnalysisFixture

    @Test func accordingToTakesAnyObjectAsSource() {
        let a = F.attributions("The deck will be replaced next year, according to early estimates.")
        #expect(a.first?.cue?.text == "according to")
        #expect(a.first?.source?.text == "early estimates")
        let b = F.attributions("He left the firm in 2009, according to him.")
        #expect(b.first?.cue?.text == "according to")
    }
}

@Suite struct NonSpeechVerbFormTests {
    typealias F = AnalysisFixture

    @Test func aNounCalledANameIsNaming() {
        #expect(F.attributions("Ruiz founded a group called Riders First last spring.").isEmpty)
        #expect(F.attributions("The agency hired a firm called Span Works to inspect the deck.").isEmpty)
    }

    @Test func aSpeakerWhoCalledSomethingStillSpeaks() {
        #expect(F.summary("Ruiz called the plan a disgrace.") == [F.s(.named, "called", "Ruiz")])
        #expect(F.attributions("A spokesman called the report “misleading.”").contains { $0.cue?.text == "called" })
    }

    @Test func pledgedDelegatesAreNotAPledge() {
        #expect(F.attributions("Ruiz has won 200 pledged delegates so far.").isEmpty)
        #expect(F.summary("Ruiz pledged to rebuild the bridge.").first?.cue == "pledged")
    }
}

@Suite struct SubjectAfterBracketAndQuoteTests {
    typealias F = AnalysisFixture

    @Test func subjectBeforeABracketAndAnAppositiveSpeaks() {
        let a = F.attributions("Sen. Ann Ruiz (D-Ohio), chair of the transit panel, said the deck was rotten.")
        #expect(a.first?.cue?.text == "said")
        #expect(a.first?.source?.text == "Sen. Ann Ruiz")
    }

    @Test func speakerAfterAClosingQuotationSpeaksWhateverFollows() {
        #expect(F.attributions("“The deck is rotten,” Ruiz notes.").contains { $0.cue?.text == "notes" && $0.source?.text == "Ruiz" })
        #expect(F.attributions("“The deck is rotten,” Ruiz says in the ad.").contains { $0.cue?.text == "says" })
        // Without the quotation "notes" is still a noun.
        #expect(F.attributions("Ruiz notes.").isEmpty)
    }
}

@Suite struct StanceAndSeemTests {
    typealias F = AnalysisFixture

    @Test func seemWithAnAdjectiveJudgesTheSubject() {
        let a = F.attributions("Ruiz seemed irritated by the question.")
        #expect(a.first?.cue?.text == "seemed")
        #expect(a.first?.mode == .belief)
        #expect(F.attributions("The council appears ready to approve the fares.").first?.cue?.text == "appears")
        #expect(F.attributions("Ruiz appeared on television with the engineer.").isEmpty)
    }

    @Test func stanceVerbWithAPlainObjectIsABelief() {
        let a = F.attributions("The mayor supported higher fares for the express line.")
        #expect(a.first?.cue?.text == "supported")
        #expect(a.first?.mode == .belief)
        #expect(F.attributions("Ruiz opposed tolls on the new bridge.").first?.cue?.text == "opposed")
        #expect(F.attributions("The beams support the deck.").isEmpty)
    }
}

@Suite struct AskedAndDashSubjectTests {
    typealias F = AnalysisFixture

    @Test func theOneAskedIsTheSource() {
        let a = F.attributions("Ruiz was asked whether the bridge would reopen.")
        #expect(a.first?.cue?.text == "was asked")
        #expect(a.first?.source?.text == "Ruiz")
        #expect(F.attributions("Ruiz was asked about the delay at the hearing.").first?.cue?.text == "was asked about")
        // With an agent the asker is the source, as before.
        #expect(F.attributions("The question was asked by the engineer.").first?.rule == "passive-agent")
    }

    @Test func subjectBeforeADashAppositiveSpeaks() {
        let a = F.attributions("Ann Ruiz — a teacher from the east side — says the fares are too high.")
        #expect(a.first?.cue?.text == "says")
        #expect(a.first?.source?.text == "Ann Ruiz")
    }
}

@Suite struct DigestColonTests {
    typealias F = AnalysisFixture

    @Test func nameAfterADashBeforeAQuotationColonIsTheSpeaker() {
        let a = F.attributions("Why the count was slow - Ann Ruiz: “The scanners jammed twice.”")
        let colon = a.first { $0.rule == "speaker-colon" }
        #expect(colon?.cue?.text == ":")
        #expect(colon?.source?.text == "Ann Ruiz")
    }

    @Test func titleCaseHeadlineBeforeAColonNamesNoSpeaker() {
        #expect(!F.attributions("Ruiz Wades In: the bridge must close.").contains { $0.rule == "speaker-colon" })
        #expect(!F.attributions("Plus: what the fare plan means for riders.").contains { $0.rule == "speaker-colon" })
        #expect(F.attributions("Ann Ruiz: the bridge must close.").contains { $0.rule == "speaker-colon" })
    }
}
