import Testing
@testable import ClaimAudit

/// Where a cue begins and ends, following PolNeAR's convention: the verb
/// group stays together (auxiliaries, modals, negation, adverbs right
/// before the verb), a preposition that ties the verb to its content joins
/// it, "in a statement" joins it, an audience or "in an interview" does not.
@Suite struct CueBoundaryTests {
    typealias F = AnalysisFixture

    func cue(_ sentence: String) -> String? { F.attributions(sentence).first?.cue?.text }

    @Test func adverbsAndAuxiliariesBeforeTheVerbJoinTheCue() {
        #expect(cue("Ruiz also said the bridge would reopen.") == "also said")
        #expect(cue("The engineer has repeatedly said that the deck is sound.") == "has repeatedly said")
        #expect(cue("Ortiz later wrote that the costs had doubled.") == "later wrote")
        #expect(cue("The council is calling for a new audit.") == "is calling for")
    }

    @Test func negationAndDoSupportJoinTheCue() {
        #expect(cue("The mayor did not say whether the bridge would reopen.") == "did not say")
        #expect(cue("Residents don't believe the deck is safe.") == "don't believe")
    }

    @Test func timePhrasesAndHearsayAdverbsStayOutsideTheCue() {
        #expect(cue("Ruiz on Monday said the bridge would reopen.") == "said")
        #expect(cue("Ruiz reportedly said the bridge would reopen.") == "said")
    }

    @Test func prepositionTyingVerbToContentJoinsTheCue() {
        #expect(cue("The engineer warned of further delays at the crossing.") == "warned of")
        #expect(cue("Ortiz wrote about the delays in her newsletter.") == "wrote about")
        #expect(cue("The transit agency did not respond to a request for comment.") == "did not respond to")
    }

    @Test func inAStatementJoinsTheCueButAnInterviewDoesNot() {
        #expect(cue("Ruiz said in a statement that the bridge would reopen.") == "said in a statement")
        #expect(cue("Ruiz said in an interview that the bridge would reopen.") == "said")
    }

    @Test func theAudienceOfToldIsNotPartOfTheCue() {
        let a = F.attributions("The engineer told reporters the deck was rotten.")
        #expect(a.first?.cue?.text == "told")
        #expect(a.first?.source?.text == "The engineer")
        #expect(a.first?.content?.text == "the deck was rotten")
    }
}

/// Speech verbs whose other senses take an object are cues only before a
/// clause, a colon or a quotation, or at the end of the clause.
@Suite struct ClauseOnlyVerbTests {
    typealias F = AnalysisFixture

    @Test func maintainsALeadIsNotSpeech() {
        #expect(F.attributions("Ruiz maintains a comfortable lead in the polls.").isEmpty)
        #expect(F.summary("Ruiz maintains that the bridge is safe.") == [F.s(.named, "maintains", "Ruiz")])
    }

    @Test func continuedIsSpeechOnlyAtTheEndOfTheClauseOrBeforeAClause() {
        #expect(F.attributions("The council continued the policy of its predecessor.").isEmpty)
        #expect(F.summary("The deck is rotten, the engineer continued.") == [F.s(.named, "continued", "the engineer")])
    }

    @Test func stateAsANounIsNotACue() {
        #expect(F.attributions("The council and state Sen. Ana Ruiz met on Monday.").isEmpty)
        #expect(F.summary("The engineer stated that the deck was rotten.") == [F.s(.named, "stated", "The engineer")])
    }

    @Test func evaluationAndMannerVerbsAreCues() {
        #expect(F.summary("Ortiz lamented that the bridge had been neglected.") == [F.s(.named, "lamented", "Ortiz")])
        #expect(F.summary("The mayor touted the new rail line as a success.").first?.cue == "touted")
        #expect(F.summary("Protesters chanted that the fares were too high.").first?.cue == "chanted")
        #expect(F.summary("Ruiz expressed doubt that the deck would hold.").first?.cue == "expressed")
    }

    @Test func supportIsABeliefOfItsSubject() {
        let a = F.attributions("Ruiz supports the northern route.")
        #expect(a.first?.cue?.text == "supports")
        #expect(a.first?.mode == .belief)
    }
}

/// A colon that introduces what is said belongs to the cue ("said:").
@Suite struct ColonCueTests {
    typealias F = AnalysisFixture

    @Test func colonAfterTheVerbJoinsTheCue() {
        let text = "The engineer said: “The deck is rotten.”"
        let claims = F.claims([text], quotations: { _ in
            let r = F.range(of: "“The deck is rotten.”", in: text)
            return [Quotation(range: r, content: (r.lowerBound + 3)..<(r.upperBound - 3))]
        })
        #expect(claims[0].attributions.first?.cue?.text == "said:")
        #expect(claims[0].attributions.first?.source?.text == "The engineer")
    }

    @Test func aVerbBeforeAQuotationColonJoinsTheColonCue() {
        let text = "The engineer interjected: “The deck is rotten.”"
        let claims = F.claims([text], quotations: { _ in
            let r = F.range(of: "“The deck is rotten.”", in: text)
            return [Quotation(range: r, content: (r.lowerBound + 3)..<(r.upperBound - 3))]
        })
        #expect(claims[0].attributions.first?.cue?.text == "interjected:")
    }
}

/// Polls as documents, and "asked about" as one cue (rules/attribution.xml).
@Suite struct PollAndAskedCueTests {
    typealias F = AnalysisFixture

    @Test func inAPollIsADocumentCue() {
        let a = F.attributions("In a city poll released Monday, most riders backed the fare plan.")
        #expect(a.contains { $0.cue?.text == "In" && $0.kind == .document && $0.rule == "in-poll" })
        #expect(a.first { $0.rule == "in-poll" }?.source?.text == "a city poll")
    }

    @Test func inThePollsInGeneralIsNoDocument() {
        #expect(!F.attributions("The mayor has slipped in the polls since May.").contains { $0.rule == "in-poll" })
    }

    @Test func askedAboutIsOneCue() {
        #expect(F.attributions("Asked about the delay, the engineer shrugged.").first?.cue?.text == "Asked about")
        #expect(F.attributions("When asked about the delay, the engineer shrugged.").first?.cue?.text == "asked about")
        #expect(F.summary("Ruiz asked about the delay at the meeting.") == [F.s(.named, "asked about", "Ruiz")])
    }

    @Test func expressedConcernIsOneCue() {
        #expect(F.summary("Ruiz expressed concern that the deck would fail.").first?.cue == "expressed concern")
    }
}

/// A noun of saying after a possessive pronoun: the noun is the cue and the
/// possessor the source ("her warning that …", "their criticism of …").
@Suite struct StatementNounTests {
    typealias F = AnalysisFixture

    @Test func possessiveStatementNounIsACueWithItsPossessorAsSource() {
        let a = F.attributions("The engineer repeated her warning that the deck was rotten.")
        let noun = a.first { $0.rule == "possessive-statement-noun" }
        #expect(noun?.cue?.text == "warning")
        #expect(noun?.source?.text == "her")
        let b = F.attributions("Their criticism of the fare plan grew louder.")
        #expect(b.first?.cue?.text == "criticism of")
    }

    @Test func otherNounsAfterAPossessiveAreNotCues() {
        #expect(F.attributions("Her bridge reopened in May.").isEmpty)
        #expect(!F.attributions("Their statement was short.").contains { $0.rule == "possessive-statement-noun" })
    }
}
