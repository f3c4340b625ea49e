/// Counts and precision, recall and F1 for one measure.
public struct EvalFigures: Sendable, Hashable, Codable {
    /// Matched pairs (spans) or shared words.
    public var tp: Int
    public var predicted: Int
    public var gold: Int

    public init(tp: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.tp = tp
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted == 0 ? 0 : Double(tp) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(tp) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    /// F1 for ranking documents: a document with nothing to find and nothing
    /// found is perfect, not zero.
    var documentF1: Double { gold == 0 && predicted == 0 ? 1 : f1 }

    static func += (a: inout EvalFigures, b: EvalFigures) {
        a.tp += b.tp
        a.predicted += b.predicted
        a.gold += b.gold
    }

    enum CodingKeys: String, CodingKey { case tp, predicted, gold, precision, recall, f1 }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tp = try c.decode(Int.self, forKey: .tp)
        predicted = try c.decode(Int.self, forKey: .predicted)
        gold = try c.decode(Int.self, forKey: .gold)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tp, forKey: .tp)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(gold, forKey: .gold)
        try c.encode(EvalFigures.round(precision), forKey: .precision)
        try c.encode(EvalFigures.round(recall), forKey: .recall)
        try c.encode(EvalFigures.round(f1), forKey: .f1)
    }

    static func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}

/// Span figures under both kinds of matching.
public struct SpanFigures: Sendable, Hashable, Codable {
    /// Spans match when they share a word token.
    public var partial = EvalFigures()
    /// Spans match when they cover the same word tokens.
    public var exact = EvalFigures()

    static func += (a: inout SpanFigures, b: SpanFigures) {
        a.partial += b.partial
        a.exact += b.exact
    }
}

/// How often a cue text was missed or wrongly found.
public struct CueCount: Sendable, Hashable, Codable {
    public var text: String
    public var count: Int
}

/// The scores of one evaluated (text, annotator) pair.
public struct DocumentScore: Sendable, Hashable, Codable {
    public var name: String
    public var annotator: String
    public var cue = SpanFigures()
    public var source = SpanFigures()
    public var content = SpanFigures()
    public var attributedWords = EvalFigures()

    /// Mean of the partial cue, source and content F1 and the
    /// attributed-words F1: lower is worse.
    public var score: Double {
        (cue.partial.documentF1 + source.partial.documentF1 + content.partial.documentF1 + attributedWords.documentF1) / 4
    }
}

/// The result of `claimaudit eval` on one corpus.
public struct EvalResult: Sendable, Codable {
    public var corpus: String
    /// Number of (text, annotator) pairs evaluated.
    public var documents: Int
    /// `first` or `all`.
    public var annotators: String
    public var cue = SpanFigures()
    public var source = SpanFigures()
    public var content = SpanFigures()
    /// Words inside a gold cue, source or content against words inside a
    /// claim the tool attributes to a source (any kind but none or analysis).
    public var attributedWords = EvalFigures()
    /// The 20 gold cues most often missed (lower-cased text).
    public var missedCues: [CueCount] = []
    /// The 20 most frequent predicted cues that match no gold cue.
    public var falseCues: [CueCount] = []
    /// Every document, worst first.
    public var perDocument: [DocumentScore] = []

    /// Names accepted by `f1(of:)` (and `claimaudit eval --floor`).
    public static let measureNames = ["cue-partial", "cue-exact", "source-partial", "source-exact",
                                      "content-partial", "content-exact", "attributed-words"]

    /// The F1 of a measure named as in `measureNames`.
    public func f1(of name: String) -> Double? {
        switch name {
        case "cue-partial": cue.partial.f1
        case "cue-exact": cue.exact.f1
        case "source-partial": source.partial.f1
        case "source-exact": source.exact.f1
        case "content-partial": content.partial.f1
        case "content-exact": content.exact.f1
        case "attributed-words": attributedWords.f1
        default: nil
        }
    }
}
