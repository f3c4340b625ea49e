/// One claim of an article: a sentence, a list item or a headline.
public struct Claim: Sendable, Hashable, Codable {
    /// Stable within a document: `c1`, `c2`, … in document order.
    public var id: String
    /// UTF-8 byte offsets into the input (end exclusive).
    public var start: Int
    public var end: Int
    /// 1-based line and column of `start`.
    public var line: Int
    public var column: Int
    /// The claim's prose, markup removed and white space folded.
    public var text: String
    /// The section label governing the claim ("Why it matters"), if any.
    public var section: String?
    /// What the block is: `heading`, `paragraph` or `list-item`.
    public var block: Block.Kind
    /// 1-based number of the block (paragraph, list item or heading) the
    /// claim belongs to, in document order; claims of one block share it.
    public var paragraph: Int
    /// Outermost attribution first.
    public var attributions: [Attribution]
    public var findings: [Finding]

    public init(id: String, start: Int, end: Int, location: SourceLocation, text: String,
                section: String?, block: Block.Kind, paragraph: Int = 1,
                attributions: [Attribution] = [], findings: [Finding] = []) {
        self.id = id
        self.start = start
        self.end = end
        self.line = location.line
        self.column = location.column
        self.text = text
        self.section = section
        self.block = block
        self.paragraph = paragraph
        self.attributions = attributions
        self.findings = findings
    }

    /// The claim's primary kind: its outermost attribution, else `none`.
    public var kind: AttributionKind { attributions.first?.kind ?? .none }
}
