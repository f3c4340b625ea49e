@testable import ClaimAudit

/// Helpers shared by the segmentation suites: load plain text (paragraphs
/// split on blank lines), segment it, and read segments back as text.
enum SegmentationFixture {
    static func document(_ text: String) -> Document {
        TextLoader.load(SourceText(path: "fixture.txt", text: text))
    }

    static func segment(_ text: String, labels: [SectionLabel] = []) -> (Document, Segmentation) {
        let doc = document(text)
        return (doc, Segmenter(labels: labels).segment(doc))
    }

    /// Segment texts of `text`. Starts with a throw-away first paragraph when
    /// `body` is true, so the text under test is never taken for a headline.
    static func sentences(_ text: String, labels: [SectionLabel] = [], body: Bool = true) -> [String] {
        let input = body ? "Intro.\n\n" + text : text
        let (doc, seg) = segment(input, labels: labels)
        let texts = seg.segments.map { doc.text($0.range) }
        return body ? Array(texts.dropFirst()) : texts
    }

    /// Quotation texts (with marks) and contents (without) of `text`.
    static func quotations(_ text: String) -> [(quote: String, content: String)] {
        let (doc, seg) = segment(text)
        return seg.quotations.map { (doc.text($0.range), doc.text($0.content)) }
    }

    /// A view with `marked` byte ranges replaced by ignorable bytes, as the
    /// Markdown and HTML loaders produce for `**` and inline tags.
    static func documentWithIgnorable(_ text: String, marks: [String] = ["**"], blocks: [Block.Kind]? = nil) -> Document {
        let source = SourceText(path: "fixture.md", text: text)
        var view = source.bytes
        for mark in marks {
            let m = Array(mark.utf8)
            var i = 0
            while i + m.count <= view.count {
                if Array(view[i..<(i + m.count)]) == m {
                    for k in i..<(i + m.count) { view[k] = Document.ignorable }
                    i += m.count
                } else {
                    i += 1
                }
            }
        }
        let plain = TextLoader.load(source)
        let kinds = blocks ?? plain.blocks.map(\.kind)
        let newBlocks = zip(plain.blocks, kinds).map { Block(kind: $1, range: $0.range) }
        return Document(source: source, format: .markdown, view: view, blocks: newBlocks)
    }
}
