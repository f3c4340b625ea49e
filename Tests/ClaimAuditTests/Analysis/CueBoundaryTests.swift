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
