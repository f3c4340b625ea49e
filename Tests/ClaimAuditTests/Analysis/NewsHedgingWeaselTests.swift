import Testing
@testable import ClaimAudit

/// Session 6: the hedging and weasel rules tuned for news, by the labelling
/// guide `eval/hedging/GUIDE.md`, on sentences written for these tests.
@Suite struct NewsHedgingWeaselTests {
    typealias R = ShippedRules

    func matches(_ rule: String, _ s: String) -> [String] {
        R.findings(rule, s).map { R.matched($0, in: s) }
    }

    // MARK: Hedges that are not

    @Test func pollPopulationsAreNotHedges() {
        #expect(!R.hedged("Among likely Republican primary voters, the mayor leads by six points."))
        #expect(!R.hedged("The survey reached 600 likely Democratic caucusgoers in March."))
        #expect(!R.hedged("Half of likely GOP voters back the levy."))
        // A forecast about a person is still a hedge.
        #expect(R.severity("hedging", "The council heard from the likely nominee on Tuesday.") == .warning)
    }

    @Test func aboutBeforeAUniversalIsAPreposition() {
        #expect(R.findings("hedging-approximator", "The council argued about everything from parking to parks.").isEmpty)
        #expect(R.findings("hedging-approximator", "Residents asked about all the closures at once.").isEmpty)
        #expect(R.findings("hedging-approximator", "Floods are a risk around every corner of the valley.").isEmpty)
        #expect(matches("hedging-approximator", "Just about every shop on the street has closed.") == ["Just about every"])
        #expect(matches("hedging-approximator", "About half of the routes will be cut.") == ["About half"])
    }

    @Test func aPersonWhoSuggestsOrHintsIsReportedNotHedged() {
        #expect(!R.hedged("The mayor suggested that the council delay the vote."))
        #expect(!R.hedged("The treasurer hinted at a new tax on parking."))
        #expect(!R.hedged("Suggesting that the depot was too small, the engineer proposed a second site."))
        // Evidence that points somewhere is still a hedge, with or without "that".
        #expect(R.severity("hedging", "Early figures suggest that the fund is short.") == .warning)
        #expect(matches("hedging", "Polls suggest the levy will pass.") == ["Polls suggest"])
        #expect(!R.hedged("I would suggest the council read the audit first."))
    }

    @Test func perceptionAndIdiomModalsAreNotHedges() {
        #expect(!R.hedged("Drivers could be heard cheering outside the depot."))
        #expect(!R.hedged("The new timetable might as well be written in code."))
    }

    @Test func askingWhatOneThinksDoesNotSoften() {
        #expect(!R.hedged("“Do I think the depot should close?” the driver asked."))
        #expect(!R.hedged("“I believe in public transport,” the mayor said."))
        #expect(!R.hedged("“I think back to the flood every spring,” she said."))
    }

    // MARK: Hedges that were missed

    @Test func aSpeakerSofteningTheirOwnClaimIsAHedgeOfTheSpeaker() {
        let s = "“I think the depot will close by spring,” the driver said."
        #expect(matches("hedging", s) == ["I think"])
        #expect(R.severity("hedging", s) == .info)
        for s in ["“I guess the fares will rise,” she said.", "“I suspect the audit is wrong,” he said.",
                  "“I believe the bridge was never safe,” the engineer said."] {
            #expect(R.severity("hedging", s) == .info, "\(s)")
        }
    }

    @Test func maybeAndTendToAreHedges() {
        #expect(matches("hedging", "Maybe the ferry will run again in the spring.") == ["Maybe"])
        #expect(matches("hedging", "Commuters tend to avoid the bridge after dark.") == ["tend to"])
        #expect(R.severity("hedging", "The old mill tended to flood in wet years.") == .warning)
    }

    @Test func seemsLikeAndExpectedThatAreHedges() {
        #expect(matches("hedging", "The new timetable seems like a fair compromise.") == ["seems"])
        #expect(matches("hedging", "It is expected that the depot will close in May.") == ["is expected that"])
    }

