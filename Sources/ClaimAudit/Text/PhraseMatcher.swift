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

    /// The trie, in flat arrays indexed by node (node 0 is the root), so a
    /// walk touches no reference-counted storage and hashes no `Hasher`:
    /// edges live in one open-addressed table keyed by (node, token key).
    private var edges = EdgeTable()
    /// Child reached by the `*` wildcard, or -1.
    private var wildcardChild: [Int32] = [-1]
    /// Number of children (wildcard included); 0 ends a walk early.
    private var childCount: [Int32] = [0]
    /// Payloads of each node as a singly linked list in `payloadValue` /
    /// `payloadNext`, in the order they were added; -1 when none.
    private var firstPayload: [Int32] = [-1]
    private var lastPayload: [Int32] = [-1]
    private var payloadValue: [Int] = []
    private var payloadNext: [Int32] = []
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
            var node: Int32 = 0
            for key in keys {
                node = child(of: node, key) ?? newChild(of: node, key)
            }
            let n = Int(node)
            var p = firstPayload[n]
            var present = false
            while p >= 0 {
                if payloadValue[Int(p)] == payload { present = true; break }
                p = payloadNext[Int(p)]
            }
            if !present {
                let index = Int32(payloadValue.count)
                payloadValue.append(payload)
                payloadNext.append(-1)
                if lastPayload[n] >= 0 { payloadNext[Int(lastPayload[n])] = index } else { firstPayload[n] = index }
                lastPayload[n] = index
                formCount += 1
            }
        }
    }

    @inline(__always)
    private func child(of node: Int32, _ key: UInt64) -> Int32? {
        if key == PhraseMatcher.wildcard {
            let c = wildcardChild[Int(node)]
            return c >= 0 ? c : nil
        }
        return edges.find(node, key)
    }

    private mutating func newChild(of node: Int32, _ key: UInt64) -> Int32 {
        let next = Int32(childCount.count)
        wildcardChild.append(-1)
        childCount.append(0)
        firstPayload.append(-1)
        lastPayload.append(-1)
        if key == PhraseMatcher.wildcard {
            wildcardChild[Int(node)] = next
        } else {
            edges.insert(node, key, next)
        }
        childCount[Int(node)] += 1
        return next
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
        let rootWildcard = wildcardChild[0] >= 0
        for start in r {
            // Most tokens start no phrase: test the root before walking.
            let token = tokens[start]
            guard edges.find(0, token.key) != nil || (token.kind == .word && rootWildcard) else { continue }
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

    private func walk(_ node: Int32, _ tokens: [Token], _ i: Int, _ end: Int, _ start: Int, _ out: inout [Match]) {
        let n = Int(node)
        if node != 0 {
            var p = firstPayload[n]
            while p >= 0 {
                out.append(Match(payload: payloadValue[Int(p)], tokens: start..<i))
                p = payloadNext[Int(p)]
            }
        }
        guard i < end, childCount[n] > 0 else { return }
        if let next = edges.find(node, tokens[i].key) { walk(next, tokens, i + 1, end, start, &out) }
        let wild = wildcardChild[n]
        if wild >= 0, tokens[i].kind == .word { walk(wild, tokens, i + 1, end, start, &out) }
    }

    public var isEmpty: Bool { childCount[0] == 0 }
}

/// Trie edges `(parent node, token key) → child node` in one open-addressed,
/// linearly probed table, at most half full. Token keys are already FNV
/// hashes, so a multiply-and-shift mix is enough (no SipHash per lookup).
struct EdgeTable: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    /// Parent node of each slot, -1 when the slot is empty.
    private var parents: [Int32] = Array(repeating: -1, count: 16)
    private var children: [Int32] = Array(repeating: 0, count: 16)
    private var count = 0

    @inline(__always)
    private static func slot(_ parent: Int32, _ key: UInt64, _ mask: Int) -> Int {
        var h = (key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    @inline(__always)
    func find(_ parent: Int32, _ key: UInt64) -> Int32? {
        let mask = parents.count - 1
        var i = Self.slot(parent, key, mask)
        while true {
            let p = parents[i]
            if p < 0 { return nil }
            if p == parent && keys[i] == key { return children[i] }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ parent: Int32, _ key: UInt64, _ child: Int32) {
        if (count + 1) * 2 > parents.count { grow() }
        let mask = parents.count - 1
        var i = Self.slot(parent, key, mask)
        while parents[i] >= 0 {
            if parents[i] == parent && keys[i] == key { children[i] = child; return }
            i = (i + 1) & mask
        }
        parents[i] = parent
        keys[i] = key
        children[i] = child
        count += 1
    }

    private mutating func grow() {
        let old = (keys, parents, children)
        let size = parents.count * 2
        keys = Array(repeating: 0, count: size)
        parents = Array(repeating: -1, count: size)
        children = Array(repeating: 0, count: size)
        count = 0
        for i in old.1.indices where old.1[i] >= 0 { insert(old.1[i], old.0[i], old.2[i]) }
    }
}
