import Testing
@testable import ClaimAudit

/// Helpers shared by the loader tests.
enum LoadingFixture {
    static func markdown(_ text: String) throws -> Document {
        try MarkdownLoader.load(SourceText(path: "fixture.md", text: text))
    }

    static func html(_ text: String) throws -> Document {
        try HTMLLoader.load(SourceText(path: "fixture.html", text: text))
    }

    /// Readable text of every block, in order.
    static func texts(_ d: Document) -> [String] { d.blocks.map { d.text($0.range) } }

    /// The invariants every loader keeps: the view is as long as the file,
    /// block ranges lie inside it, in order, without overlap, and start and
    /// end on visible bytes; ignorable bytes never replace prose bytes of a
    /// word's first byte.
    static func checkInvariants(_ d: Document, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(d.view.count == d.source.bytes.count, sourceLocation: sourceLocation)
        var previousEnd = 0
        for b in d.blocks {
            #expect(b.range.lowerBound >= previousEnd, "blocks overlap or are out of order", sourceLocation: sourceLocation)
            #expect(b.range.upperBound <= d.view.count, sourceLocation: sourceLocation)
            #expect(!b.range.isEmpty, sourceLocation: sourceLocation)
            if let first = b.range.first, let last = b.range.last {
                #expect(!MarkdownLoader.isBlankOrIgnorable(d.view[first]), "block starts on a blank", sourceLocation: sourceLocation)
                #expect(!MarkdownLoader.isBlankOrIgnorable(d.view[last]), "block ends on a blank", sourceLocation: sourceLocation)
            }
            previousEnd = b.range.upperBound
        }
    }

    /// The block's first bytes in the file, to show offsets are file offsets.
    static func sourcePrefix(_ d: Document, _ b: Block, _ count: Int) -> String {
        String(d.source.string(b.range).prefix(count))
    }
}
