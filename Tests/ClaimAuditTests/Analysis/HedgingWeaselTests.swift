import Testing
@testable import ClaimAudit

/// The shipped hedging and weasel rules on sentences written for these tests.
@Suite struct HedgingWeaselTests {
    typealias R = ShippedRules

    func hedged(_ s: String) -> Bool {
        R.findings(s).contains { $0.category == "hedging" }
    }

    // MARK: Modals: possibility, not permission or ability

    @Test func possibilityModalsAreHedges() {
        #expect(R.severity("hedging", "The board may delay the vote until next month.") == .warning)
        #expect(R.severity("hedging", "The new rail line could open as early as 2027.") == .warning)
        #expect(R.severity("hedging", "The strike might spread to the ports.") == .warning)
    }

    @Test func permissionAndAbilityModalsAreNotHedges() {
        #expect(!hedged("You may apply for the grant until March 1."))
        #expect(!hedged("Residents may apply for a parking permit at city hall."))
        #expect(!hedged("The company could not be reached for comment."))
        #expect(!hedged("The vote was held in May."))
    }

    @Test func dynamicPossibilityOfAKindIsNotAHedge() {
        #expect(!hedged("The drug may cause dizziness in older patients."))
        #expect(!hedged("The term may refer to any tax on land."))
    }

    @Test func epistemicPerfectIsOneHedge() {
        let s = "The fire may have started in the kitchen."
        let f = R.findings("hedging", s)
        #expect(f.count == 1)
        #expect(f.first.map { R.matched($0, in: s) } == "may have")
    }

    // MARK: Verbs, adverbs, expectations

    @Test func hedgingVerbsFire() {
        #expect(R.severity("hedging", "The mayor appears to have misread the audit.") == .warning)
        #expect(R.severity("hedging", "The plan seems to favour the northern suburbs.") == .warning)
        #expect(R.severity("hedging", "The audit suggests that the fund was mismanaged.") == .warning)
    }

    @Test func hedgingAdverbsFire() {
        for s in ["The suspect reportedly crossed the border before dawn.",
                  "The treasurer allegedly moved the money to a private account.",
                  "The merger will possibly close in the spring.",
                  "The council will likely approve the budget on Tuesday."] {
            #expect(R.severity("hedging", s) == .warning, "\(s)")
        }
    }

    @Test func expectedToIsAHedge() {
        let s = "The senator is expected to announce her campaign on Friday."
        let f = try! #require(R.findings("hedging", s).first)
        #expect(R.matched(f, in: s) == "is expected to")
    }

    @Test func likelyVotersIsNotAHedge() {
        #expect(!hedged("A poll of likely voters put the mayor ahead by six points."))
    }

    // MARK: Approximators

    @Test func approximatorsThatSoftenAProportionFire() {
        #expect(R.severity("hedging-approximator", "Nearly all of the shops have closed since the flood.") == .info)
        #expect(R.severity("hedging-approximator", "The plan would cut roughly half of the bus routes.") == .info)
    }

    @Test func approximatorsInPlainMeasurementsDoNotFire() {
        #expect(R.findings("hedging-approximator", "The town lies about 40 miles north of the capital.").isEmpty)
        #expect(R.findings("hedging-approximator", "Nearly 3,000 people attended the rally on Saturday.").isEmpty)
        #expect(R.findings("hedging-approximator", "The bridge is roughly 200 metres long.").isEmpty)
    }

    // MARK: Quotations belong to the speaker

    @Test func hedgeInsideAQuotationIsInfoOutsideIsWarning() {
        let quoted = "“It probably started in the kitchen,” the fire chief said."
        #expect(R.severity("hedging", quoted) == .info)
        let prose = "The fire probably started in the kitchen, the fire chief said."
        #expect(R.severity("hedging", prose) == .warning)
    }

    // MARK: Weasel attribution

    @Test func vagueGroupsAsSubjectsOfSayingVerbsFire() {
        for s in ["Critics argue the tax will fall hardest on renters.",
                  "Some legal experts say the ruling will not survive an appeal.",
                  "The plan, many believe, came too late.",
                  "Others have argued that the merger was never viable.",
                  "Observers noted that the count was unusually slow."] {
            #expect(R.severity("weasel-attribution", s) == .warning, "\(s)")
        }
    }

    @Test func countedOrDefiniteGroupsAreNotWeasels() {
        for s in ["Three engineers who inspected the bridge said it should have been closed in 2019.",
                  "The critics said the show was too long.",
                  "Two historians argue that the treaty was signed in haste."] {
            #expect(!R.findings(s).contains { $0.category == "weasel" }, "\(s)")
        }
    }

    @Test func weaselInsideAQuotationIsTheSpeakers() {
        #expect(!R.findings("“Some say we waited too long, and they are right,” the mayor said.").contains { $0.category == "weasel" })
    }

    @Test func criticsArgueIsReportedOnceAsWeasel() {
        let s = "Critics argue the tax will fall hardest on renters."
        let rules = R.findings(s).map(\.rule)
        #expect(rules.contains("weasel-attribution"))
        #expect(!rules.contains("anonymous-without-description"))
        #expect(!rules.contains("unsourced-claim"))
    }

    @Test func undescribedAnonymousSourcesStillFireWithoutAWeasel() {
        let rules = R.findings("The merger talks collapsed on Friday, sources said.").map(\.rule)
        #expect(rules.contains("anonymous-without-description"))
    }

    @Test func agentlessPassivesFire() {
        for s in ["It is believed that the minister will resign before the summer.",
                  "It has been suggested that the vote was rigged.",
                  "It was widely feared that the dam would fail.",
                  "The founder is believed to have left the country.",
                  "The bridge is considered the weakest link in the network."] {
            #expect(R.severity("weasel-agentless-passive", s) == .warning, "\(s)")
        }
        #expect(R.findings("weasel-agentless-passive", "The fire was reported by a neighbour shortly after midnight.").isEmpty)
        #expect(R.findings("weasel-agentless-passive", "It is the third time this year that the dam has been inspected.").isEmpty)
    }

    @Test func growingSpeculationAndWidelyRegardedFire() {
        #expect(R.severity("weasel-phrases", "Since the merger, there has been growing speculation that the plant will close.") == .warning)
        #expect(R.severity("weasel-phrases", "The drug is widely regarded as safe for children.") == .warning)
    }

    @Test func vagueQuantitiesAreInfo() {
        #expect(R.severity("weasel-vague-quantity", "Many residents oppose the new parking rules.") == .info)
        #expect(R.findings("weasel-vague-quantity", "The bridge has been closed for many years.").isEmpty)
        #expect(R.findings("weasel-vague-quantity", "Some 300 residents signed the petition.").isEmpty)
        #expect(R.severity("weasel-vague-quantity", "A number of studies found no effect on ridership.") == .info)
        #expect(R.findings("weasel-vague-quantity", "The council met several times in March.").isEmpty)
    }
}
