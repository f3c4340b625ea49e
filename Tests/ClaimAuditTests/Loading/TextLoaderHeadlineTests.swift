import Testing
@testable import ClaimAudit

@Suite struct TextLoaderHeadlineTests {
    private func kinds(_ text: String) -> [Block.Kind] {
        TextLoader.load(SourceText(path: "story.txt", text: text)).blocks.map(\.kind)
    }

    @Test func firstLineWithoutFinalPunctuationIsAHeadline() {
        #expect(kinds("Council backs harbour plan\n\nThe council voted on Monday.\n") == [.heading, .paragraph])
    }

    @Test func titleCaseFirstLineEndingInAFullStopIsAHeadline() {
        #expect(kinds("Harbour Council Backs New Ferry Budget.\n\nThe council voted on Monday.\n") == [.heading, .paragraph])
        // Short words may stay lower case.
        #expect(kinds("Mayor Vows to Fight the Tunnel Tolls.\n\nShe spoke on Monday.\n") == [.heading, .paragraph])
    }

    @Test func sentenceCaseFirstLineEndingInAFullStopStaysProse() {
        #expect(kinds("The council voted on Monday to back the plan.\n\nIt passed.\n") == [.paragraph, .paragraph])
        // Two capitalised names do not make a sentence a title.
        #expect(kinds("Dana Ortiz said the ferry would run again.\n\nIt will.\n") == [.paragraph, .paragraph])
        // Only the first paragraph can be a headline.
        #expect(kinds("A lead sentence here.\n\nHarbour Council Backs New Ferry Budget.\n") == [.paragraph, .paragraph])
    }
}
