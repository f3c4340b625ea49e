/// Byte-level character classes shared by the sentence splitter, the
/// quotation finder and the section labeler.
///
/// Everything works on UTF-8 bytes of `Document.view`; multi-byte marks are
/// recognised by their exact byte sequences (`“` is E2 80 9C), so no code here
/// decodes scalars or builds `Character`s.
enum SegmentBytes {
    /// The initial of a word, as far as sentence splitting cares.
    enum Initial {
        case lower, upper, digit, other
    }

    /// Width in bytes of the blank (white space, NBSP, U+2000–U+200B, U+202F or
    /// an ignorable byte) that starts at `i`, or 0 when `i` starts a visible scalar.
    @inline(__always)
    static func blankWidth(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = buf[i]
        if b == Document.ignorable || Tokenizer.isSpace(b) { return 1 }
        if b == 0xC2, i + 1 < end, buf[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, buf[i + 1] == 0x80, buf[i + 2] <= 0x8B || buf[i + 2] == 0xAF { return 3 }
        return 0
    }

    /// Width in bytes of the blank that ends just before `j` (exclusive), not
    /// reaching below `start`; 0 when the scalar before `j` is visible.
    @inline(__always)
    static func blankWidth(before j: Int, _ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let b = buf[j - 1]
        if b == Document.ignorable || Tokenizer.isSpace(b) { return 1 }
        if b == 0xA0, j - 2 >= start, buf[j - 2] == 0xC2 { return 2 }
        if j - 3 >= start, buf[j - 3] == 0xE2, buf[j - 2] == 0x80, b <= 0x8B || b == 0xAF { return 3 }
        return 0
    }

    /// `range` without leading and trailing blanks (may become empty).
    static func trim(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            let w = blankWidth(buf, lo, hi)
            if w == 0 { break }
            lo += w
        }
        while hi > lo {
            let w = blankWidth(before: hi, buf, from: lo)
            if w == 0 { break }
            hi -= w
        }
        return lo..<hi
    }

    /// True when the three bytes at `i` are E2 80 `third`.
    @inline(__always)
    static func isGeneralPunctuation(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ third: UInt8) -> Bool {
        i + 2 < end && buf[i] == 0xE2 && buf[i + 1] == 0x80 && buf[i + 2] == third
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// True when byte `i` starts a letter or digit: ASCII alphanumerics and any
    /// non-ASCII scalar outside Latin-1 punctuation (C2 xx) and General
    /// Punctuation (E2 80 xx).
    @inline(__always)
    static func startsWord(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = buf[i]
        if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        if b < 0xC3 || b == Document.ignorable { return false }
        if b == 0xE2, i + 1 < end, buf[i + 1] == 0x80 { return false }
        return true
    }

    /// Case of the scalar at `i`: ASCII, Latin-1, Latin Extended-A, Greek and
    /// Cyrillic are told apart; other scripts are `.other`.
    static func initial(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Initial {
        let b = buf[i]
        if b >= 0x61 && b <= 0x7A { return .lower }
        if b >= 0x41 && b <= 0x5A { return .upper }
        if isDigit(b) { return .digit }
        guard i + 1 < end else { return .other }
        let c = buf[i + 1]
        switch b {
        case 0xC3:
            if c >= 0x80 && c <= 0x9E && c != 0x97 { return .upper }
            if c >= 0x9F && c != 0xB7 { return .lower }
        case 0xC4, 0xC5:
            return c & 1 == 0 ? .upper : .lower
        case 0xCE:
            if c >= 0x91 && c <= 0xA9 { return .upper }
            if c >= 0xAC { return .lower }
        case 0xCF:
            if c <= 0x8E { return .lower }
        case 0xD0:
            return c <= 0xAF ? .upper : .lower
        case 0xD1:
            return .lower
        default:
            break
        }
        return .other
    }

    /// Width of an opening mark at `i` that may precede a sentence's first
    /// word (`“ ‘ " ' ( [ { ¿ ¡`), or 0.
    @inline(__always)
    static func openerWidth(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch buf[i] {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B: return 1
        case 0xC2: return i + 1 < end && (buf[i + 1] == 0xBF || buf[i + 1] == 0xA1) ? 2 : 0
        case 0xE2:
            return isGeneralPunctuation(buf, i, end, 0x9C) || isGeneralPunctuation(buf, i, end, 0x98) ? 3 : 0
        default: return 0
        }
    }

    /// Width of a closing mark at `i` that stays with the sentence it follows
    /// (`” ’ " ' ) ] }`), or 0.
    @inline(__always)
    static func closerWidth(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch buf[i] {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xE2:
            return isGeneralPunctuation(buf, i, end, 0x9D) || isGeneralPunctuation(buf, i, end, 0x99) ? 3 : 0
        default: return 0
        }
    }
}
