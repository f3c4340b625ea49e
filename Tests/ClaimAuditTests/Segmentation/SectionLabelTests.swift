import Testing
@testable import ClaimAudit

@Suite struct SectionLabelTests {
    typealias F = SegmentationFixture
    static let matters = SectionLabel(text: "Why it matters", role: .analysis)
    static let saying = SectionLabel(text: "What they're saying", role: .news)
    static let lines = SectionLabel(text: "Between the lines", role: .analysis)
    static let context = SectionLabel(text: "Context", role: .background)
    static let labels = [matters, saying, lines, context]

    @Test func labelOpeningParagraphSetsSectionAndIsExcludedFromSegment() {
        let (doc, seg) = F.segment("Intro.\n\nWhy it matters: The bill sets rates. It expires soon.", labels: Self.labels)
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "The bill sets rates.", "It expires soon."])
        #expect(seg.segments.map(\.section) == [nil, Self.matters, Self.matters])
        #expect(seg.labels.count == 1)
        #expect(doc.text(seg.labels[0].range) == "Why it matters:")
        #expect(seg.segments[1].startsBlock)
    }

    @Test func labelMatchIsCaseInsensitiveAndFoldsApostrophes() {
        let (doc, seg) = F.segment("Intro.\n\nWHAT THEY’RE SAYING: Critics object.", labels: Self.labels)
        #expect(seg.labels.map(\.label) == [Self.saying])
        #expect(doc.text(seg.labels[0].range) == "WHAT THEY’RE SAYING:")
        #expect(seg.segments.last?.section == Self.saying)
    }

    @Test func sectionCarriesToFollowingBlocksUntilNextLabelOrHeading() {
        let text = "Budget deal reached\n\nWhy it matters: Rates rise.\n\nThey rise in May.\n\nContext: Rates fell last year.\n\nMore follows."
        let doc = F.document(text)
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map(\.section) == [nil, Self.matters, Self.matters, Self.context, Self.context])
    }

    @Test func headingResetsSection() {
        let doc = F.documentWithIgnorable("Intro.\n\nWhy it matters: Rates rise.\n\nNext steps\n\nThe board meets.",
                                          marks: [], blocks: [.paragraph, .paragraph, .heading, .paragraph])
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map(\.section) == [nil, Self.matters, nil, nil])
    }

    @Test func boldLabelWithIgnorableMarkupIsRecognised() {
        let doc = F.documentWithIgnorable("Intro.\n\n**Why it matters:** Rates rise.")
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "Rates rise."])
        #expect(seg.segments.last?.section == Self.matters)
        let label = seg.labels[0]
        #expect(doc.source.string(label.range) == "Why it matters:")
        // The segment starts at "Rates", after the closing `**` and the space.
        #expect(doc.source.string(seg.segments[1].range) == "Rates rise.")
    }

    @Test func labelOnlyParagraphSetsSectionForFollowingList() {
        let doc = F.documentWithIgnorable("Intro.\n\n**Between the lines:**\n\nFirst point.\n\nSecond point. More.\n\nAfter the list.",
                                          blocks: [.paragraph, .paragraph, .listItem, .listItem, .paragraph])
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "First point.", "Second point.", "More.", "After the list."])
        #expect(seg.segments.map(\.section) == [nil, Self.lines, Self.lines, Self.lines, Self.lines])
        #expect(seg.segments.map(\.blockIndex) == [0, 2, 3, 3, 4])
        #expect(seg.labels.map(\.label) == [Self.lines])
    }

    @Test func labelOpeningListItemSetsSection() {
        let doc = F.documentWithIgnorable("Intro.\n\n**Context:** Rates fell.\n\nThey fell twice.",
                                          blocks: [.paragraph, .listItem, .listItem])
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map(\.section) == [nil, Self.context, Self.context])
        #expect(seg.segments.map(\.blockKind) == [.paragraph, .listItem, .listItem])
    }

    @Test func labelNeedsColonAndWholeLabel() {
        let (_, seg) = F.segment("Intro.\n\nWhy it matters is unclear.\n\nWhy it: no.\n\nContext matters: none.", labels: Self.labels)
        #expect(seg.labels.isEmpty)
        #expect(seg.segments.allSatisfy { $0.section == nil })
    }

    @Test func headingMadeOfOnlyALabelSetsSection() {
        let doc = F.documentWithIgnorable("Intro.\n\nWhy it matters:\n\nRates rise.\n\nWhy it matters: a guide\n\nMore.",
                                          marks: [], blocks: [.paragraph, .heading, .paragraph, .heading, .paragraph])
        let seg = Segmenter(labels: Self.labels).segment(doc)
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "Rates rise.", "Why it matters: a guide", "More."])
        #expect(seg.segments.map(\.section) == [nil, Self.matters, nil, nil])
    }

    @Test func noLabelsMeansNoSections() {
        let (_, seg) = F.segment("Intro.\n\nWhy it matters: Rates rise.")
        #expect(seg.labels.isEmpty && seg.segments.count == 2)
    }

    @Test func labelWithInnerPunctuationMatches() {
        let yesBut = SectionLabel(text: "Yes, but", role: .analysis)
        let (doc, seg) = F.segment("Intro.\n\nYes,  but: Costs rise.", labels: Self.labels + [yesBut])
        #expect(seg.labels.map(\.label) == [yesBut])
        #expect(seg.segments.map { doc.text($0.range) } == ["Intro.", "Costs rise."])
    }
}
