/// The tokens of one segment with what the attribution grammar asks about
/// them: where quotations open and close and which tokens are quoted.
///
/// A segment is one sentence from the segmenter, so `sentences` holds one
/// range covering every token. (An earlier second sentence split on tokens
/// here was removed: on PolNeAR train and dev it changed no figure by more
/// than 0.001.)
struct ClaimTokens {
    enum QuoteMark: UInt8 { case none, open, close }

    let view: [UInt8]
    /// The byte range the tokens were made from (the segment's).
    let range: Range<Int>
    let tokens: [Token]
    /// Per token: is it an opening or closing quotation mark?
    private(set) var marks: [QuoteMark]
    /// Per token: inside a quotation (quotation marks themselves excluded).
    private(set) var quoted: [Bool]
    /// Sentences as token index ranges, in order, covering every token (one:
    /// the segment).
    private(set) var sentences: [Range<Int>] = []
    /// Per token: index into `sentences`.
    private(set) var sentenceIndex: [Int]

    /// - Parameters:
    ///   - quotations: quotations from the segmenter, used only for a segment
    ///     that has no quotation marks of its own (a middle sentence of a
    ///     long quotation).
    init(view: [UInt8], range: Range<Int>, quotations: [Quotation]) {
        self.view = view
        self.range = range
        let tokens = Tokenizer.tokens(in: view, range: range)
        self.tokens = tokens
        marks = Array(repeating: .none, count: tokens.count)
        quoted = Array(repeating: false, count: tokens.count)
        sentenceIndex = Array(repeating: 0, count: tokens.count)
        for i in tokens.indices { marks[i] = ClaimTokens.quoteMark(view, tokens[i]) }
        // A segment with quotation marks of its own is paired locally, which
        // survives mismatched marks elsewhere in the paragraph; one without
        // marks is quoted when a (trusted) quotation of the segmenter covers it.
        let overlapping = quotations.filter { $0.range.overlaps(range) }
        if marks.contains(where: { $0 != .none }) || overlapping.isEmpty {
            pairMarks()
        } else {
            var q = 0
            for i in tokens.indices {
                let s = tokens[i].start
                while q < overlapping.count && overlapping[q].content.upperBound <= s { q += 1 }
                if q < overlapping.count && overlapping[q].content.contains(s) && marks[i] == .none { quoted[i] = true }
            }
        }
        sentences = [0..<tokens.count]
    }

    var count: Int { tokens.count }

    // MARK: - Token tests

