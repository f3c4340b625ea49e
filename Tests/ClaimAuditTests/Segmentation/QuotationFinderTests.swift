import Testing
@testable import ClaimAudit

@Suite struct QuotationFinderTests {
    typealias F = SegmentationFixture

    @Test func curlyQuotationIncludesMarksInRangeAndExcludesThemFromContent() {
        let q = F.quotations("Intro.\n\nShe said “we are ready” on Monday.")
        #expect(q.map(\.quote) == ["“we are ready”"])
        #expect(q.map(\.content) == ["we are ready"])
    }

    @Test func quotationSpansSeveralSentences() {
        let q = F.quotations("Intro.\n\n“We won. We will win again,” she said. “Next year.”")
        #expect(q.map(\.content) == ["We won. We will win again,", "Next year."])
    }

    @Test func straightQuotesPairWithinABlock() {
        let q = F.quotations("Intro.\n\n\"Yes,\" he said, \"we agree.\" Then a 55\" screen fell.")
        #expect(q.map(\.quote) == ["\"Yes,\"", "\"we agree.\""])
    }

    @Test func unpairedStraightQuoteIsDropped() {
        #expect(F.quotations("Intro.\n\nHe said \"maybe and left.\n\nThe end.").isEmpty)
    }

    @Test func quotationContinuesIntoNextParagraphOpeningWithMark() {
        let text = "Intro.\n\n“We will not back down. The people want this.\n\n“We will pass the bill,” he said.\n\nThe vote is Friday."
        let (doc, seg) = F.segment(text)
        #expect(seg.quotations.count == 1)
        let q = seg.quotations[0]
        #expect(doc.text(q.range) == "“We will not back down. The people want this. “We will pass the bill,”")
        #expect(doc.source.string(q.range).hasPrefix("“We will"))
        #expect(doc.source.string(q.content).hasSuffix("bill,"))
        #expect(q.content.lowerBound == q.range.lowerBound + 3 && q.content.upperBound == q.range.upperBound - 3)
    }

    @Test func quotationContinuesOverThreeParagraphsWithStraightQuotes() {
        let text = "Intro.\n\n\"First part.\n\n\"Second part.\n\n\"Last part,\" she said."
        let q = F.quotations(text)
        #expect(q.map(\.quote) == ["\"First part. \"Second part. \"Last part,\""])
    }

    @Test func unclosedCurlyQuotationEndsAtItsParagraph() {
        let (doc, seg) = F.segment("Intro.\n\n“We will win, she said.\n\nThe vote is Friday.")
        #expect(seg.quotations.map { doc.text($0.range) } == ["“We will win, she said."])
        #expect(seg.quotations.map { doc.text($0.content) } == ["We will win, she said."])
    }

    @Test func newOpeningMarkEndsAnUnclosedQuotation() {
        let q = F.quotations("Intro.\n\n“We won, she said. “Now we govern.”")
        #expect(q.map(\.quote) == ["“We won, she said.", "“Now we govern.”"])
    }

    @Test func singleQuotesCountOnlyWhenClearlyPaired() {
        let q = F.quotations("Mayor: ‘We will rebuild’ after storm\n\nTrump’s aides, in the ’90s and ‘90s, said ‘no deal’ twice.")
        #expect(q.map(\.quote) == ["‘We will rebuild’", "‘no deal’"])
    }

    @Test func singleQuotePrefersCloserThatIsNotAPluralPossessive() {
        let q = F.quotations("Intro.\n\nShe called it ‘the students’ choice,’ and left. He said ‘ask the players’ today.")
        #expect(q.map(\.content) == ["the students’ choice,", "ask the players"])
    }

    @Test func quotationsInsideHeadingsEndWithTheHeading() {
        let (doc, seg) = F.segment("“No deal” says mayor\n\n“Fine,” he said.")
        #expect(seg.quotations.map { doc.text($0.range) } == ["“No deal”", "“Fine,”"])
    }
}
