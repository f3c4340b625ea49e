/// Literal words a regex cannot match without, read off the pattern, so
/// that claims lacking them never reach ICU. With the shipped weasel and
/// hedging patterns (long alternations, look-behinds) running ICU on every
/// claim was three quarters of an audit.
///
/// The pattern is parsed just enough to know, for each part, which runs of
/// ASCII letters and digits every match must contain: a run is required
/// unless it sits under a quantifier that allows zero, inside a look-around,
/// or in one branch of an alternation (then one of the branches' runs is
/// required). The result is a disjunction of terms, each a conjunction of
/// "one of these literals" sets; a claim passes when some term has every
/// set present as a substring (ASCII case-folded for case-insensitive
/// patterns, ignorable bytes skipped). This only over-approximates, so
/// skipping a claim is safe. Constructs it does not understand (inline
/// flags, `\Q…\E`, Unicode escapes, nested classes) give no prefilter: the
/// regex then runs on every claim, as before. A claim holding a letter
/// that ICU folds to ASCII letters (`ſ`, `K`, `ß`…) always runs the regex.
///
/// A literal whose start (or end) the pattern puts at a word boundary —
/// right after `\b`, `\s`, `\W` or an ASCII punctuation or space literal,
/// or before one — only counts where the claim has no ASCII word byte
/// (letter, digit, `_`) just before (after) it, so "some" bounded by `\b`
/// is not found in "someone". A non-ASCII neighbour always counts as a
/// boundary, and so does the edge of the claim: the check stays an
/// over-approximation.
struct RegexPrefilter: Sendable {
    /// Every literal, lower-cased when the pattern is case-insensitive.
    let literals: [[UInt8]]
    /// Whether each literal must start (end) at a word boundary.
    let boundedStart: [Bool]
    let boundedEnd: [Bool]
    /// Disjunction of terms; a term is a list of sets of literal indices.
    let terms: [[[Int]]]
    let caseSensitive: Bool
    /// Literal indices by first byte, for one pass over the claim.
    private let byFirstByte: [[Int]]

    init?(pattern: String, caseSensitive: Bool) {
        var parser = Parser(bytes: Array(pattern.utf8), caseSensitive: caseSensitive)
        guard let requirement = parser.parseAlternation(), parser.at == parser.bytes.count,
              let dnf = requirement, !dnf.isEmpty, !dnf.contains(where: \.isEmpty) else { return nil }
        var literals: [[UInt8]] = []
        var index: [[UInt8]: Int] = [:]
        var starts: [Bool] = [], ends: [Bool] = []
        func id(_ literal: [UInt8]) -> Int {
            if let i = index[literal] { return i }
            var bytes = literal
            let start = bytes.first == Parser.boundaryMark, end = bytes.last == Parser.boundaryMark
            bytes.removeAll { $0 == Parser.boundaryMark }
            literals.append(bytes)
            starts.append(start)
            ends.append(end)
            index[literal] = literals.count - 1
            return literals.count - 1
        }
        terms = dnf.map { term in term.map { set in set.map(id) } }
        self.literals = literals
        boundedStart = starts
        boundedEnd = ends
        self.caseSensitive = caseSensitive
        var buckets = [[Int]](repeating: [], count: 256)
        for (i, literal) in literals.enumerated() { buckets[Int(literal[0])].append(i) }
        byFirstByte = buckets
    }

    /// False only when no match of the regex can lie in `range` of `view`.
    func mayMatch(_ view: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = min(range.upperBound, view.count)
        var found = [Bool](repeating: false, count: literals.count)
        var i = max(0, range.lowerBound)
        while i < end {
            var b = view[i]
            if b >= 0x80 {
                if !caseSensitive && Self.foldsToASCII(view, i, end) { return true }
                i += 1
                continue
            }
            if !caseSensitive && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            for l in byFirstByte[Int(b)] where !found[l] && matches(l, view, i, range.lowerBound, end) { found[l] = true }
            i += 1
        }
        return terms.contains { term in term.allSatisfy { set in set.contains { found[$0] } } }
    }

    /// Scalars whose case folding contains ASCII letters, which ICU's
    /// case-insensitive matching compares as those letters: ß, İ, ŉ, ſ, ǰ,
    /// ẖ–ẞ, K and the ﬀ–ﬆ ligatures.
    static func foldsToASCII(_ v: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let b = v[i], c = v[i + 1]
        switch b {
        case 0xC3: return c == 0x9F
        case 0xC4: return c == 0xB0
        case 0xC5: return c == 0x89 || c == 0xBF
        case 0xC7: return c == 0xB0
        case 0xE1: return i + 2 < end && c == 0xBA && (0x96...0x9E).contains(v[i + 2])
        case 0xE2: return i + 2 < end && c == 0x84 && v[i + 2] == 0xAA
        case 0xEF: return i + 2 < end && c == 0xAC && (0x80...0x86).contains(v[i + 2])
        default: return false
        }
    }

