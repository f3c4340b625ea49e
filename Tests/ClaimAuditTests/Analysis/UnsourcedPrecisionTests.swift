import Testing
@testable import ClaimAudit

/// What `unsourced-claim` leaves alone, and how sure it is, with the shipped
/// rules (sentences written for these tests).
@Suite struct UnsourcedPrecisionTests {
    typealias R = ShippedRules

    func unsourced(_ text: String) -> [Finding] { R.findings("unsourced-claim", text) }

    @Test func hardFactsAreWarningsVerbOnlyClaimsAreInfo() {
        #expect(R.severity("unsourced-claim", "The company cut 400 jobs in March.") == .warning)
        #expect(R.severity("unsourced-claim", "It is the largest merger in the history of the industry.") == .warning)
        #expect(R.severity("unsourced-claim", "The board fired the chief executive after the audit.") == .info)
    }

    @Test func aPastPassiveIsAnEventButAPresentParticipleIsAState() {
        #expect(!unsourced("The contract was cancelled after the audit of the fund.").isEmpty)
        #expect(unsourced("The plan is ethically and practically flawed in every respect.").isEmpty)
        #expect(unsourced("Opponents are galvanised by the council's heavy-handed tactics.").isEmpty)
    }

    @Test func aDirectQuotationIsTheSpeakersWords() {
        #expect(unsourced("The mayor thanked the crews for “working through the night to keep us safe.”").isEmpty)
    }

    @Test func theWritersFirstPersonIsOwnReporting() {
        #expect(unsourced("I met the mayor in her office two days after the vote.").isEmpty)
    }

    @Test func speechActsReportWhatSomeoneSaid() {
        #expect(unsourced("The governor praised the volunteers who rebuilt the school in 2019.").isEmpty)
        #expect(unsourced("The union accused the company of hiding $4 million in losses.").isEmpty)
    }

    @Test func aSpeechActInAnInfinitiveOrGerundDoesNotSource() {
        #expect(!unsourced("The council pushed the developers to say they had sold 300 homes.").isEmpty)
        #expect(!unsourced("After boasting about the plan, the council cut 300 jobs in March.").isEmpty)
    }

    @Test func attitudesAreNotCheckableFacts() {
        #expect(unsourced("The tenants are convinced that the landlord raised the rent in 2023.").isEmpty)
        #expect(unsourced("She is hoping the March vote will settle the matter.").isEmpty)
    }

    @Test func hypotheticalsAreNotFacts() {
        #expect(unsourced("If elected, she would cut the budget by a third in 2026.").isEmpty)
        #expect(unsourced("The tactic could backfire in the elections on March 13.").isEmpty)
    }

    @Test func aModalInARelativeClauseDoesNotMakeTheSentenceHypothetical() {
        #expect(!unsourced("The council passed two bills that would have raised fares in 2024.").isEmpty)
    }

    @Test func figuresContinuingADocumentInheritIt() {
        let text = """
        According to a poll by the state university, the mayor leads with 48 percent.

        Her closest rival has 16 percent.
        """
        #expect(unsourced(text).isEmpty)
    }

    @Test func aNewFactAfterANamedSpeakerIsStillUnsourced() {
        let text = "The mayor said the budget was balanced. The city borrowed $40 million in 2023."
        let f = unsourced(text)
        #expect(f.count == 1)
        #expect(f.first.map { R.matched($0, in: text) } == "The city borrowed $40 million in 2023.")
    }

    @Test func documentCarryOverStopsAtAnAttributedSentence() {
        let text = """
        According to the audit, the fund lost 12 percent in 2022. The treasurer said the loss was expected. \
        The fund lost another 9 percent in 2023.
        """
        #expect(unsourced(text).count == 1)
    }

    @Test func aWeaselSourceIsNotAlsoUnsourced() {
        #expect(unsourced("Some experts say the bridge cost $40 million more than planned.").isEmpty)
    }

    @Test func aVagueQuantityDoesNotSilenceUnsourced() {
        #expect(!unsourced("The agency closed many of its 40 stations in March.").isEmpty)
    }

    @Test func documentContextDecidesSeverityAndLinksSource() {
        func unsourcedMD(_ text: String) -> [Finding] { R.markdownFindings(text).filter { $0.rule == "unsourced-claim" } }
        #expect(unsourcedMD("The city cut [400 jobs](https://example.org/jobs) in March.\n").isEmpty)
        #expect(unsourcedMD("**Why it matters:** The city cut 400 jobs in March.\n").isEmpty)
        #expect(unsourcedMD("**Context:** The city cut 400 jobs in March.\n").map(\.severity) == [.info])
        #expect(unsourcedMD("The city cut 400 jobs in March.\n").map(\.severity) == [.warning])
    }
}