    @Test func widelyExpectedIsBothAHedgeAndAWeasel() {
        let s = "The mayor is widely expected to resign before the summer."
        #expect(matches("hedging", s) == ["is widely expected to"])
        #expect(matches("weasel-phrases", s) == ["widely expected"])
    }

    @Test func qualifiersMarkAThingAsOnlyPossible() {
        #expect(matches("hedging-qualifier", "The deal raises a potential conflict of interest.") == ["potential"])
        #expect(matches("hedging-qualifier", "The vote is potentially decisive for the depot.") == ["potentially"])
        #expect(matches("hedging-qualifier", "Police questioned two witnesses to the alleged assault.") == ["the alleged"])
        #expect(matches("hedging-qualifier", "The council named a possible site for the depot.") == ["a possible"])
        #expect(matches("hedging-qualifier", "A deal on the fares is still possible.") == ["is still possible"])
        #expect(R.severity("hedging-qualifier", "The deal raises a potential conflict of interest.") == .info)
    }

    @Test func theNounPotentialAndAPersonWhoAllegesAreNotQualifiers() {
        #expect(R.findings("hedging-qualifier", "The coach said the team had not reached its full potential.").isEmpty)
        #expect(R.findings("hedging-qualifier", "The depot will open as soon as possible.").isEmpty)
        #expect(R.findings("hedging-qualifier", "The tenant alleged that the landlord kept the deposit.").isEmpty)
    }

    @Test func statedGapsInWhatIsKnownAreNotes() {
        for (s, m) in [("It's not clear why the depot closed in May.", "It's not clear"),
                       ("Whether the levy will pass remains to be seen.", "remains to be seen"),
                       ("There is no evidence that the ballots were altered.", "There is no evidence"),
                       ("The cause of the leak is not known.", "is not known")] {
            #expect(matches("hedging-uncertainty", s) == [m], "\(s)")
            #expect(R.severity("hedging-uncertainty", s) == .info, "\(s)")
        }
        // Reputation is not a gap in knowledge.
        #expect(R.findings("hedging-uncertainty", "The treasurer is not known as a patient negotiator.").isEmpty)
    }

    @Test func settledOrTheoreticalPossibilityIsAHedge() {
        #expect(matches("hedging", "The levy will almost certainly pass on Tuesday.") == ["almost certainly"])
        #expect(matches("hedging", "In theory, the depot could reopen next year.").first == "In theory")
        #expect(matches("hedging", "Turnout looks to be falling in the north.") == ["looks to be"])
    }

    // MARK: Vague quantities: a crowd, not an amount

    @Test func someAsAnObjectOrAPartIsAnAmountNotACrowd() {
        #expect(R.findings("weasel-vague-quantity", "The mayor gave the council some credit for the plan.").isEmpty)
        #expect(R.findings("weasel-vague-quantity", "Some of the tenants left before the rent rose.").isEmpty)
        // …unless the part holds a view: an unnamed share of a crowd.
        #expect(matches("weasel-vague-quantity", "Some of the mayor's allies said the levy was a mistake.") == ["Some"])
        #expect(R.findings("weasel-vague-quantity", "The ferry burns some $900 in fuel a day.").isEmpty)
        #expect(R.findings("weasel-vague-quantity", "In several districts, turnout doubled.").isEmpty)
    }

    @Test func someThatOpensAClauseIsStillAVagueCrowd() {
        #expect(matches("weasel-vague-quantity", "Some drivers fear the depot will close.") == ["Some"])
        #expect(matches("weasel-vague-quantity", "Even some councillors doubt the figures.") == ["some"])
        #expect(matches("weasel-vague-quantity", "The levy angered residents, and some left the town.") == ["some"])
        #expect(matches("weasel-vague-quantity", "The plan is popular among some landlords.") == ["some"])
        #expect(matches("weasel-vague-quantity", "Several officials left the agency.") == ["Several"])
    }

    // MARK: Impersonal views and hearsay

