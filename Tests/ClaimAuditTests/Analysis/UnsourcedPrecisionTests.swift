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

    // MARK: - Session 3: framing, headlines, present tense (sentences written for these tests)

    @Test func aPlainTextTitleAndItsDeckAreHeadlinesNotClaims() {
        let text = "Harbour board sells its last ferry\nAs fares climb, riders turn to the new bridge.\n\nThe board sold the ferry to a museum in May.\n"
        let f = unsourced(text)
        #expect(f.count == 1)
        #expect(f.first.map { R.matched($0, in: text) } == "The board sold the ferry to a museum in May.")
    }

    @Test func aHardWrappedLedeIsNotMistakenForATitle() {
        let text = "The harbour board sold its last ferry to a museum\nin May for $2 million.\n"
        #expect(unsourced(text).count == 1)
    }

    @Test func editorialNotesAndLeadInsAreNotClaims() {
        #expect(unsourced("This article has been updated to include a statement from the council.").isEmpty)
        #expect(unsourced("An earlier version of this story misstated the date of the vote.").isEmpty)
        #expect(unsourced("Here are the streets that flooded in the storm:").isEmpty)
    }

    @Test func aContrastiveOrHabitualOpenerWithOnlyAVerbIsFraming() {
        #expect(unsourced("But the harbour board never quite recovered its nerve.").isEmpty)
        #expect(unsourced("Usually, the council recess is a quiet stretch for the mayor.").isEmpty)
        // A hard fact still makes it a claim.
        #expect(!unsourced("But the harbour board lost $3 million in 2022.").isEmpty)
    }

    @Test func framingAndEvaluativeConstructionsAreNotClaims() {
        #expect(unsourced("The port authority has found itself at the centre of the dispute.").isEmpty)
        #expect(unsourced("The closure is an example of how the board handled its assets.").isEmpty)
        #expect(unsourced("Such a blunt budget is notable in an election year.").isEmpty)
    }

    @Test func presentTenseEventsWithNamedSubjectsAreClaims() {
        #expect(R.severity("unsourced-claim", "The treaty envisions returning the islands to the republic.") == .info)
        #expect(R.severity("unsourced-claim", "Governor Alvarez is closing the state's last coal plant this winter.") == .info)
        #expect(R.severity("unsourced-claim", "WASHINGTON — After a slow spring, the Alvarez campaign is hiring organizers in every county.") == .info)
        #expect(R.severity("unsourced-claim", "Mrs. Alvarez enjoys a wide lead among the state's older voters.") == .info)
    }

    @Test func presentTenseNeedsANamedOrDefiniteSubjectAndAnArticle() {
        #expect(unsourced("It is a long road for the harbour board.").isEmpty)
        #expect(unsourced("Alvarez's careful words on port budget.").isEmpty)
        #expect(unsourced("Alvarez's remarks are part of the same pattern.").isEmpty)
    }

    @Test func aPresentPassiveWithAnAgentIsAnEvent() {
        #expect(!unsourced("Dumping ballast in the bay is prohibited by federal law.").isEmpty)
        #expect(!unsourced("The old name is being removed from every ferry in the fleet.").isEmpty)
        // A psychological passive is an attitude, not an event.
        #expect(unsourced("Opponents are energized by the board's sudden reversal.").isEmpty)
    }

    @Test func aPastAuxiliaryMarksAnEvent() {
        #expect(!unsourced("The deal is only a draft because two of the councils did not sign it.").isEmpty)
    }

    @Test func shortFactsOfFourWordsAreChecked() {
        #expect(!unsourced("The council moved to Riverton.").isEmpty)
        #expect(unsourced("Then came rain.").isEmpty)
    }

    @Test func aParticipleAdjunctDoesNotSourceTheMainClause() {
        #expect(!unsourced("Throughout the 1990s, the council, fearing a backlash, repeatedly failed to raise fares.").isEmpty)
    }

    @Test func anAttitudeInAContractionIsStillAnAttitude() {
        #expect(unsourced("She's hoping the March vote will settle the matter for good.").isEmpty)
    }

    @Test func aStanceWithAgreeWithIsReported() {
        #expect(unsourced("The state medical board agrees with the governor.").isEmpty)
    }

    @Test func aSpeechActInARelativeClauseDoesNotSourceTheSentence() {
        #expect(!unsourced("In 2004 she founded Open Harbor, a group that endorsed the mayor.").isEmpty)
    }

    @Test func aModalInAContactClauseDoesNotMakeTheSentenceHypothetical() {
        #expect(!unsourced("His style has won him the loyalty of dockworkers but the anger of others he might need in 2026.").isEmpty)
    }

    @Test func aProgressiveSpeechActReportsWhatSomeoneSays() {
        #expect(unsourced("Tenant groups are hailing the council's rent decision of Tuesday.").isEmpty)
        #expect(unsourced("The mayor, who won the district in 2019, is calling for a new vote.").isEmpty)
    }

    @Test func anImperativeAddressedToTheReaderIsNotAClaim() {
        #expect(unsourced("Let nobody pretend the harbour budget balanced itself in 2024.").isEmpty)
        #expect(unsourced("Consider the ferry, which lost money every year since 2015.").isEmpty)
    }

    @Test func anEvaluativeFrameOutweighsADateButNotAFigure() {
        #expect(unsourced("So it was no surprise on Monday when the board changed its mind.").isEmpty)
        #expect(unsourced("This year, the regatta is merely a pause in a long dispute over the first pier.").isEmpty)
        #expect(!unsourced("The ferry is merely a footnote in a budget of $40 million.").isEmpty)
        // "found itself in …" with a date reports an event.
        #expect(!unsourced("On Monday the board found itself in a dispute with the port workers.").isEmpty)
    }
}
