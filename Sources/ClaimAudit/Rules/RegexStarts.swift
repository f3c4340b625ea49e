/// Where every match of a regex must begin, read off the pattern, so that
/// ICU is asked for a match only at those places (anchored, with
/// transparent bounds) instead of trying every position of the claim.
///
/// ICU's unanchored search runs its matcher at each position in turn; for
/// the shipped weasel patterns (a top-level `^…|…` alternation behind a
/// look-behind) it cannot skip any, and this per-position work was a fifth
/// of an audit. A match of a pattern whose every branch begins — after
/// zero-width assertions (`\b`, `\B`, look-arounds, `$`) and optional parts
/// (whose own first literals are added) — with an ASCII letter or digit
/// literal can only start where one of those literals occurs, or at the
/// claim's start for a branch behind `^`. Trying those places in order and
/// resuming after each match gives ICU's own leftmost, non-overlapping
/// matches. Anything else first (a class, `.`, `\s`, punctuation, a
/// back-reference, inline flags) gives no start set and the whole claim is
/// searched as before.
struct RegexStarts: Sendable {
    /// Literals a match may start with, lower-cased when case-insensitive.
    let literals: [[UInt8]]
    /// Per literal: the pattern puts `\b` right before it, so it cannot
    /// start a match right after an ASCII letter, digit or `_`.
    let bounded: [Bool]
    /// Per literal: the pattern puts `\b`, `\s`, `\W` or a space or
    /// punctuation character right after it, so it cannot be followed by
    /// an ASCII letter, digit or `_`.
    let boundedEnd: [Bool]
    /// Whether a match may start at the claim's first character (`^`).
    let atClaimStart: Bool
    let caseSensitive: Bool
    /// Literal indices by first byte.
    private let byFirstByte: [[Int]]

    init?(pattern: String, caseSensitive: Bool) {
        var parser = Parser(bytes: Array(pattern.utf8))
        guard let top = parser.parseAlternation(), parser.at == parser.bytes.count,
              let first = Self.first(of: [.group(top)]), !first.nullable,
              !first.literals.isEmpty || first.atStart else { return nil }
        var literals: [[UInt8]] = []
        var bounded: [Bool] = [], boundedEnd: [Bool] = []
        for (literal, isBounded, isBoundedEnd) in first.literals {
            let folded = caseSensitive ? literal : literal.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if let k = literals.firstIndex(of: folded) {
                bounded[k] = bounded[k] && isBounded
                boundedEnd[k] = boundedEnd[k] && isBoundedEnd
            } else {
                literals.append(folded)
                bounded.append(isBounded)
                boundedEnd.append(isBoundedEnd)
            }
        }
        self.boundedEnd = boundedEnd
        self.literals = literals
        self.bounded = bounded
        atClaimStart = first.atStart
        self.caseSensitive = caseSensitive
        var buckets = [[Int]](repeating: [], count: 256)
        for (i, literal) in literals.enumerated() { buckets[Int(literal[0])].append(i) }
        byFirstByte = buckets
    }

    /// UTF-16 offsets into `text` where a match may start, ascending; nil
    /// when the claim must be searched whole (it holds a character that ICU
    /// case folding turns into ASCII letters).
    func candidates(in text: ClaimText) -> [Int]? {
        var out: [Int] = []
        if atClaimStart { out.append(0) }
        let bytes = text.utf8
        var unit = 0
        var i = 0
        let n = bytes.count
        while i < n {
            var b = bytes[i]
            if b >= 0x80 {
                if b >= 0xC0 {
                    if !caseSensitive && Self.foldsToASCII(bytes, i) { return nil }
                    unit += b >= 0xF0 ? 2 : 1
                }
                i += 1
                continue
            }
            if !caseSensitive && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            let afterWord = i > 0 && RegexPrefilter.isASCIIWordByte(bytes[i - 1])
            for l in byFirstByte[Int(b)] where !(afterWord && bounded[l]) && occurs(literals[l], bytes, i)
                && !(boundedEnd[l] && i + literals[l].count < n && RegexPrefilter.isASCIIWordByte(bytes[i + literals[l].count])) {
                if out.last != unit { out.append(unit) }
                break
            }
            unit += 1
            i += 1
        }
        return out
    }

    @inline(__always)
    private func occurs(_ literal: [UInt8], _ bytes: [UInt8], _ at: Int) -> Bool {
        guard at + literal.count <= bytes.count else { return false }
        for k in 1..<literal.count {
            var b = bytes[at + k]
            if !caseSensitive && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != literal[k] { return false }
        }
        return true
    }

    /// `RegexPrefilter.foldsToASCII` on a byte array.
    static func foldsToASCII(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes.withUnsafeBufferPointer { RegexPrefilter.foldsToASCII($0, i, $0.count) }
    }

    /// What a sequence can start with.
    struct First {
        /// Each literal, and whether `\b` stands right before it on every path.
        var literals: [(bytes: [UInt8], bounded: Bool, boundedEnd: Bool)] = []
        var atStart = false
        /// The sequence can match the empty string.
        var nullable = true
    }

