import Testing
@testable import ClaimAudit

/// Session-6 `unsourced-claim` rules, each judged on PolNeAR train articles
/// in no label file (sentences written for these tests). Each pins the
/// construction and a near miss.
/// The shipped `unsourced-claim` findings of `text` (both suites below).
private func unsourced(_ text: String) -> [Finding] { ShippedRules.findings("unsourced-claim", text) }

@Suite struct UnsourcedGeneralisationTests {
    typealias R = ShippedRules

    @Test func aPredictionWithLikelyToIsSpeculation() {
        #expect(unsourced("The harbour board is likely to approve the new ferry route on Tuesday.").isEmpty)
        #expect(unsourced("The levy is unlikely to survive the vote in March.").isEmpty)
    }

    @Test func likelyToInARelativeOrAdverbialClauseLeavesTheMainClauseAsserted() {
        #expect(!unsourced("The council closed two schools on Tuesday in districts that are likely to lose more pupils.").isEmpty)
        #expect(!unsourced("While the mayor is unlikely to resign, she cut her own salary by 10 percent in May.").isEmpty)
        #expect(!unsourced("The recount, which began on Monday, covers 40 precincts but is unlikely to change the result.").isEmpty)
    }

    @Test func continuingOrBeginningASpeechActReportsIt() {
        #expect(unsourced("The ferry operator continued to insist that the boats were safe.").isEmpty)
        #expect(unsourced("Several councillors have begun to complain about the new parking fees.").isEmpty)
        // A speech act in another infinitive does not source the sentence.
        #expect(!unsourced("The council pushed the developers to say they had sold 300 homes.").isEmpty)
    }

    @Test func anInstitutionalActOnAnObjectIsTheWritersFact() {
        #expect(!unsourced("The harbour board backed a plan by the mayor to widen the quay.").isEmpty)
        #expect(!unsourced("A rival councillor challenged her in the 2019 election.").isEmpty)
        #expect(!unsourced("Hundreds of local officials have endorsed the governor's rival.").isEmpty)
        #expect(!unsourced("The ministry proposed a steep levy on the oldest coal plants last year.").isEmpty)
        #expect(!unsourced("The senator opposed the tunnel bill in 2019.").isEmpty)
    }

    @Test func anActVerbWithAThatClauseOrAFollowingInfinitiveStillReportsSpeech() {
        #expect(unsourced("The bishop challenged his priests to be humbler in their parishes.").isEmpty)
        #expect(unsourced("The host challenged the senator about his remarks on the ferry strike.").isEmpty)
        #expect(unsourced("The ministry proposed that the ferry fares be frozen for a year.").isEmpty)
        // Rejecting a claim denies it: a speech act.
        #expect(unsourced("The mayor rejected the allegation at the meeting on Monday.").isEmpty)
    }

    @Test func aModalOutsideTheMainClauseLeavesItAsserted() {
        #expect(!unsourced("Worried the town might miss its target, the council proposed a levy on diesel buses in 2023.").isEmpty)
        #expect(!unsourced("The harbour may have few fishermen left: only about 300 boats are registered out of 4,000.").isEmpty)
        // A gerund subject with a modal is a conjecture.
        #expect(unsourced("Raising the fare to $5 would put the ferry above every other line in the region.").isEmpty)
    }

    @Test func aPredictedActIsNotAnAct() {
        #expect(unsourced("The regional council would oppose any such move.").isEmpty)
    }

    @Test func percentagesAFewSentencesAfterACitedPollAreThePolls() {
        let text = """
        A poll by the state university found the mayor ahead in every district.

        “I like what she did with the buses,” said Ana Ruiz, a nurse.

        “She listens,” said Tom Berg, a retired driver.

        Her closest rival stands at 16 percent.
        """
        #expect(R.findings("unsourced-claim", text).isEmpty)
    }

    @Test func aClaimNamingAPollStartsTheRunOfItsFigures() {
        let text = """
        The latest Harbour Gazette poll of 800 residents explores what voters expect from the new council.

        Ferry fares top the list of worries.

        Nearly 40 percent name the harbour as their first concern.
        """
        #expect(!R.findings("unsourced-claim", text).contains { R.matched($0, in: text).contains("40 percent") })
        // Polling places are where people vote, not a poll.
        let places = """
        Voters waited for hours at polling places in the harbour district.

        Turnout in the district reached 61 percent.
        """
        #expect(R.findings("unsourced-claim", places).contains { R.matched($0, in: places).contains("61 percent") })
    }

    @Test func aPollShareWithoutAPercentSignIsThePolls() {
        let text = """
        A poll by the state university found the mayor ahead in every district.

        “She listens,” said Tom Berg, a retired driver.

        Nearly three in 10 rode the ferry to work last year.
        """
        #expect(R.findings("unsourced-claim", text).isEmpty)
    }

    @Test func anElectionResultIsNotAPollsFigure() {
        let text = """
        A poll by the state university found the mayor ahead in every district.

        “She listens,” said Tom Berg, a retired driver.

        In the last election she won 52 percent of the vote.
        """
        #expect(R.findings("unsourced-claim", text).contains { R.matched($0, in: text).contains("52 percent") })
    }

    @Test func aPercentageFarFromAnyPollOrWithoutOneIsStillUnsourced() {
        let far = """
        A poll by the state university found the mayor ahead in every district.

        The city council met on Monday.

        The council cut the bus budget on Tuesday.

        It closed two depots on Wednesday.

        It sold three ferries on Thursday.

        It raised parking fees on Friday.

        It hired four inspectors on Saturday.

        Ridership fell 12 percent last year.
        """
        #expect(R.findings("unsourced-claim", far).contains { R.matched($0, in: far).contains("12 percent") })
        let noPoll = """
        The mayor spoke to reporters on Monday.

        Ridership fell 12 percent last year.
        """
        #expect(R.findings("unsourced-claim", noPoll).contains { R.matched($0, in: noPoll).contains("12 percent") })
    }
}

/// Person of the writer and the reader outside quotations.
@Suite struct UnsourcedPersonTests {

    @Test func theFirstPersonPluralIsTheWritersOwnAccountOrStance() {
        #expect(unsourced("We moved the mayor's table to the front of the hall this year.").isEmpty)
        #expect(unsourced("In our judgment, the ferry plan was rushed through in March.").isEmpty)
    }

    @Test func aNameOpeningWithOurOrTheCountryUSIsNotTheFirstPerson() {
        #expect(!unsourced("Our Harbour Trust raised $500,000 from a shipping magnate in May.").isEmpty)
        #expect(!unsourced("The US navy sold two frigates to the harbour board in 2019.").isEmpty)
    }

    @Test func addressingTheReaderIsFramingUnlessTheSentenceHoldsAFigure() {
        #expect(unsourced("If you want to understand the vote, look at the harbour districts.").isEmpty)
        #expect(unsourced("You can be forgiven for missing the council meeting on Tuesday.").isEmpty)
        #expect(!unsourced("For every $1,000 you borrow, the yearly repayment rises by one point.").isEmpty)
        #expect(!unsourced("The council adopted an in-your-face campaign against litter in March.").isEmpty)
    }
}
