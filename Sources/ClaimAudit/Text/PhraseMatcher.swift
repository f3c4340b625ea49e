/// A compiled set of phrases matched over tokens in one pass.
///
/// Phrases are split into words with the same tokenizer as the text, so
/// "U.S. officials" or "according to" compare token by token, by `Token.key`
/// (case-insensitive, ’ = '). The phrases form a trie; `matches(in:)` walks it
/// from each token, so the cost is linear in the number of tokens times the
/// longest phrase, independent of how many phrases there are.
public struct PhraseMatcher: Sendable {
    /// One occurrence of a phrase.
    public struct Match: Sendable, Hashable {
        /// What the caller attached to the phrase (e.g. a rule index).
        public var payload: Int
        /// Index range into the token array that was searched.
        public var tokens: Range<Int>
    }

    struct Node: Sendable {
        var children: [UInt64: Int32] = [:]
        var payloads: [Int] = []
    }

    private var nodes: [Node] = [Node()]
    /// Number of phrase forms compiled in (after inflection).
    public private(set) var formCount = 0

    public init() {}

    /// Compiles `(phrase, payload)` pairs. With `inflect`, the first word of
    /// each phrase also matches its inflected forms (see `Inflector`).
    public init(_ phrases: [(String, Int)], inflect: Bool = false) {
        for (phrase, payload) in phrases { add(phrase, payload: payload, inflect: inflect) }
    }

    /// Adds one phrase. `*` as a whole word matches any single word token.
    public mutating func add(_ phrase: String, payload: Int, inflect: Bool = false) {
        let forms = inflect ? Inflector.phraseForms(of: phrase) : [phrase]
        for form in forms {
            let keys = PhraseMatcher.keys(of: form)
            guard !keys.isEmpty else { continue }
            var node = 0
            for key in keys {
                if let next = nodes[node].children[key] {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    let next = nodes.count - 1
                    nodes[node].children[key] = Int32(next)
                    node = next
                }
            }
            if !nodes[node].payloads.contains(payload) {
                nodes[node].payloads.append(payload)
                formCount += 1
            }
        }
    }

    /// Token keys of a phrase, tokenized exactly as article text is.
    public static func keys(of phrase: String) -> [UInt64] {
        let bytes = Array(phrase.utf8)
        return Tokenizer.tokens(in: bytes, range: 0..<bytes.count).map { token in
            bytes[token.range].elementsEqual("*".utf8) ? wildcard : token.key
        }
    }

    static let wildcard: UInt64 = 0x2A2A_2A2A_2A2A_2A2A

    /// Every match of every phrase in `tokens[range]`, ordered by start, then
    /// longest first. Overlapping matches are all reported.
    public func matches(in tokens: [Token], range: Range<Int>? = nil) -> [Match] {
        let r = range ?? tokens.indices
        var out: [Match] = []
        let root = nodes[0].children
        for start in r {
            // Most tokens start no phrase: test the root before walking.
            let token = tokens[start]
            guard root[token.key] != nil || (token.kind == .word && root[PhraseMatcher.wildcard] != nil) else { continue }
            let first = out.count
            walk(0, tokens, start, r.upperBound, start, &out)
            if out.count - first > 1 { out[first...].sort { $0.tokens.upperBound > $1.tokens.upperBound } }
        }
        return out
    }

    /// Matches that start exactly at token `start`, longest first.
    public func matches(in tokens: [Token], at start: Int, limit: Int? = nil) -> [Match] {
        var found: [Match] = []
        walk(0, tokens, start, limit ?? tokens.count, start, &found)
        found.sort { $0.tokens.upperBound > $1.tokens.upperBound }
        return found
    }

    private func walk(_ node: Int, _ tokens: [Token], _ i: Int, _ end: Int, _ start: Int, _ out: inout [Match]) {
        if node != 0 {
            for p in nodes[node].payloads { out.append(Match(payload: p, tokens: start..<i)) }
        }
        guard i < end else { return }
        let children = nodes[node].children
        if children.isEmpty { return }
        if let next = children[tokens[i].key] { walk(Int(next), tokens, i + 1, end, start, &out) }
        if tokens[i].kind == .word, let next = children[PhraseMatcher.wildcard] {
            walk(Int(next), tokens, i + 1, end, start, &out)
        }
    }

    public var isEmpty: Bool { nodes[0].children.isEmpty }
}
