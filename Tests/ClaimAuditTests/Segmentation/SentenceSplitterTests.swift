import Testing
@testable import ClaimAudit

@Suite struct SentenceSplitterTests {
    typealias F = SegmentationFixture

    @Test func splitterKeepsTitlesAndDatesAndSplitsAfterNumbers() {
        #expect(F.sentences("The U.S. Senate voted 52–48 on Sept. 3. Dr. Ames disagreed.") == [
            "The U.S. Senate voted 52–48 on Sept. 3.",
            "Dr. Ames disagreed.",
        ])
    }

    @Test func splitterKeepsTitleAbbreviationsBeforeNames() {
        #expect(F.sentences("Mr. Lee met Mrs. Ortiz, Ms. Hale, Prof. Kim, Gov. Reyes, Sen. Walsh and Rep. Ford. They talked.") == [
            "Mr. Lee met Mrs. Ortiz, Ms. Hale, Prof. Kim, Gov. Reyes, Sen. Walsh and Rep. Ford.",
            "They talked.",
        ])
        #expect(F.sentences("Gen. Park, Lt. Cho, Col. Barr and Sgt. Diaz left St. Paul vs. the odds. It rained.") == [
            "Gen. Park, Lt. Cho, Col. Barr and Sgt. Diaz left St. Paul vs. the odds.",
            "It rained.",
        ])
    }

    @Test func splitterKeepsSingleInitialsInsideNames() {
        #expect(F.sentences("John F. Kennedy and Harry S. Truman were named. J. R. Tolkien was not.") == [
            "John F. Kennedy and Harry S. Truman were named.",
            "J. R. Tolkien was not.",
        ])
    }

    @Test func splitterSplitsAfterSentenceFinalAbbreviationBeforeStarter() {
        #expect(F.sentences("The plant moved to the U.S. The next day, shares rose.") == [
            "The plant moved to the U.S.",
            "The next day, shares rose.",
        ])
        #expect(F.sentences("She sold shares in Acme Inc. But he kept his. He works for Dale Jr. In May he quit.") == [
            "She sold shares in Acme Inc.",
            "But he kept his.",
            "He works for Dale Jr.",
            "In May he quit.",
        ])
        #expect(F.sentences("They bought pens, paper, etc. Then they left at 5 p.m. He stayed.") == [
            "They bought pens, paper, etc.",
            "Then they left at 5 p.m.",
            "He stayed.",
        ])
    }

    @Test func splitterKeepsSentenceFinalAbbreviationBeforeNameLikeWord() {
        #expect(F.sentences("The U.K. Parliament and the U.N. Security Council met at 9 a.m. Eastern time.") == [
            "The U.K. Parliament and the U.N. Security Council met at 9 a.m. Eastern time.",
        ])
        #expect(F.sentences("Acme Corp. Chief Executive Ana Ruiz, of Acme Co. Ltd. Holdings, spoke on Jan. 9, Feb. 2, Aug. 4, Oct. 1, Nov. 8 and Dec. 5.") == [
            "Acme Corp. Chief Executive Ana Ruiz, of Acme Co. Ltd. Holdings, spoke on Jan. 9, Feb. 2, Aug. 4, Oct. 1, Nov. 8 and Dec. 5.",
        ])
        #expect(F.sentences("Sam Cole Sr. Testified on No. 5, e.g. Monday, i.e. twice.") == [
            "Sam Cole Sr. Testified on No. 5, e.g. Monday, i.e. twice.",
        ])
    }

    @Test func splitterKeepsDecimalsAndMoney() {
        #expect(F.sentences("The deal cost $1.5 billion, or 3.14 times the 1,000.50 euros offered. Nobody paid.") == [
            "The deal cost $1.5 billion, or 3.14 times the 1,000.50 euros offered.",
            "Nobody paid.",
        ])
    }

    @Test func splitterSplitsAfterNumberEndingSentence() {
        #expect(F.sentences("The vote was held in 2019. 2020 was quieter.") == [
            "The vote was held in 2019.",
            "2020 was quieter.",
        ])
    }

    @Test func splitterKeepsEllipsisBeforeLowerCaseWord() {
        #expect(F.sentences("Well... maybe. Well… maybe not. Wait...what?") == [
            "Well... maybe.",
            "Well… maybe not.",
            "Wait...what?",
        ])
    }

    @Test func splitterSplitsEllipsisBeforeCapitalisedWord() {
        #expect(F.sentences("We waited… Nobody came. We waited... Then we left. We waited . . . Then again.") == [
            "We waited…",
            "Nobody came.",
            "We waited...",
            "Then we left.",
            "We waited . . .",
            "Then again.",
        ])
    }

    @Test func splitterEndsSentenceAfterClosingQuote() {
        #expect(F.sentences("“We won.” The crowd cheered. “Did we?” Nobody knew. “Yes!” Then silence. \"Fine.\" It ended.") == [
            "“We won.”",
            "The crowd cheered.",
            "“Did we?”",
            "Nobody knew.",
            "“Yes!”",
            "Then silence.",
            "\"Fine.\"",
            "It ended.",
        ])
    }

    @Test func splitterKeepsCommaQuoteAndQuestionBeforeSaidInOneSentence() {
        #expect(F.sentences("“We won,” she said. “Why?” he asked. \"Now,\" they said.") == [
            "“We won,” she said.",
            "“Why?” he asked.",
            "\"Now,\" they said.",
        ])
    }

    @Test func splitterNeverSplitsAtDashes() {
        #expect(F.sentences("The bill — long delayed — passed. The vote -- close -- held. Then — Nothing.") == [
            "The bill — long delayed — passed.",
            "The vote -- close -- held.",
            "Then — Nothing.",
        ])
    }

    @Test func headlineWithoutFinalPunctuationIsOneSegment() {
        let (doc, seg) = F.segment("Senate passes budget. House balks at 3 a.m. Vote\n\nThe vote was close.")
        #expect(doc.blocks.first?.kind == .heading)
        #expect(seg.segments.map { doc.text($0.range) } == [
            "Senate passes budget. House balks at 3 a.m. Vote",
            "The vote was close.",
        ])
        #expect(seg.segments.map(\.blockKind) == [.heading, .paragraph])
    }

    @Test func paragraphWithoutFinalPunctuationIsOneSegment() {
        #expect(F.sentences("Officials said the plan would pass\nwithout changes") == [
            "Officials said the plan would pass without changes",
        ])
    }

    @Test func splitterEndsSentencesAtQuestionAndExclamationMarks() {
        #expect(F.sentences("Is it over? It is! Really?! Yes.") == ["Is it over?", "It is!", "Really?!", "Yes."])
    }

    @Test func splitterKeepsClosingBracketWithSentence() {
        #expect(F.sentences("He left early. (She stayed late.) Then the vote came. [A note.] It passed.") == [
            "He left early.",
            "(She stayed late.)",
            "Then the vote came.",
            "[A note.]",
            "It passed.",
        ])
    }

    @Test func splitterKeepsURLsEmailsAndVersionsWhole() {
        #expect(F.sentences("See https://example.org/a.b?x=1!y for v2.0.1 or mail press.desk@example.com. It is free.") == [
            "See https://example.org/a.b?x=1!y for v2.0.1 or mail press.desk@example.com.",
            "It is free.",
        ])
    }

    @Test func splitterDoesNotSplitAfterPronounIAsInitial() {
        #expect(F.sentences("So did I. Everyone agreed.") == ["So did I.", "Everyone agreed."])
    }

    @Test func splitterIgnoresLowerCaseContinuationAfterUnknownAbbreviation() {
        #expect(F.sentences("It weighs approx. five tons and costs 4 cts. per kilo.") == [
            "It weighs approx. five tons and costs 4 cts. per kilo.",
        ])
    }

    @Test func splitterTreatsIgnorableBytesAsInvisible() {
        // "**Done.** Next" as a Markdown loader would leave it: `**` ignorable.
        let doc = F.documentWithIgnorable("Intro.\n\n**It is done.** Next **we vote**. U.S.** The end.**")
        let seg = Segmenter(labels: []).segment(doc)
        let texts = seg.segments.map { doc.text($0.range) }
        #expect(texts == ["Intro.", "It is done.", "Next we vote.", "U.S.", "The end."])
        // Ranges are trimmed of ignorable bytes at both ends.
        for s in seg.segments {
            #expect(doc.view[s.range.lowerBound] != Document.ignorable)
            #expect(doc.view[s.range.upperBound - 1] != Document.ignorable)
        }
    }

    @Test func segmentOffsetsAreByteOffsetsWithMultibyteText() {
        let (doc, seg) = F.segment("Señor Díaz arrived. “Ça va?” he asked.", labels: [])
        #expect(seg.segments.map(\.range) == [0..<21, 22..<45])
        #expect(seg.segments.map { doc.text($0.range) } == ["Señor Díaz arrived.", "“Ça va?” he asked."])
        #expect(doc.source.location(of: 22) == SourceLocation(line: 1, column: 21))
        #expect(seg.quotations == [Quotation(range: 22..<35, content: 25..<32)])
        #expect(seg.segments.map(\.startsBlock) == [true, false])
    }

    @Test func startsBlockMarksFirstSegmentOfEachBlock() {
        let (_, seg) = F.segment("Intro.\n\nOne. Two. Three.\n\nFour.")
        #expect(seg.segments.map(\.startsBlock) == [true, true, false, false, true])
        #expect(seg.segments.map(\.blockIndex) == [0, 1, 1, 1, 2])
    }

    @Test func listItemWithSeveralSentencesGivesSeveralListItemSegments() {
        let doc = F.documentWithIgnorable("Intro.\n\nFirst point. It has two sentences.\n\nSecond point",
                                          marks: [], blocks: [.paragraph, .listItem, .listItem])
        let seg = Segmenter(labels: []).segment(doc)
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "First point.", "It has two sentences.", "Second point"])
        #expect(seg.segments.map(\.blockKind) == [.paragraph, .listItem, .listItem, .listItem])
        #expect(seg.segments.map(\.startsBlock) == [true, true, false, true])
    }

    @Test func piecesWithoutWordsJoinThePreviousSentence() {
        #expect(F.sentences("It passed. — ***") == ["It passed. — ***"])
        #expect(F.sentences("… And then it passed.") == ["… And then it passed."])
    }

    @Test func splitterTreatsNoAsAbbreviationOnlyBeforeNumber() {
        #expect(F.sentences("He ranked No. 5 on the list. She said no. Visit later.") == [
            "He ranked No. 5 on the list.",
            "She said no.",
            "Visit later.",
        ])
    }

    @Test func splitterSplitsAfterAbbreviationClosedByQuoteOrBracket() {
        #expect(F.sentences("It said “no.” “Yes,” she said. He works at “Acme Inc.” Critics scoff. (Seen in the U.S.) Prices rose.") == [
            "It said “no.”",
            "“Yes,” she said.",
            "He works at “Acme Inc.”",
            "Critics scoff.",
            "(Seen in the U.S.)",
            "Prices rose.",
        ])
    }

    @Test func splitterSplitsAfterSentenceFinalStateAbbreviationBeforeQuote() {
        #expect(F.sentences("“We are here,” said Rep. Jo Tan, D-Calif. “And we stay.” Washington, D.C. Mayor Ng agreed.") == [
            "“We are here,” said Rep. Jo Tan, D-Calif.",
            "“And we stay.”",
            "Washington, D.C. Mayor Ng agreed.",
        ])
    }
}
