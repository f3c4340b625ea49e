/// Splits a range of a document's view into tokens in one pass over bytes.
///
/// Rules, in bytes: ASCII letters, digits and every non-ASCII scalar that is
/// not known punctuation make words. An apostrophe (`'` or `’`), hyphen or
/// period between two word bytes stays inside the word, so `don't`, `Trump’s`,
/// `co-founder` and `U.S.` are single tokens (a final period after a
/// single-letter segment, as in `U.S.`, is kept too). Ignorable bytes are
/// skipped without splitting a word.
public enum Tokenizer {
    public static func tokens(in view: [UInt8], range: Range<Int>) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity((range.count / 5) + 1)
        view.withUnsafeBufferPointer { buf in
            tokenize(buf, range: range, into: &result)
        }
        return result
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Length of a multi-byte punctuation scalar at `i` (curly quotes, dashes,
    /// ellipsis, non-breaking space, bullets), or 0 when the scalar is a letter.
    @inline(__always)
    static func multibytePunctuationLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = buf[i]
        if b == 0xE2, i + 2 < end, buf[i + 1] == 0x80 {
            let c = buf[i + 2]
            // U+2010–U+2027 (dashes, quotes, bullet, ellipsis), U+2032–U+203A.
            if (0x90...0xA7).contains(c) || (0xB2...0xBA).contains(c) { return 3 }
        }
        if b == 0xC2, i + 1 < end {
            let c = buf[i + 1]
            // NBSP, «, », ¡, ¿, ·, §
            if c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF || c == 0xB7 || c == 0xA7 { return 2 }
        }
        return 0
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B
    }

    /// True when byte `i` begins a scalar that belongs in a word.
    @inline(__always)
    static func startsWordScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = buf[i]
        if isWordByte(b) { return true }
        if b >= 0xC0 && b != Document.ignorable { return multibytePunctuationLength(buf, i, end) == 0 }
        return false
    }

    static func tokenize(_ buf: UnsafeBufferPointer<UInt8>, range: Range<Int>, into out: inout [Token]) {
        var i = range.lowerBound
        let end = min(range.upperBound, buf.count)
        while i < end {
            let b = buf[i]
            if isSpace(b) || b == Document.ignorable || (b & 0xC0) == 0x80 {
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < end, buf[i + 1] == 0xA0 { i += 2; continue } // NBSP is space
            if startsWordScalar(buf, i, end) {
                let start = i
                var allDigits = true
                var lastSegmentLength = 0
                var endOfWord = i
                while i < end {
                    let c = buf[i]
                    if c == Document.ignorable { i += 1; continue }
                    if startsWordScalar(buf, i, end) {
                        if !(c >= 0x30 && c <= 0x39) { allDigits = false }
                        // Advance over the whole scalar.
                        i += c < 0x80 ? 1 : (c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2))
                        lastSegmentLength += 1
                        endOfWord = i
                        continue
                    }
                    // Inner joiners: ' ’ - . , (the last two only between digits,
                    // or `.` after a one-letter segment as in U.S.).
                    var joinerLength = 0
                    if c == 0x27 || c == 0x2D { joinerLength = 1 }
                    if c == 0xE2, i + 2 < end, buf[i + 1] == 0x80, buf[i + 2] == 0x99 { joinerLength = 3 }
                    if c == 0x2E || c == 0x2C {
                        let prevDigit = buf[endOfWord - 1] >= 0x30 && buf[endOfWord - 1] <= 0x39
                        if prevDigit && i + 1 < end && buf[i + 1] >= 0x30 && buf[i + 1] <= 0x39 {
                            joinerLength = 1
                        } else if c == 0x2E && lastSegmentLength == 1 && !allDigits {
                            // `U.S.`: keep the period; it is part of the abbreviation.
                            i += 1
                            endOfWord = i
                            lastSegmentLength = 0
                            if i < end && startsWordScalar(buf, i, end) { continue }
                            break
                        }
                    }
                    // Ignorable bytes (an entity's tail, an inline tag) may sit
                    // between the joiner and the next letter: `Trump&rsquo;s`.
                    var next = i + joinerLength
                    while next < end && buf[next] == Document.ignorable { next += 1 }
                    if joinerLength > 0, next < end, startsWordScalar(buf, next, end) {
                        i = next
                        lastSegmentLength = 0
                        continue
                    }
                    break
                }
                i = endOfWord
                let first = buf[start]
                let capital = (first >= 0x41 && first <= 0x5A) || isUpperLatin(buf, start, end)
                out.append(Token(kind: allDigits ? .number : .word, range: start..<endOfWord,
                                 key: TokenKey.of(bytes: buf, in: start..<endOfWord), isCapitalized: capital))
                continue
            }
            // Punctuation: one scalar.
            let length = b < 0x80 ? 1 : max(1, multibytePunctuationLength(buf, i, end))
            let r = i..<min(end, i + length)
            out.append(Token(kind: .punctuation, range: r, key: TokenKey.of(bytes: buf, in: r), isCapitalized: false))
            i += length
        }
    }

    /// Latin-1 Supplement capitals (À–Þ) and Latin Extended-A even code points.
    @inline(__always)
    static func isUpperLatin(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let b = buf[i], c = buf[i + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E && c != 0x97 }
        if b == 0xC4 || b == 0xC5 { return c & 1 == 0 }
        return false
    }
}