    @inline(__always) func key(_ i: Int) -> UInt64 { tokens[i].key }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind != .punctuation }
    @inline(__always) func isPunct(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { tokens[i].isCapitalized }
    @inline(__always) func `in`(_ i: Int, _ set: Set<UInt64>) -> Bool { i >= 0 && i < tokens.count && set.contains(tokens[i].key) }

    /// True when token `i` is the one-byte punctuation `b`.
    /// True for an apostrophe token (`'` or `’`), as left by a plural
    /// possessive such as "workers' union".
    func isApostrophe(_ i: Int) -> Bool {
        guard isPunct(i) else { return false }
        let r = tokens[i].range
        if r.count == 1 { return view[r.lowerBound] == 0x27 }
        return r.count == 3 && view[r.lowerBound] == 0xE2 && view[r.lowerBound + 1] == 0x80 && view[r.lowerBound + 2] == 0x99
    }

    @inline(__always) func isByte(_ i: Int, _ b: UInt8) -> Bool {
        guard isPunct(i) else { return false }
        let t = tokens[i]
        return t.range.count == 1 && view[t.start] == b
    }

    func isComma(_ i: Int) -> Bool { isByte(i, 0x2C) }
    func isColon(_ i: Int) -> Bool { isByte(i, 0x3A) }
    func isPeriod(_ i: Int) -> Bool { isByte(i, 0x2E) }

    /// Dashes that set off a clause: `—`, `–`, `--` (as two hyphens).
    func isDash(_ i: Int) -> Bool {
        guard isPunct(i) else { return false }
        let t = tokens[i]
        if t.range.count == 3 && view[t.start] == 0xE2 && view[t.start + 1] == 0x80 {
            let c = view[t.start + 2]
            return c == 0x93 || c == 0x94
        }
        return t.range.count == 1 && view[t.start] == 0x2D
    }

    /// Sentence-ending punctuation.
    func isTerminal(_ i: Int) -> Bool {
        guard isPunct(i) else { return false }
        let t = tokens[i]
        if t.range.count == 1 { let b = view[t.start]; return b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3B }
        // … (E2 80 A6)
        return t.range.count == 3 && view[t.start] == 0xE2 && view[t.start + 1] == 0x80 && view[t.start + 2] == 0xA6
    }

    /// True when the word at `i` ends with the ASCII letters `suffix` (lower case).
    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        let n = suffix.utf8CodeUnitCount
        guard r.count > n else { return false }
        let buf = suffix.utf8Start
        for k in 0..<n where (view[r.upperBound - n + k] | 0x20) != buf[k] { return false }
        return true
    }

    /// Number of bytes in the word at `i`.
    func length(_ i: Int) -> Int { tokens[i].range.count }

    /// True for a word that is an adverb by its form ("-ly") or by the list.
    func isAdverb(_ i: Int) -> Bool {
        guard isWord(i), !isCapitalized(i) else { return false }
        if self.in(i, FunctionWords.adverbs) { return true }
        return length(i) > 4 && endsWith(i, "ly") && !self.in(i, FunctionWords.lyNouns)
    }

    /// "Mr." / "Sen." / "Jan.": a period that belongs to the word before it.
    func isAbbreviationPeriod(_ i: Int) -> Bool {
        isPeriod(i) && i > 0 && isWord(i - 1) && tokens[i - 1].end == tokens[i].start && self.in(i - 1, FunctionWords.titles)
    }

    func sentence(of i: Int) -> Range<Int> { sentences[sentenceIndex[i]] }

    /// Byte range covered by tokens `r` (non-empty).
    func bytes(_ r: Range<Int>) -> Range<Int> { tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end }

    // MARK: - Quotations

    static func quoteMark(_ view: [UInt8], _ t: Token) -> QuoteMark {
        guard t.kind == .punctuation else { return .none }
        let s = t.start
        if t.range.count == 3 && view[s] == 0xE2 && view[s + 1] == 0x80 {
            // A mark the wrong way round is read by its position, with the
            // quotation finder's own test.
            return view.withUnsafeBufferPointer { buf in
                switch buf[s + 2] {
                case 0x9C: QuotationFinder.inClosingPosition(s, buf, floor: 0, end: buf.count) ? .close : .open    // “
                case 0x9D: QuotationFinder.inOpeningPosition(s, buf, floor: 0, end: buf.count) ? .open : .close    // ”
                default: .none
                }
            }
        }
        if t.range.count == 2 && view[s] == 0xC2 {
            if view[s + 1] == 0xAB { return .open }   // «
            if view[s + 1] == 0xBB { return .close }  // »
        }
        // '' and `` (typewriter quotes): both tokens of the pair are marks.
        if t.range.count == 1 && (view[s] == 0x27 || view[s] == 0x60) {
            let pairedAfter = s + 1 < view.count && view[s + 1] == view[s]
            let pairedBefore = s > 0 && view[s - 1] == view[s]
            guard pairedAfter || pairedBefore else { return .none }
            if view[s] == 0x60 { return .open }
            let first = pairedAfter ? s : s - 1
            if first == 0 { return .open }
            let p = view[first - 1]
            return (p == 0x20 || p == 0x0A || p == 0x0D || p == 0x09 || p == 0x28 || p == 0x5B) ? .open : .close
        }
        if t.range.count == 1 && view[s] == 0x22 {
            // A straight quote opens after white space or an opening bracket.
            if s == 0 { return .open }
            let p = view[s - 1]
            return (p == 0x20 || p == 0x0A || p == 0x0D || p == 0x09 || p == 0x28 || p == 0x5B) ? .open : .close
        }
        return .none
    }

    /// Pairs quotation marks inside the segment. An opening mark without a
    /// closing one quotes the rest of the segment (a quotation carried into
    /// the next paragraph); a closing mark without an opening one quotes from
    /// the start (the end of a carried quotation).
    private mutating func pairMarks() {
        guard marks.contains(where: { $0 != .none }) else { return }
        var open: Int? = nil
        var sawAny = false
        for i in tokens.indices {
            switch marks[i] {
            case .open:
                if open == nil { open = i }
                sawAny = true
            case .close:
                if let o = open {
                    for k in (o + 1)..<i { quoted[k] = true }
                    open = nil
                } else if !sawAny {
                    for k in 0..<i where marks[k] == .none { quoted[k] = true }
                }
                sawAny = true
            case .none:
                break
            }
        }
        if let o = open, o + 1 < tokens.count {
            for k in (o + 1)..<tokens.count { quoted[k] = true }
        }
    }

}
