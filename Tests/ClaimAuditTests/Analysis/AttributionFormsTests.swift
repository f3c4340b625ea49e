import Testing
@testable import ClaimAudit

/// One test per attribution form the analyser must recognise: the kind, the
/// cue's text and the source's text, outermost first.
@Suite struct AttributionFormsTests {
    typealias F = AnalysisFixture
    func s(_ k: AttributionKind, _ c: String?, _ src: String?) -> F.Summary { F.s(k, c, src) }

    @Test func subjectBeforeSaidThat() {
        #expect(F.summary("Mayor Ana Ruiz said that the bridge will reopen in May.") == [s(.named, "said", "Mayor Ana Ruiz")])
    }

    @Test func trailingSubjectSaid() {
        #expect(F.summary("The bridge will reopen in May, the mayor said.") == [s(.named, "said", "the mayor")])
    }

    @Test func invertedSaidSubject() {
        #expect(F.summary("The bridge will reopen in May, said Ana Ruiz, the city engineer.") == [s(.named, "said", "Ana Ruiz")])
    }

    @Test func presentTenseSays() {
        #expect(F.summary("The council says the budget is balanced.") == [s(.named, "says", "The council")])
    }

    @Test func addedNotedArguedAnnouncedWrote() {
        #expect(F.summary("The fund lost money in 2022, Ortiz added.") == [s(.named, "added", "Ortiz")])
        #expect(F.summary("Ortiz noted that the fund lost money.") == [s(.named, "noted", "Ortiz")])
        #expect(F.summary("Critics of the plan argued that it was too costly.") == [s(.anonymous, "argued", "Critics of the plan")])
        #expect(F.summary("The university announced that tuition would rise.") == [s(.named, "announced", "The university")])
        #expect(F.summary("Ruiz wrote that the costs had doubled.") == [s(.named, "wrote", "Ruiz")])
    }

    @Test func toldReportersIsOneCue() {
        #expect(F.summary("Ruiz told reporters the bridge would reopen.") == [s(.named, "told", "Ruiz")])
        #expect(F.summary("Ruiz told the council that the bridge would reopen.") == [s(.named, "told", "Ruiz")])
    }

    @Test func beliefAndIntentionVerbs() {
        #expect(F.summary("Ruiz believes the bridge is safe.") == [s(.named, "believes", "Ruiz")])
        #expect(F.summary("The mayor wants to reopen the bridge by June.") == [s(.named, "wants", "The mayor")])
        #expect(F.summary("Ortiz plans to run for governor.") == [s(.named, "plans", "Ortiz")])
        #expect(F.summary("She expects the vote to pass.") == [s(.named, "expects", "She")])
        #expect(F.summary("Ruiz seems to favor the northern route.") == [s(.named, "seems", "Ruiz")])
    }

    @Test func ownReporting() {
        #expect(F.summary("Axios has learned that the firm will sell its ad business.") == [s(.ownReporting, "has learned", "Axios")])
        #expect(F.summary("The Post has learned that the council will vote Tuesday.") == [s(.ownReporting, "has learned", "The Post")])
        #expect(F.summary("We have learned that the council will vote Tuesday.") == [s(.ownReporting, "have learned", "We")])
    }

