/// Splits a document's blocks into segments (sentences and list items),
/// finds quotations and applies section labels.
public struct Segmenter: Sendable {
    public let labels: [SectionLabel]

    public init(labels: [SectionLabel]) {
        self.labels = labels
    }

    // PLACEHOLDER (foundation skeleton): one segment per block. The real
    // splitter replaces this.
    public func segment(_ document: Document) -> Segmentation {
        var segments: [Segment] = []
        for (i, block) in document.blocks.enumerated() {
            segments.append(Segment(range: block.range, blockIndex: i, blockKind: block.kind, startsBlock: true))
        }
        return Segmentation(segments: segments)
    }
}
