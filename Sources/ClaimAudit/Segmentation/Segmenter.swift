/// Splits a document's blocks into segments (sentences, list items and
/// headlines), finds quotations and applies section labels.
///
/// Build one per label list and reuse it: labels are compiled in `init`, and
/// `segment` is pure. Each block is read once, byte by byte (see
/// `SentenceSplitter`, `QuotationFinder`, `SectionLabeler`).
///
/// Sections: a label that opens a paragraph or list item ("Why it matters:")
/// sets the section of that block's segments and of every following block
/// until the next label or heading; a heading resets the section to nil. A
/// block that is only a label (a "**Between the lines:**" paragraph before a
/// list, or a heading reading exactly "Why it matters:") yields no segment but
/// still sets the section. Segment ranges exclude the label.
public struct Segmenter: Sendable {
    public let labels: [SectionLabel]
    let labeler: SectionLabeler

    public init(labels: [SectionLabel]) {
        self.labels = labels
        self.labeler = SectionLabeler(labels: labels)
    }

    public func segment(_ document: Document) -> Segmentation {
        var result = Segmentation()
        result.segments.reserveCapacity(document.blocks.count * 2)
        var quotes = QuotationFinder()
        var section: SectionLabel? = nil
        let count = document.view.count
        document.view.withUnsafeBufferPointer { buf in
            for (index, block) in document.blocks.enumerated() {
                let range = max(0, block.range.lowerBound)..<min(count, max(block.range.lowerBound, block.range.upperBound))
                let isHeading = block.kind == .heading
                var body = SegmentBytes.trim(buf, range)
                if let label = labeler.match(buf, body) {
                    let rest = SegmentBytes.trim(buf, label.range.upperBound..<body.upperBound)
                    if !isHeading || rest.isEmpty {
                        result.labels.append(LabelOccurrence(range: label.range, label: label.label))
                        section = label.label
                        body = rest
                    } else {
                        section = nil
                    }
                } else if isHeading {
                    section = nil
                }
                quotes.beginBlock(buf, content: body, isHeading: isHeading)
                let sentences = SentenceSplitter.split(buf, body, whole: isHeading, quotes: &quotes)
                quotes.endBlock(content: body, isHeading: isHeading)
                for (n, sentence) in sentences.enumerated() {
                    result.segments.append(Segment(range: sentence, blockIndex: index, blockKind: block.kind,
                                                   section: section, startsBlock: n == 0))
                }
            }
            quotes.finish()
        }
        result.quotations = quotes.quotations
        return result
    }
}