    /// Whether literal `l` occurs at `start` (ignorable bytes skipped), with
    /// the word boundaries it needs; `lower`/`end` bound the claim.
    @inline(__always)
    private func matches(_ l: Int, _ view: UnsafeBufferPointer<UInt8>, _ start: Int, _ lower: Int, _ end: Int) -> Bool {
        var i = start
        for w in literals[l] {
            while i < end && view[i] == Document.ignorable { i += 1 }
            guard i < end else { return false }
            var b = view[i]
            if !caseSensitive && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != w { return false }
            i += 1
        }
        if boundedStart[l] {
            var j = start - 1
            while j >= lower && view[j] == Document.ignorable { j -= 1 }
            if j >= lower && Self.isASCIIWordByte(view[j]) { return false }
        }
        if boundedEnd[l] {
            while i < end && view[i] == Document.ignorable { i += 1 }
            if i < end && Self.isASCIIWordByte(view[i]) { return false }
        }
        return true
    }

    /// ASCII bytes ICU's `\w` matches: letters, digits, `_`.
    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// What every match must contain: nil = nothing known; otherwise a
    /// disjunction of terms, each a list of literal sets that must all be
    /// present (one literal of each set).
    typealias Requirement = [[[[UInt8]]]]?

    struct Parser {
        let bytes: [UInt8]
        let caseSensitive: Bool
        var at = 0

        init(bytes: [UInt8], caseSensitive: Bool) {
            self.bytes = bytes
            self.caseSensitive = caseSensitive
        }

        /// Put before (after) a literal's bytes when it must start (end) at
        /// a word boundary; literal bytes are ASCII letters and digits only.
        static let boundaryMark: UInt8 = 0x01

        /// Whether the atom at `p` matches, at least once, only at a word
        /// boundary or on non-word characters: `\b`, `\s`, `\W`, or an
        /// ASCII space or punctuation literal, not made optional.
        func givesBoundary(_ p: Int) -> Bool {
            guard p < bytes.count else { return false }
            let b = bytes[p]
            var next = p + 1
            if b == 0x5C {
                guard p + 1 < bytes.count, [UInt8]("bsW".utf8).contains(bytes[p + 1]) else { return false }
                next = p + 2
            } else if Self.isLiteralByte(b) || b >= 0x80 || [UInt8]("_()[]{}|.^$*+?#".utf8).contains(b) {
                return false
            }
            return !(next < bytes.count && [UInt8]("?*{".utf8).contains(bytes[next]))
        }

        /// Whether the position after an atom ending at `p` is the end of
        /// the sequence (`|`, `)` or the end of the pattern).
        func endsSequence(_ p: Int) -> Bool {
            p >= bytes.count || bytes[p] == 0x7C || bytes[p] == 0x29
        }

        static func isLiteralByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        /// Parses `a|b|…` up to `)` or the end. Outer nil: not understood.
        /// `left`/`right`: whether every branch starts/ends at a word boundary.
        mutating func parseAlternation(left: Bool = false, right: Bool = false) -> Requirement? {
            var branches: [Requirement] = []
            while true {
                guard let branch = parseSequence(left: left, right: right) else { return nil }
                branches.append(branch)
                if at < bytes.count && bytes[at] == 0x7C { at += 1; continue }
                break
            }
            if branches.count == 1 { return branches[0] }
            var terms: [[[[UInt8]]]] = []
            for branch in branches {
                guard let dnf = branch, !dnf.contains(where: \.isEmpty) else { return .some(nil) }
                terms += dnf
            }
            return .some(terms.count > 16 ? [[Self.collapse(terms)]] : terms)
        }

        /// One set standing for a disjunction: each term's most selective set, merged.
        static func collapse(_ terms: [[[[UInt8]]]]) -> [[UInt8]] {
            var merged: [[UInt8]] = []
            for term in terms {
                for literal in best(term) where !merged.contains(literal) { merged.append(literal) }
            }
            return merged
        }

