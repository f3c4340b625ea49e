/// The word tokens of one evaluated text, for comparing spans by the words
/// they cover rather than by exact offsets.
///
/// A word is a run of letters and digits, joined across an inner apostrophe
/// (`'`, `’`), period or hyphen ("don't", "U.S.", "co-founder"). A span that
/// covers no word (PolNeAR marks a bare ":" as a cue) is represented by its
/// non-space characters instead, so ":" still matches ":".
struct WordIndex {
    /// Per byte of the text: the index of the word it belongs to, or -1.
    private(set) var owner: [Int32]
    /// Per byte: true when it starts a visible non-word character.
    private(set) var mark: [Bool]
    /// Byte offset of every Unicode scalar, plus the byte count at the end:
    /// converts BRAT's code point offsets.
    private(set) var scalarStarts: [Int]
    private(set) var wordRanges: [Range<Int>] = []

    init(bytes: [UInt8]) {
        owner = Array(repeating: -1, count: bytes.count)
        mark = Array(repeating: false, count: bytes.count)
        scalarStarts = []
        scalarStarts.reserveCapacity(bytes.count + 1)
        // Classify scalars first.
        var kinds: [UInt8] = []   // 0 space, 1 word char, 2 joiner, 3 other
        kinds.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let (scalar, length) = WordIndex.decode(bytes, at: i)
            scalarStarts.append(i)
            kinds.append(WordIndex.kind(of: scalar))
            i += length
        }
        scalarStarts.append(n)
        var s = 0
        let count = kinds.count
        while s < count {
            if kinds[s] == 1 {
                var e = s + 1
                while e < count {
                    if kinds[e] == 1 { e += 1; continue }
                    if kinds[e] == 2 && e + 1 < count && kinds[e + 1] == 1 { e += 2; continue }
                    break
                }
                let r = scalarStarts[s]..<scalarStarts[e]
                let w = Int32(wordRanges.count)
                wordRanges.append(r)
                for b in r { owner[b] = w }
                s = e
            } else {
                if kinds[s] != 0 { mark[scalarStarts[s]] = true }
                s += 1
            }
        }
    }

    var scalarCount: Int { scalarStarts.count - 1 }

    /// Byte range of a code point range, or nil when it lies outside the text.
    func byteRange(codePoints r: Range<Int>) -> Range<Int>? {
        guard r.lowerBound >= 0, r.upperBound <= scalarCount else { return nil }
        return scalarStarts[r.lowerBound]..<scalarStarts[r.upperBound]
    }

    /// The tokens a span covers: word indices, or (for a span with no word)
    /// its visible marks encoded as `-(byte + 1)`.
    func tokens(_ pieces: [Range<Int>]) -> Set<Int> {
        var words = Set<Int>()
        var marks = Set<Int>()
        for r in pieces {
            let lo = max(0, r.lowerBound)
            let hi = min(owner.count, r.upperBound)
            guard lo < hi else { continue }
            for b in lo..<hi {
                let w = owner[b]
                if w >= 0 { words.insert(Int(w)) } else if mark[b] { marks.insert(-(b + 1)) }
            }
        }
        return words.isEmpty ? marks : words
    }

    /// Word indices touched by a byte range.
    func words(in r: Range<Int>) -> Range<Int>? {
        let lo = max(0, r.lowerBound)
        let hi = min(owner.count, r.upperBound)
        var first = -1
        var last = -1
        var b = lo
        while b < hi {
            let w = Int(owner[b])
            if w >= 0 {
                if first < 0 { first = w }
                last = w
                b = wordRanges[w].upperBound
            } else {
                b += 1
            }
        }
        return first < 0 ? nil : first..<(last + 1)
    }

    /// Decodes one UTF-8 scalar leniently (an invalid byte counts as one
    /// replacement character).
    static func decode(_ b: [UInt8], at i: Int) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        func cont(_ k: Int) -> UInt32? { k < b.count && b[k] & 0xC0 == 0x80 ? UInt32(b[k] & 0x3F) : nil }
        if c & 0xE0 == 0xC0, let x = cont(i + 1) { return ((UInt32(c & 0x1F) << 6) | x, 2) }
        if c & 0xF0 == 0xE0, let x = cont(i + 1), let y = cont(i + 2) { return ((UInt32(c & 0x0F) << 12) | (x << 6) | y, 3) }
        if c & 0xF8 == 0xF0, let x = cont(i + 1), let y = cont(i + 2), let z = cont(i + 3) {
            return ((UInt32(c & 0x07) << 18) | (x << 12) | (y << 6) | z, 4)
        }
        return (0xFFFD, 1)
    }

    static func kind(of v: UInt32) -> UInt8 {
        if v < 0x80 {
            let c = UInt8(v)
            if (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == 0x5F { return 1 }
            if c == 0x27 || c == 0x2E || c == 0x2D { return 2 }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { return 0 }
            return 3
        }
        if v == 0x2019 { return 2 }
        guard let s = Unicode.Scalar(v) else { return 3 }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return 1 }
        if p.isWhitespace { return 0 }
        return 3
    }
}
