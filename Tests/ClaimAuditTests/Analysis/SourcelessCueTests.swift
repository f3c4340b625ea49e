import Testing
@testable import ClaimAudit

/// Session 5 cue work: cues with no source ("is expected to", "is seen
/// as", "reportedly"), and the verbs added to the cue and intent lexicons.
@Suite struct AgentlessPassiveTests {
    typealias F = AnalysisFixture

    @Test func anExpectationWithNoAgentIsASourcelessCue() {
        let a = F.attributions("The ferry service is expected to resume next spring.")
        let e = a.first { $0.rule == "agentless-passive" }
        #expect(e?.cue?.text == "is expected")
        #expect(e?.source == nil)
        #expect(e?.kind == .anonymous)
        #expect(e?.mode == .belief)
        // The content is split around the cue: the subject, then the infinitive.
        #expect(e?.content?.text == "The ferry service")
        #expect(e?.contentContinuation?.text == "to resume next spring")
    }

    @Test func adverbsAndNegationStayInTheCue() {
        #expect(F.attributions("The mill was not widely expected to reopen.").first { $0.rule == "agentless-passive" }?.cue?.text
            == "was not widely expected")
        #expect(F.attributions("The council, which is also expected to vote, met late.").contains {
            $0.rule == "agentless-passive" && $0.cue?.text == "is also expected" && $0.content?.text == "which"
        })
    }

    @Test func aJudgementWithNoAgentIsASourcelessCue() {
        let e = F.attributions("The harbour plan is widely seen as a gamble.").first { $0.rule == "agentless-passive" }
        #expect(e?.cue?.text == "is widely seen")
        #expect(e?.contentContinuation?.text == "as a gamble")
        #expect(F.attributions("The mayor is thought to favour the eastern route.").contains { $0.rule == "agentless-passive" })
    }

    @Test func otherPassivesAreNotExpectations() {
        // An agent makes it a passive attribution, not an anonymous one.
        #expect(!F.attributions("The delay was expected by the harbour board.").contains { $0.rule == "agentless-passive" })
        // "expected to" before a noun phrase is not an infinitive; "seen" without "as" is perception.
        #expect(!F.attributions("The fares were expected to the cent.").contains { $0.rule == "agentless-passive" })
        #expect(!F.attributions("The ferry was seen near the pier.").contains { $0.rule == "agentless-passive" })
    }

    @Test func anExpectationInAnAnalysisSectionIsStillAnalysis() {
        let why = SectionLabel(text: "Between the lines", role: .analysis)
        let claims = F.claims(["The deficit is expected to grow."], sections: [why])
        #expect(claims[0].kind == .analysis)
        #expect(claims[0].attributions.contains { $0.rule == "agentless-passive" })
    }

    @Test func aSourcelessCueLeavesTheClaimUnsourced() {
        // "is expected to" names no one: the editorial check still asks who expects it.
        let claims = F.claims(["The ferry fleet is expected to double by 2030."])
        #expect(claims[0].attributions.contains { $0.rule == "agentless-passive" })
        #expect(claims[0].findings.contains { $0.rule == "unsourced-claim" })
    }

    @Test func aSourcelessCueNamesNoSpeakerForTheNextQuotation() throws {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        let text = "The ferry is expected to resume in May. “We are ready,” the captain said.\n\nThe pier is expected to close. “Nobody told us.”\n"
        let claims = auditor.audit(TextLoader.load(SourceText(path: "t.txt", text: text))).claims
        let last = try #require(claims.last)
        // The quotation after a sourceless cue inherits nothing.
        #expect(last.attributions.allSatisfy { $0.rule != "carry-over-quote" })
    }
}

@Suite struct HearsayAdverbTests {
    typealias F = AnalysisFixture

    @Test func reportedlyIsASourcelessCue() {
        let a = F.attributions("The shipyard is reportedly weighing a sale of its eastern dock.")
        let r = a.first { $0.rule == "hearsay-adverb" }
        #expect(r?.cue?.text == "reportedly")
        #expect(r?.source == nil)
        #expect(r?.kind == .anonymous)
        #expect(r?.content?.text == "The shipyard")
        #expect(r?.contentContinuation?.text == "weighing a sale of its eastern dock")
    }

    @Test func reportedlyBeforeACueVerbIsThatVerbsAttribution() {
        let a = F.attributions("The mayor reportedly said the pier would close.")
        #expect(!a.contains { $0.rule == "hearsay-adverb" })
        #expect(a.contains { $0.cue?.text == "said" && $0.source?.text == "The mayor" })
    }
}

@Suite struct AddedCueVerbTests {
    typealias F = AnalysisFixture

    @Test func offeringVoicingAndLikeningAreCues() {
        #expect(F.summary("Ruiz offered a blunt assessment of the budget.").contains(F.s(.named, "offered", "Ruiz")))
        #expect(F.summary("The union voiced doubts about the schedule.").contains(F.s(.named, "voiced", "The union")))
        #expect(F.summary("Okafor likened the tunnel plan to a lottery.").contains(F.s(.named, "likened", "Okafor")))
        #expect(F.summary("The council pleaded with riders to be patient.").contains { $0.cue == "pleaded with" || $0.cue == "pleaded" })
    }

    @Test func votingForAndAimingAreIntentions() {
        let a = F.attributions("Most delegates voted for the eastern route.")
        #expect(a.contains { $0.cue?.text == "voted for" && $0.mode == .intent })
        #expect(F.attributions("The mayor aims to finish the pier by May.").contains { $0.cue?.text == "aims" && $0.mode == .intent })
    }

    @Test func nounReadingsOfTheNewVerbsAreNotCues() {
        #expect(F.attributions("The firm needs a win in Ohio in order to stay afloat.").allSatisfy { $0.cue?.text != "order" })
        #expect(F.attributions("The plan calls for an initial public offering next year.").allSatisfy { $0.cue?.text != "offering" })
        #expect(F.attributions("That low sound you hear is the old ferry horn.").allSatisfy { $0.cue?.text != "sound" })
    }
}

@Suite struct AttitudeAdjectiveTests {
    typealias F = AnalysisFixture

    @Test func anAdjectiveOfAttitudeAfterBeIsABeliefCue() {
        let a = F.attributions("Okafor was eager to settle the dispute.")
        let e = a.first { $0.rule == "attitude-adjective" }
        #expect(e?.cue?.text == "was eager")
        #expect(e?.source?.text == "Okafor")
        #expect(e?.mode == .belief)
        #expect(F.attributions("Ruiz is hopeful that the ferry will run by May.").contains { $0.cue?.text == "is hopeful" })
    }

    @Test func anAdjectiveWithoutAComplementIsNoCue() {
        #expect(F.attributions("Okafor was eager.").allSatisfy { $0.rule != "attitude-adjective" })
    }

    @Test func anAttitudeAdjectiveDoesNotSourceTheClaim() {
        // The writer describes the riders' attitude: still a claim to source.
        let claims = F.claims(["Harborview commuters are eager to see the new timetable and plan to protest the fares."])
        #expect(claims[0].attributions.contains { $0.rule == "attitude-adjective" })
        #expect(claims[0].findings.contains { $0.rule == "unsourced-claim" })
    }

    @Test func theProgressiveOfHopeIsAnIntention() {
        let a = F.attributions("The mayor is hoping to open the pier by June.")
        #expect(a.contains { $0.cue?.text == "is hoping" && $0.source?.text == "The mayor" && $0.mode == .intent })
        // "is seeking" was measured and left out.
        #expect(F.attributions("The mayor is seeking a second term.").allSatisfy { $0.cue?.text != "is seeking" })
    }
}
