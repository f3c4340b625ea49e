/// How a claim is sourced.
public enum AttributionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named person or organisation ("Meta said", "said Dr. Talcott").
    case named
    /// Unnamed sources ("according to sources", "people familiar with the plans").
    case anonymous
    /// The outlet's own reporting ("Axios has learned").
    case ownReporting = "own-reporting"
    /// A document or data ("filings show", "a report by the GAO found").
    case document
    /// Another news outlet ("Bloomberg reported").
    case outlet
    /// Labelled analysis or the writer's own judgement ("Why it matters:").
    case analysis
    /// No attribution.
    case none
}

/// What an attribution ascribes to its source: something said or written
/// (the default), a belief, knowledge or stance ("X believes", "X supports
/// the plan"), or an intention or wish ("X wants", "X plans to"). Set from the
/// lexicon family of the cue verb (`cue-verbs` → statement, `belief-verbs` →
/// belief, `intent-verbs` → intent). The kind (named, anonymous, …) still
/// comes from the source.
public enum AttributionMode: String, Sendable, Hashable, Codable, CaseIterable {
    case statement
    case belief
    case intent
}

/// A byte range of the input plus the readable text it covers.
public struct Span: Sendable, Hashable, Codable {
    /// UTF-8 byte offset into the input file (inclusive).
    public var start: Int
    /// UTF-8 byte offset into the input file (exclusive).
    public var end: Int
    /// The prose in the range, markup removed and white space folded.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public var range: Range<Int> { start..<end }
}

/// One answer to "who says so?" for a claim.
public struct Attribution: Sendable, Hashable, Codable {
    public var kind: AttributionKind
    /// The attributing words ("said", "according to"), when there are any.
    public var cue: Span?
    /// Who or what is the source ("Meta", "two aides"), when named in the text.
    public var source: Span?
    /// Id of the rule or analyser step that made this attribution.
    public var rule: String
    /// The statement attributed, when it can be delimited: for a quotation,
    /// from its opening to its closing mark (possibly across sentences).
    public var content: Span?
    /// For a pronoun source ("he said"): the last compatible named person or
    /// organisation before it, in the same or the previous paragraph.
    public var resolvedSource: Span?
    /// The source as the whole phrase that identifies it, when that is wider
    /// than `source`: the name with its appositive, identifying relative
    /// clause or party label ("Dana Okafor, a professor at Ridgeford",
    /// "Sen. Ada Lim (D-Ore.)"). This is the span PolNeAR annotates as the
    /// source; `source` stays the name itself.
    public var sourcePhrase: Span?
    /// Statement (default), belief or intent. Reports write it only when it
    /// is not `statement`.
    public var mode: AttributionMode
    /// The second piece of a statement split by its own attribution: in
    /// "“A,” she said, “B.”" or "“A,” she said. “B.”", `content` is A and
    /// this is B. The two pieces are one statement (PolNeAR marks them as
    /// one content of two pieces).
    public var contentContinuation: Span?

    public init(kind: AttributionKind, cue: Span?, source: Span?, rule: String,
                content: Span? = nil, resolvedSource: Span? = nil, sourcePhrase: Span? = nil,
                mode: AttributionMode = .statement, contentContinuation: Span? = nil) {
        self.kind = kind
        self.cue = cue
        self.source = source
        self.rule = rule
        self.content = content
        self.resolvedSource = resolvedSource
        self.sourcePhrase = sourcePhrase
        self.mode = mode
        self.contentContinuation = contentContinuation
    }

    private enum CodingKeys: String, CodingKey {
        case kind, cue, source, rule, content, resolvedSource, sourcePhrase, mode, contentContinuation
    }

    /// Reads reports that omit `mode` (every statement, and reports written
    /// before it existed) as statements.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(AttributionKind.self, forKey: .kind)
        cue = try c.decodeIfPresent(Span.self, forKey: .cue)
        source = try c.decodeIfPresent(Span.self, forKey: .source)
        rule = try c.decode(String.self, forKey: .rule)
        content = try c.decodeIfPresent(Span.self, forKey: .content)
        resolvedSource = try c.decodeIfPresent(Span.self, forKey: .resolvedSource)
        sourcePhrase = try c.decodeIfPresent(Span.self, forKey: .sourcePhrase)
        mode = try c.decodeIfPresent(AttributionMode.self, forKey: .mode) ?? .statement
        contentContinuation = try c.decodeIfPresent(Span.self, forKey: .contentContinuation)
    }
}
