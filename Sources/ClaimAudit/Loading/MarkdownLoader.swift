/// Markdown (a CommonMark subset plus GFM tables and strikethrough), parsed
/// by our own byte-level parser: no dependency, and every block range is a
/// byte range of the file.
///
/// What reads as prose: headings (ATX and setext), paragraphs, list items
/// (with their nesting level) and table rows, with `quoted` set inside block
/// quotes. What is blanked in the view: front matter, code blocks, HTML
/// blocks and comments (the source keeps them, so `claimaudit-disable`
/// comments can still be read from it), thematic breaks, reference
/// definitions and inline markup (see `MarkdownInline`).
public enum MarkdownLoader {
    public static func load(_ source: SourceText) throws -> Document {
        var parser = MarkdownBlockParser(source.bytes, byteOrderMark: source.byteOrderMark)
        parser.parse()
        var view = parser.view
        let inline = MarkdownInline(references: parser.references)
        var blocks: [Block] = []
        blocks.reserveCapacity(parser.leaves.count)
        for leaf in parser.leaves.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            inline.process(&view, leaf.range)
            guard let range = trimmed(leaf.range, in: view) else { continue }
            blocks.append(Block(kind: leaf.kind, range: range, level: leaf.level, quoted: leaf.quoted))
        }
        var document = Document(source: source, format: .markdown, view: view, blocks: blocks,
                                links: MarkdownLinks.links(source: source.bytes, view: view, blocks: blocks))
        document.literalRanges = parser.literal
        return document
    }

    /// The range without leading or trailing white space or ignorable bytes;
    /// nil when nothing is left.
    static func trimmed(_ range: Range<Int>, in view: [UInt8]) -> Range<Int>? {
        var s = range.lowerBound, e = range.upperBound
        while s < e && isBlankOrIgnorable(view[s]) { s += 1 }
        while e > s && isBlankOrIgnorable(view[e - 1]) { e -= 1 }
        return s < e ? s..<e : nil
    }

    @inline(__always)
    static func isBlankOrIgnorable(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == Document.ignorable
    }
}
