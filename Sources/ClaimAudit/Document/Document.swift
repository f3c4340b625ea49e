/// The single model every input format is loaded into.
///
/// `view` has exactly as many bytes as the source. Markup (tags, Markdown
/// punctuation, front matter, code) is overwritten in the view, so analysis
/// reads prose while every offset it finds is already an offset into the file:
/// - bytes that separate words (block tags, `<br>`, code blocks, line breaks)
///   become spaces or newlines;
/// - bytes that must vanish without splitting a word (inline tags such as
///   `<em>`, the tail of an entity like `&amp;`) become `Document.ignorable`.
/// An entity is decoded in place: `&rsquo;` becomes the three bytes of `’`
/// followed by four ignorable bytes.
public struct Document: Sendable {
    /// 0xFF never occurs in valid UTF-8, so it can mark bytes to skip.
    public static let ignorable: UInt8 = 0xFF

    public let source: SourceText
    public let format: InputFormat
    /// Same length as `source.bytes`; prose with markup blanked out.
    public let view: [UInt8]
    /// Blocks of prose in document order.
    public let blocks: [Block]
    /// Hyperlinks in document order (Markdown and HTML; empty for text).
    public let links: [DocumentLink]
    /// What loading found worth telling the writer (e.g. HTML nested too
    /// deeply to keep its structure); reported as document findings along
    /// with `source.notes`.
    public var notes: [SourceNote] = []
    /// Byte ranges the format treats as literal text although they are
    /// blanked in the view (Markdown code blocks): a comment-like
    /// `<!-- … -->` there is shown code, not a directive.
    public var literalRanges: [Range<Int>] = []

    public init(source: SourceText, format: InputFormat, view: [UInt8], blocks: [Block], links: [DocumentLink] = [],
                notes: [SourceNote] = []) {
        precondition(view.count == source.bytes.count, "view must match source length")
        self.source = source
        self.format = format
        self.view = view
        self.blocks = blocks
        self.links = links
        self.notes = notes
    }

    /// Readable text of a range of the view: ignorable bytes dropped, runs of
    /// white space folded to one space, ends trimmed.
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound)
        let hi = min(view.count, range.upperBound)
        guard lo < hi else { return "" }
        // Written straight into the string's storage: every space written
        // stands for at least one white-space byte read, so the text is never
        // longer than the range. Invalid UTF-8 is repaired as by
        // `String(decoding:as:)`.
        return view.withUnsafeBufferPointer { v in
            String(unsafeUninitializedCapacity: hi - lo) { out in
                var n = 0
                var pendingSpace = false
                for i in lo..<hi {
                    let b = v[i]
                    if b == Document.ignorable { continue }
                    if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = b
                    n += 1
                }
                return n
            }
        }
    }
}

/// The input formats claimaudit reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    case text
    case markdown
    case html

    /// The format implied by a file name's extension, if any.
    public static func fromExtension(of path: String) -> InputFormat? {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }
}

/// One block of prose: a heading, paragraph or list item.
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case heading
        case paragraph
        case listItem = "list-item"
    }

    public let kind: Kind
    /// Byte range of the block's prose in the source (and view).
    public let range: Range<Int>
    /// Heading level 1–6 for headings; list nesting depth (1 = top) for list items; 0 otherwise.
    public let level: Int
    /// True when the block sits inside a block quote.
    public let quoted: Bool

    public init(kind: Kind, range: Range<Int>, level: Int = 0, quoted: Bool = false) {
        self.kind = kind
        self.range = range
        self.level = level
        self.quoted = quoted
    }
}

/// A hyperlink: the byte range of its anchor text and where it points.
public struct DocumentLink: Sendable, Hashable {
    /// UTF-8 byte offsets of the anchor text in the source (end exclusive).
    public let range: Range<Int>
    /// The destination as written (entities decoded for HTML).
    public let href: String

    public init(range: Range<Int>, href: String) {
        self.range = range
        self.href = href
    }
}