    /// The start set of the sequence `nodes`; nil when unknown. `bounded`:
    /// a `\b` is known to hold where the sequence starts.
    static func first(of nodes: [Node], bounded: Bool = false) -> First? {
        var acc = First()
        var bounded = bounded
        var i = 0
        while i < nodes.count {
            switch nodes[i] {
            case .wordBoundary:
                bounded = true
                i += 1
            case .zeroWidth:
                i += 1
            case .lineStart:
                acc.atStart = true
                acc.nullable = false
                return acc
            case .other, .nonWord:
                return nil
            case .char:
                var run: [UInt8] = []
                while i < nodes.count, case .char(let c) = nodes[i] { run.append(c); i += 1 }
                var boundedEnd = false
                if i < nodes.count {
                    switch nodes[i] {
                    case .nonWord, .wordBoundary: boundedEnd = true
                    case .repeated(.nonWord, let min): boundedEnd = min > 0
                    default: break
                    }
                }
                acc.literals.append((run, bounded, boundedEnd))
                acc.nullable = false
                return acc
            case .group(let branches):
                var nullable = false
                for branch in branches {
                    guard let f = first(of: branch, bounded: bounded) else { return nil }
                    acc.literals += f.literals
                    acc.atStart = acc.atStart || f.atStart
                    nullable = nullable || f.nullable
                }
                if !nullable { acc.nullable = false; return acc }
                i += 1
            case .repeated(let node, let min):
                guard let f = first(of: [node], bounded: bounded) else { return nil }
                acc.literals += f.literals
                acc.atStart = acc.atStart || f.atStart
                if min > 0 && !f.nullable { acc.nullable = false; return acc }
                i += 1
            }
        }
        return acc
    }

    indirect enum Node {
        /// An ASCII letter or digit matched as itself (case folded or not).
        case char(UInt8)
        /// Consumes at least one character, which may be anything.
        case other
        /// Consumes at least one character, none of them an ASCII word
        /// character: `\s`, `\W`, an ASCII space or punctuation literal.
        case nonWord
        /// `\B`, `$`, a look-around: matches no characters.
        case zeroWidth
        /// `\b`.
        case wordBoundary
        /// `^`.
        case lineStart
        /// A group: alternative sequences.
        case group([[Node]])
        /// An atom under a quantifier with this minimum count.
        case repeated(Node, min: Int)
    }

    /// Just enough of ICU's syntax; nil for anything it does not know.
    struct Parser {
        let bytes: [UInt8]
        var at = 0

        mutating func parseAlternation() -> [[Node]]? {
            var branches: [[Node]] = []
            while true {
                guard let seq = parseSequence() else { return nil }
                branches.append(seq)
                if at < bytes.count && bytes[at] == 0x7C { at += 1; continue }
                return branches
            }
        }

        mutating func parseSequence() -> [Node]? {
            var nodes: [Node] = []
            while at < bytes.count {
                let b = bytes[at]
                if b == 0x7C || b == 0x29 { break }
                var node: Node
                switch b {
                case 0x28: // (
                    at += 1
                    var lookaround = false
                    if at < bytes.count && bytes[at] == 0x3F {
                        let rest = Array(bytes[at...].prefix(3))
                        if rest.starts(with: [0x3F, 0x3A]) || rest.starts(with: [0x3F, 0x3E]) { at += 2 }
                        else if rest.starts(with: [0x3F, 0x3D]) || rest.starts(with: [0x3F, 0x21]) { at += 2; lookaround = true }
                        else if rest.starts(with: [0x3F, 0x3C, 0x3D]) || rest.starts(with: [0x3F, 0x3C, 0x21]) { at += 3; lookaround = true }
                        else { return nil } // named groups, inline flags, comments
                    }
                    guard let inner = parseAlternation(), at < bytes.count, bytes[at] == 0x29 else { return nil }
                    at += 1
                    node = lookaround ? .zeroWidth : .group(inner)
                case 0x5B: // [
                    guard skipClass() else { return nil }
                    node = .other
                case 0x5C: // \
                    guard at + 1 < bytes.count else { return nil }
                    let e = bytes[at + 1]
                    at += 2
                    if e == 0x62 { node = .wordBoundary }
                    else if e == 0x42 { node = .zeroWidth } // \B
                    else if e == 0x73 || e == 0x57 { node = .nonWord } // \s \W
                    else if [UInt8]("SdDw".utf8).contains(e) { node = .other }
                    else if e < 0x80 && !Self.isLiteralByte(e) { node = e == 0x5F ? .other : .nonWord } // escaped punctuation
                    else { return nil } // \A, \Q, \u, \1, …
                case 0x5E: at += 1; node = .lineStart
                case 0x24: at += 1; node = .zeroWidth
                case 0x2E: at += 1; node = .other
                case 0x2A, 0x2B, 0x3F, 0x7B: return nil // a quantifier with nothing before it
                default:
                    if Self.isLiteralByte(b) {
                        at += 1
                        node = .char(b)
                    } else if b < 0x80 {
                        at += 1
                        node = b == 0x5F ? .other : .nonWord // space or punctuation literal
                    } else {
                        at += 1
                        while at < bytes.count && bytes[at] & 0xC0 == 0x80 { at += 1 } // one scalar
                        node = .other
                    }
                }
                guard let q = parseQuantifier() else { return nil }
                if let min = q { node = .repeated(node, min: min) }
                nodes.append(node)
            }
            return nodes
        }

        static func isLiteralByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        mutating func skipClass() -> Bool { RegexSyntax.skipClass(bytes, &at) }

        /// nil: no quantifier; .some(min): a quantifier; outer nil: malformed.
        mutating func parseQuantifier() -> Int?? { RegexSyntax.quantifier(bytes, &at) }
    }
}
