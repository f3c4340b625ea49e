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
    @Test func aSourceInAConcessiveOrTemporalClauseDoesNotGovernTheMainClause() {
        // The writer asserts the main clause; the speech act beside it is background.
        #expect(!unsourced("Though the mayor has denied any deal, the council sold the pier for $3 million in May.").isEmpty)
        #expect(!unsourced("The ferry lost $2 million in 2023, although the operator has vowed to keep it running.").isEmpty)
        #expect(!unsourced("After the harbour act of 1998 established a levy, the port doubled its fleet.").isEmpty)
        // "As X said, …" attributes the main clause.
        #expect(unsourced("As the mayor said on Monday, the council sold the pier for $3 million.").isEmpty)
        // A clause that is the whole sentence is the sentence.
        #expect(unsourced("The harbour master said the ferry lost $2 million in 2023.").isEmpty)
    }

    @Test func aStanceAdverbOpeningTheSentenceIsTheWritersEvaluation() {
        #expect(unsourced("Hopefully, the new board will be the end of the quarrel.").isEmpty)
        #expect(unsourced("Clearly the ferry was never the council's priority in 2024.").isEmpty)
        #expect(unsourced("Good, the tenants are the ones who will be most helped by the change.").isEmpty)
        // A figure keeps the claim; "Good" without a comma is an adjective.
        #expect(!unsourced("Clearly the ferry lost $2 million last year.").isEmpty)
        #expect(!unsourced("Good jobs left the harbour district in 2023.").isEmpty)
    }

    @Test func aPseudoCleftOrEvaluativeCopulaFramesWhatFollows() {
        #expect(unsourced("What is not obvious in the budget is that both sides are chasing the same voters.").isEmpty)
        #expect(unsourced("The rub is that the costs of the pier are not shared equally.").isEmpty)
        #expect(unsourced("The irony is that the ferry carried more tourists than workers.").isEmpty)
        // A figure in the that-clause keeps the claim.
        #expect(!unsourced("The rub is that the pier cost $3 million more than planned.").isEmpty)
    }

    @Test func horseRaceAnalysisIsNotAnUnsourcedFact() {
        #expect(unsourced("The governor has a clearer path to the nomination than she had in 2018.").isEmpty)
        #expect(unsourced("The mayor is heading toward November facing the likelihood of a split council.").isEmpty)
        #expect(unsourced("That mood exposes one of the mayor's biggest vulnerabilities in a runoff.").isEmpty)
        // A figure keeps the claim.
        #expect(!unsourced("The party faces the prospect of defending 24 of its 34 seats in November.").isEmpty)
    }

    @Test func aRestatingOpenerWithOnlyAVerbIsFraming() {
        #expect(unsourced("Either way, it leaves the mayor trying to win back the harbour wards.").isEmpty)
        #expect(unsourced("In other words, the tenants put their faith in the courts rather than the council.").isEmpty)
        #expect(!unsourced("In other words, the council spent $3 million on the pier.").isEmpty)
    }

    @Test func aYearIsADateNotAFigure() {
        let check = UnsourcedClaimCheck(lex: AttributionLexicons(ruleSet: RuleSet()))
        let view = Array("The pier opened in 2019 with 40 berths.".utf8)
        let t = ClaimTokens(view: view, range: 0..<view.count, quotations: [])
        #expect(check.isYear(t, 4))
        #expect(!check.isYear(t, 6))
        #expect(check.hasFigure(t))
        let yearOnly = Array("The pier opened in 2019 after a long wait.".utf8)
        #expect(!check.hasFigure(ClaimTokens(view: yearOnly, range: 0..<yearOnly.count, quotations: [])))
    }

    @Test func anInfinitiveOfPurposeAfterAChannelReportsTheSpeechAct() {
        #expect(unsourced("Three council members went on local radio to denounce the pier sale of May 4.").isEmpty)
        #expect(unsourced("Hundreds of tenants took to social media to complain about the March rent rise.").isEmpty)
        #expect(unsourced("The mayor went on to praise the crews who cleared the harbour in 2021.").isEmpty)
        #expect(unsourced("Two council members went before reporters at city hall to denounce the sale of May 4.").isEmpty)
        // Not after a verb of going: the infinitive is the council's aim.
        #expect(!unsourced("The council cut 300 jobs in March to praise the new budget office.").isEmpty)
    }

    @Test func phrasalSpeechActsReportWhatSomeoneSaid() {
        #expect(unsourced("The union took aim at a clause that lets the port cut wages to $9 an hour.").isEmpty)
        #expect(unsourced("Two former mayors fired back at the governor over the 2023 harbour levy.").isEmpty)
        #expect(unsourced("The senator has been outspoken on the port's debts since her election in 2020.").isEmpty)
        #expect(unsourced("A harbour pilot noticed that none of the 12 ferries left on time.").isEmpty)
    }
    @Test func aPerfectOfAnIrregularVerbIsAnEvent() {
        #expect(!unsourced("The harbour board has also not taken a position on the levy.").isEmpty)
        #expect(!unsourced("The two ferry firms have given the port their fleet plans.").isEmpty)
        // The participle alone, as an adjective, is no event.
        #expect(unsourced("A broken ferry is a sad sight on the harbour.").isEmpty)
    }

    @Test func aPresentVerbAfterAPreverbalAdverbIsAnEvent() {
        #expect(!unsourced("The mayor also gets a seat on the harbour board.").isEmpty)
        #expect(!unsourced("The ferry still sails twice a day to the island.").isEmpty)
    }

    @Test func aPrepositionalPollOrTallySourcesTheClause() {
        #expect(unsourced("In the university's March poll, the mayor led her rival on every question.").isEmpty)
        #expect(unsourced("By the council's own tally, the port lost 300 jobs.").isEmpty)
        // "In response to …" names no data.
        #expect(!unsourced("In response to the filings, the port cut 300 jobs in May.").isEmpty)
    }

    @Test func figuresAfterAShareOfRespondentsContinueThePoll() {
        let text = """
        The mayor is far ahead in the harbour ward.

        Some 48% support her re-election, a jump of 12 points since March.

        Her closest rival sits at 16%.
        """
        let f = R.findings(text).filter { $0.rule == "unsourced-claim" }
        let rival = Array(text.utf8).count - Array("Her closest rival sits at 16%.".utf8).count
        #expect(!f.contains { $0.start == rival })
    }

    @Test func aScheduledActAfterBeIsAPlan() {
        #expect(R.severity("unsourced-claim", "The harbour board is expected to approve the new ferry route.") == .info)
        #expect(!unsourced("The council is scheduled to vote on the library closures.").isEmpty)
        #expect(!unsourced("Both mayors are slated to attend the opening of the bridge.").isEmpty)
        // A forecast of a state is a prediction, not a scheduled act.
        #expect(unsourced("The debate is expected to be lively and bitter.").isEmpty)
    }

    @Test func aPlanOrDecisionIsTheAgentsActNotASource() {
        #expect(!unsourced("The mayor plans to close two branch libraries.").isEmpty)
        #expect(!unsourced("The harbour board decided to sell the old ferry.").isEmpty)
        #expect(!unsourced("The firm sought protection from its creditors.").isEmpty)
        // A wish stays an attitude, and an open decision is no act yet.
        #expect(unsourced("The mayor wants a new library on the harbour front.").isEmpty)
        #expect(unsourced("The voters will decide whether the mayor keeps her seat.").isEmpty)
    }

    @Test func anExtraposedEpistemicFrameIsNotAnAssertion() {
        #expect(unsourced("It is unclear whether the ferry will sail again before 2027.").isEmpty)
        #expect(unsourced("It's unlikely the council will approve the harbour plan.").isEmpty)
        #expect(unsourced("It was not clear who ordered the closure of the bridge.").isEmpty)
        // "clear" asserts its clause unless negated.
        #expect(!unsourced("It is clear that the council closed the bridge in March.").isEmpty)
    }

    @Test func aRecordOrSpeechHeadingAPreposedPhraseSourcesTheClause() {
        #expect(unsourced("In her annual financial disclosure, the mayor reported a stake in the ferry company.").isEmpty)
        #expect(unsourced("In a speech on Tuesday evening, the governor laid out a plan for the harbour.").isEmpty)
        // A record noun inside an infinitive does not head the phrase.
        #expect(!unsourced("In an effort to explain her statements, the mayor only confused the council.").isEmpty)
    }

    @Test func aStandingInThePollsIsPollData() {
        #expect(unsourced("The mayor has slipped to single digits in the latest polls.").isEmpty)
        #expect(unsourced("Her rival leads comfortably in most statewide polls.").isEmpty)
    }

    @Test func issuingOrMakingASpeechActNounReportsWhatWasSaid() {
        #expect(unsourced("The union issued a formal complaint to the harbour board on Monday.").isEmpty)
        #expect(unsourced("The governor unleashed a harsh attack on the ferry operator last night.").isEmpty)
        #expect(unsourced("She stepped up her criticism of the council's budget.").isEmpty)
        // Giving a speech is an event; its content is not reported.
        #expect(!unsourced("The governor gave a long speech at the harbour on Tuesday.").isEmpty)
    }

    @Test func aReportingAdverbAscribesTheClauseToUnnamedReports() {
        #expect(unsourced("The ferry company reportedly sold two of its boats in March.").isEmpty)
        #expect(unsourced("The councillor allegedly took $5,000 from the developer.").isEmpty)
    }

    @Test func aReprintNoteIsNotAClaim() {
        #expect(unsourced("As published in the Harbour Gazette.").isEmpty)
    }

    @Test func anIrregularParticipleWithAByAgentIsAPassiveAct() {
        #expect(!unsourced("Night fishing in the bay is forbidden by the harbour code.").isEmpty)
        // Without an agent it may be a state.
        #expect(unsourced("The old quarrel is long forgotten.").isEmpty)
    }
}