        /// The set whose shortest literal is longest (the rarest to find).
        static func best(_ term: [[[UInt8]]]) -> [[UInt8]] {
            term.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) } ?? []
        }

        /// Parses atoms up to `|`, `)` or the end; `left`/`right`: whether
        /// the sequence starts/ends at a word boundary.
        mutating func parseSequence(left: Bool = false, right: Bool = false) -> Requirement? {
            var term: [[[UInt8]]] = [] // sets required together (single-term so far)
            var terms: [[[[UInt8]]]]? = nil // when one child is itself a disjunction kept whole
            var run: [UInt8] = []
            var pending = left // the next atom starts at a word boundary
            var runStart = false // the current run starts at a word boundary
            func flush(_ bounded: Bool) {
                if !run.isEmpty {
                    term.append([(runStart ? [Self.boundaryMark] : []) + run + (bounded ? [Self.boundaryMark] : [])])
                    run = []
                }
            }
            while at < bytes.count {
                let b = bytes[at]
                if b == 0x7C || b == 0x29 { break }
                if Self.isLiteralByte(b) {
                    at += 1
                    let q = parseQuantifier()
                    guard let q else { return nil }
                    let c = caseSensitive ? b : (b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    if q.min == 0 {
                        flush(false)
                    } else if q.isOne {
                        if run.isEmpty { runStart = pending }
                        run.append(c)
                    } else {
                        flush(false)
                        run = [c]
                        runStart = pending
                        flush(false)
                    }
                    pending = false
                    continue
                }
                let bounds = givesBoundary(at)
                flush(bounds)
                var child: Requirement = nil
                switch b {
                case 0x28: // (
                    at += 1
                    var lookaround = false
                    if at < bytes.count && bytes[at] == 0x3F { // ?
                        let rest = Array(bytes[at...].prefix(3))
                        if rest.starts(with: [0x3F, 0x3A]) || rest.starts(with: [0x3F, 0x3E]) { at += 2 } // (?:  (?>
                        else if rest.starts(with: [0x3F, 0x3D]) || rest.starts(with: [0x3F, 0x21]) { at += 2; lookaround = true } // (?= (?!
                        else if rest.starts(with: [0x3F, 0x3C, 0x3D]) || rest.starts(with: [0x3F, 0x3C, 0x21]) { at += 3; lookaround = true } // (?<= (?<!
                        else if rest.starts(with: [0x3F, 0x3C]) { // (?<name>
                            guard let close = bytes[at...].firstIndex(of: 0x3E) else { return nil }
                            at = close + 1
                        } else { return nil } // inline flags, comments, …
                    }
                    // Find the group's end first to know whether it is followed by a boundary.
                    var probe = self
                    _ = probe.parseAlternation()
                    var groupLeft = false, groupRight = false
                    if !lookaround && probe.at < bytes.count && bytes[probe.at] == 0x29 {
                        let after = probe.at + 1
                        let quantified = after < bytes.count && [UInt8]("?*+{".utf8).contains(bytes[after])
                        groupLeft = pending && !quantified
                        groupRight = !quantified && (givesBoundary(after) || (endsSequence(after) && right))
                    }
                    guard let inner = parseAlternation(left: groupLeft, right: groupRight),
                          at < bytes.count, bytes[at] == 0x29 else { return nil }
                    at += 1
                    child = lookaround ? nil : inner
                case 0x5B: // [
                    guard skipClass() else { return nil }
                case 0x5C: // \
                    guard at + 1 < bytes.count else { return nil }
                    let e = bytes[at + 1]
                    if Self.isLiteralByte(e) {
                        // Only the common class and boundary escapes; others may denote letters.
                        guard [UInt8]("bBsSdDwW".utf8).contains(e) else { return nil }
                    }
                    at += 2
                case 0x2E, 0x5E, 0x24: // . ^ $
                    at += 1
                default:
                    guard b < 0x80, b != 0x7B, b != 0x2A, b != 0x2B, b != 0x3F else { return nil }
                    at += 1 // other punctuation or space: a literal that breaks runs
                }
                guard let q = parseQuantifier() else { return nil }
                pending = bounds && b != 0x28
                if q.min == 0 { child = nil }
                guard let dnf = child, !dnf.contains(where: \.isEmpty) else { continue }
                if dnf.count == 1 {
                    term += dnf[0]
                } else if terms == nil && term.isEmpty {
                    terms = dnf
                } else {
                    term.append(Self.collapse(dnf))
                }
            }
            flush(right)
            if var terms {
                // A disjunction kept whole: the other sets join every term.
                for i in terms.indices { terms[i] += term }
                return .some(terms)
            }
            return .some(term.isEmpty ? nil : [Array(term.prefix(8))])
        }

        mutating func skipClass() -> Bool { RegexSyntax.skipClass(bytes, &at) }

        /// A quantifier after an atom, if any: its minimum, and whether there
        /// was none (exactly one). Nil when malformed.
        mutating func parseQuantifier() -> (min: Int, isOne: Bool)? {
            guard let q = RegexSyntax.quantifier(bytes, &at) else { return nil }
            guard let min = q else { return (1, true) }
            return (min, false)
        }
    }
}