    @Test func anImpersonalThereIsHidesWhoIsConcerned() {
        #expect(matches("weasel-impersonal", "There are concerns about the depot's safety record.") == ["There are concerns"])
        #expect(matches("weasel-impersonal", "Among councillors, there is growing anger over the delay.") == ["there is growing anger"])
        #expect(matches("weasel-impersonal", "There was a lot of talk about the fares at the meeting.") == ["There was a lot of talk"])
        #expect(R.severity("weasel-impersonal", "There are concerns about the depot's safety record.") == .warning)
    }

    @Test func anImpersonalThereIsWithoutAViewIsNotAWeasel() {
        #expect(R.findings("weasel-impersonal", "There is no doubt that the bridge reopened on time.").isEmpty)
        #expect(R.findings("weasel-impersonal", "There is a debate on the council about the fares.").isEmpty)
        #expect(R.findings("weasel-impersonal", "There were 40 people at the meeting.").isEmpty)
    }

    @Test func unnamedReportsAreWeaselWordsAndInsideAQuotationTheSpeakers() {
        #expect(R.severity("weasel-phrases", "The vote, according to press reports, was delayed twice.") == .warning)
        #expect(R.severity("weasel-phrases", "By some measures, the depot is the busiest in the state.") == .warning)
        #expect(R.severity("weasel-phrases", "“According to press reports, the vote was delayed,” the mayor said.") == .info)
    }

    @Test func anUnnamedCrowdOfAlliesOrOpponentsIsAWeaselEvenWithAPossessive() {
        #expect(matches("weasel-attribution", "Opponents say the levy will drive shops out of town.") == ["Opponents say"])
        #expect(matches("weasel-attribution", "The mayor's allies fear the audit will leak.") == ["allies fear"])
        #expect(matches("weasel-attribution", "Her supporters argue that the depot was never safe.") == ["supporters argue"])
        #expect(matches("weasel-attribution", "Insiders said the vote would be close.") == ["Insiders said"])
    }

    @Test func aPollShareOrAnAddresseeIsNotAWeaselCrowd() {
        #expect(R.findings("weasel-attribution", "A majority of her backers say they will vote for the levy, the poll found.").isEmpty)
        #expect(R.findings("weasel-attribution", "The campaign sent a letter to supporters saying the rally was cancelled.").isEmpty)
        #expect(R.findings("weasel-attribution", "The critics said the show was too long.").isEmpty)
    }

    @Test func agentlessCriticismAndDisputesWithMoreAdverbsAreWeasels() {
        #expect(matches("weasel-agentless-passive", "The toll has also been severely criticized.") == ["has also been severely criticized"])
        #expect(matches("weasel-agentless-passive", "The depot was roundly criticized on the radio.") == ["was roundly criticized"])
        #expect(matches("weasel-agentless-passive", "The new timetable is not considered reliable.") == ["is not considered"])
        #expect(matches("weasel-agentless-passive", "The cause of the flood is hotly disputed.") == ["is hotly disputed"])
        #expect(R.findings("weasel-agentless-passive", "The toll has also been severely criticized by the auditors.").isEmpty)
        #expect(R.findings("weasel-agentless-passive", "The bill was debated in the council on Monday.").isEmpty)
        #expect(matches("weasel-attribution", "Historians now generally think the mill burned twice.") == ["Historians now generally think"])
        #expect(matches("hedging-uncertainty", "No one knows how the levy will be spent.") == ["No one knows"])
    }

    // MARK: Rankings are not praise

    @Test func rankingsByAStatedMeasureAreNotPeacockTerms() {
        #expect(R.findings("weasel-peacock", "Fares were the most important issue for voters, the poll found.").isEmpty)
        #expect(R.findings("weasel-peacock", "She is one of the mayor's most prominent backers.").isEmpty)
        #expect(R.findings("weasel-peacock", "The festival's most successful year was 2019, by ticket sales.").isEmpty)
        #expect(R.severity("weasel-peacock", "The renowned surgeon opened a clinic in the valley.") == .info)
    }
}