    @Test func pluralPossessiveStaysInsideTheSourcePhrase() {
        #expect(F.summary("A spokesperson for the transit workers' union declined to comment.").first?.source
                == "A spokesperson for the transit workers' union")
    }

    @Test func mastheadNotInOutletLexiconStillCountsAsOwnReporting() {
        #expect(F.summary("The Ledger has learned that the council will vote Tuesday.") == [s(.ownReporting, "has learned", "The Ledger")])
        #expect(F.summary("The Smiths have learned to live with it.").first?.kind != .ownReporting)
    }

    @Test func outlets() {
        #expect(F.summary("Bloomberg reported that the bank will cut 200 jobs.") == [s(.outlet, "reported", "Bloomberg")])
        #expect(F.summary("According to The New York Times, the bank will cut 200 jobs.") == [s(.outlet, "According to", "The New York Times")])
        #expect(F.summary("The plan, first reported by Bloomberg, would cut 200 jobs.") == [s(.outlet, "first reported by", "Bloomberg")])
        #expect(F.summary("The plan was reported by Bloomberg on Monday.") == [s(.outlet, "was reported by", "Bloomberg")])
    }

    @Test func accordingTo() {
        #expect(F.summary("According to the city engineer, the bridge is safe.") == [s(.named, "According to", "the city engineer")])
    }

    @Test func perIsASourceOnlyBeforeANameOrPhrase() {
        #expect(F.summary("The bridge will reopen in May, per the city engineer.") == [s(.named, "per", "the city engineer")])
        #expect(F.summary("The deal is off, per Axios.") == [s(.outlet, "per", "Axios")])
        #expect(F.summary("Prices rose 3 per cent last year.").isEmpty)
        #expect(F.summary("Tickets cost $5 per person.").isEmpty)
        #expect(F.summary("The plant makes 400 cars per day.").isEmpty)
    }

    @Test func citing() {
        #expect(F.summary("The Post reported the closure, citing two city officials.")
                == [s(.outlet, "reported", "The Post"), s(.anonymous, "citing", "two city officials")])
    }

    @Test func statementAndInterviewPhrases() {
        #expect(F.summary("The company said in a statement that it would appeal.") == [s(.named, "said in a statement", "The company")])
        // The verb after the subject is the cue, as PolNeAR marks it.
        #expect(F.summary("In a statement, the company apologized for the error.") == [s(.named, "apologized", "the company")])
        // With a cue verb in the clause, the verb is the cue.
        #expect(F.summary("In a statement, the company denied the claims.") == [s(.named, "denied", "the company")])
        // "in an interview", "in a tweet" stay outside the cue (PolNeAR mostly leaves them out).
        #expect(F.summary("Ruiz said in an interview that the bridge was safe.") == [s(.named, "said", "Ruiz")])
        #expect(F.summary("The senator wrote in a tweet that the bill was dead.") == [s(.named, "wrote", "The senator")])
    }

    @Test func anonymityClauseMakesSourceAnonymous() {
        #expect(F.summary("A senior official, who spoke on condition of anonymity, said the talks had stalled.")
                == [s(.anonymous, "said", "A senior official")])
        #expect(F.summary("Ruiz, who spoke on condition of anonymity, said the talks had stalled.")
                == [s(.anonymous, "said", "Ruiz")])
    }

    @Test func unnamedSources() {
        #expect(F.summary("The deal will close next week, according to people familiar with the matter.")
                == [s(.anonymous, "according to", "people familiar with the matter")])
        #expect(F.summary("A person close to the company said the sale was off.") == [s(.anonymous, "said", "A person close to the company")])
        #expect(F.summary("Sources said the sale was off.") == [s(.anonymous, "said", "Sources")])
        #expect(F.summary("The sale is off, the source added.") == [s(.anonymous, "added", "the source")])
        #expect(F.summary("Officials said the sale was off.") == [s(.anonymous, "said", "Officials")])
        #expect(F.summary("White House officials said the sale was off.") == [s(.anonymous, "said", "White House officials")])
        #expect(F.summary("Two aides said the sale was off.") == [s(.anonymous, "said", "Two aides")])
    }

    @Test func spokespeopleAndNamedOfficialsAreNamed() {
        #expect(F.summary("A Meta spokesperson said the tool was paused.") == [s(.named, "said", "A Meta spokesperson")])
        #expect(F.summary("A spokesperson for Meta said the tool was paused.") == [s(.named, "said", "A spokesperson for Meta")])
        #expect(F.summary("Pentagon spokesman John Kirby said the drills would go on.")
                == [s(.named, "said", "Pentagon spokesman John Kirby")])
        #expect(F.summary("Senior aide Jane Roe said the drills would go on.") == [s(.named, "said", "Senior aide Jane Roe")])
    }

    @Test func quotationWithSpeakerAfter() {
        let a = F.attributions("\"We are ready,\" said Dr. Talcott.")
        #expect(a.map(\.kind) == [.named])
        #expect(a.first?.cue?.text == "said")
        #expect(a.first?.source?.text == "Dr. Talcott")
        #expect(a.first?.rule == "quote-speaker")
        #expect(F.summary("“We are ready,” she said.") == [s(.named, "said", "she")])
    }

    @Test func quotationIntroducedByColon() {
        // The colon belongs to the cue, as PolNeAR marks it ("said:").
        let a = F.attributions("Ames said: “The vote is final.”")
        #expect(a.map { F.s($0.kind, $0.cue?.text, $0.source?.text) } == [s(.named, "said:", "Ames")])
        #expect(a.first?.rule == "quote-speaker")
    }

    @Test func headlineColonNamesTheSpeaker() {
        #expect(F.summary("Ames: The vote is final and will not be revisited.") == [s(.named, ":", "Ames")])
    }

    @Test func documents() {
        #expect(F.summary("Records show the firm paid $3 million in 2019.") == [s(.document, "show", "Records")])
        #expect(F.summary("Filings show the firm paid $3 million in 2019.") == [s(.document, "show", "Filings")])
        #expect(F.summary("Census data show the county grew by 4 percent.") == [s(.document, "show", "Census data")])
        #expect(F.summary("A report by the inspector general found that costs doubled.")
                == [s(.document, "found", "A report by the inspector general")])
        #expect(F.summary("A study found that the drug cut deaths by half.") == [s(.document, "found", "A study")])
        #expect(F.summary("Documents reviewed by the Ledger show the payments began in 2019.")
                == [s(.document, "show", "Documents reviewed by the Ledger")])
    }

    @Test func documentVerbsNeedADocumentSubject() {
        #expect(F.summary("Ruiz found the keys in the car.").isEmpty)
    }

    @Test func nestedAttributionsOutermostFirst() {
        let a = F.attributions("Wang has indicated that he will step down, according to sources.")
        #expect(a.map { F.s($0.kind, $0.cue?.text, $0.source?.text) }
                == [s(.anonymous, "according to", "sources"), s(.named, "has indicated", "Wang")])
        let b = F.attributions("“He told me he would resign,” Ortiz said.")
        #expect(b.map { F.s($0.kind, $0.cue?.text, $0.source?.text) } == [s(.named, "said", "Ortiz")])
        let c = F.attributions("Ruiz said officials told him the plan will fail.")
        #expect(c.map(\.source?.text) == ["Ruiz", "officials"])
    }

    @Test func pronounSourcesAreNamed() {
        for p in ["He", "She", "They", "It", "We", "I"] {
            #expect(F.summary("\(p) said the plan would fail.") == [s(.named, "said", p)])
        }
    }

    @Test func relativePronounSourceTakesItsAntecedentsKind() {
        let a = F.attributions("The deal drew fire from officials, who said the price was too high.")
        #expect(a.last?.source?.text == "who")
        #expect(a.last?.kind == .anonymous)
    }

    @Test func spansAreByteOffsetsIntoTheFile() {
        let text = "Café owner Zoë Brun said the rent doubled."
        let a = F.attributions(text)
        let cue = try! #require(a.first?.cue)
        let source = try! #require(a.first?.source)
        #expect(cue.range == F.range(of: "said", in: text))
        #expect(source.range == F.range(of: "Café owner Zoë Brun", in: text))
    }

    @Test func everyAttributionNamesItsRule() {
        let rules = F.attributions("Wang has indicated that he will step down, according to sources.").map(\.rule)
        #expect(rules == ["according-to", "cue-verb"])
        #expect(F.attributions("The plan was reported by Bloomberg on Monday.").map(\.rule) == ["passive-agent"])
        #expect(F.attributions("The plan, first reported by Bloomberg, would cut 200 jobs.").map(\.rule) == ["cue-phrase"])
        #expect(F.attributions("The Post reported the closure, citing two city officials.").map(\.rule) == ["cue-verb", "citing"])
        #expect(F.attributions("Axios has learned that the firm will sell.").map(\.rule) == ["own-reporting"])
    }

    @Test func findsEveryAttributionInAWholeParagraphSegment() {
        // The analyser must not depend on sentence splitting for recall.
        let a = F.attributions("Ruiz said the bridge was safe. Ortiz disagreed. The engineer told reporters it was not.")
        #expect(a.map(\.source?.text) == ["Ruiz", "Ortiz", "The engineer"])
    }

    @Test func nounsThatLookLikeVerbsAreNotCues() {
        #expect(F.summary("The home state of the senator is Ohio.").isEmpty)
        #expect(F.summary("Carson's comments drew fire from both parties.").isEmpty)
        #expect(F.summary("The company added 200 jobs in March.").isEmpty)
        #expect(F.summary("That said, the plan has merit.").isEmpty)
        #expect(F.summary("He wants nothing to do with it, needless to say.").map(\.cue) == ["wants"])
    }

    @Test func cuesInsideQuotationsBelongToTheSpeaker() {
        #expect(F.summary("“I think we will win,” Ortiz said.") == [s(.named, "said", "Ortiz")])
    }
}
