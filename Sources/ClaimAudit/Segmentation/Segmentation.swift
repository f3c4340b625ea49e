/// The claims-to-be of a document: sentences and list items, with sections
/// and quotations. Produced by `Segmenter`, consumed by analysis.
public struct Segmentation: Sendable {
    public var segments: [Segment]
    /// Quotations in document order (may span several segments).
    public var quotations: [Quotation]
    /// Section labels found, in document order.
    public var labels: [LabelOccurrence]

    public init(segments: [Segment] = [], quotations: [Quotation] = [], labels: [LabelOccurrence] = []) {
        self.segments = segments
        self.quotations = quotations
        self.labels = labels
    }
}

/// One sentence, list item or headline.
public struct Segment: Sendable, Hashable {
    /// Byte range (end exclusive), trimmed of surrounding white space and of
    /// any section label that opens it.
    public var range: Range<Int>
    /// Index into `Document.blocks`.
    public var blockIndex: Int
    public var blockKind: Block.Kind
    /// The label governing this segment, if any.
    public var section: SectionLabel?
    /// True for the first segment of its block.
    public var startsBlock: Bool

    public init(range: Range<Int>, blockIndex: Int, blockKind: Block.Kind,
                section: SectionLabel? = nil, startsBlock: Bool = false) {
        self.range = range
        self.blockIndex = blockIndex
        self.blockKind = blockKind
        self.section = section
        self.startsBlock = startsBlock
    }
}

/// A quotation: `range` includes the quotation marks, `content` excludes them.
public struct Quotation: Sendable, Hashable {
    public var range: Range<Int>
    public var content: Range<Int>
    public init(range: Range<Int>, content: Range<Int>) {
        self.range = range
        self.content = content
    }
}

/// Where a section label was written (range covers the label and its colon).
public struct LabelOccurrence: Sendable, Hashable {
    public var range: Range<Int>
    public var label: SectionLabel
    public init(range: Range<Int>, label: SectionLabel) {
        self.range = range
        self.label = label
    }
}
