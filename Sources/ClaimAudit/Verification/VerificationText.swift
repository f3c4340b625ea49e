/// A word as the verification checks compare it.
struct VerificationWord: Sendable, Hashable {
    /// Lower-cased, curly quotes and apostrophes folded to `'`, hyphens to `-`.
    var key: String
    /// As written, for messages.
    var display: String
}

/// Normalisation shared by the verification checks: only white space,
/// quotation marks and apostrophes, dashes and case are forgiven. Words are
/// runs of letters and digits; an apostrophe or hyphen joins two of them
/// (`won't`, `long-term`), and `.` or `,` joins two digits (`3.5`, `1,200`).
/// Other punctuation separates words and is not compared, except the
/// symbols `$ € £ %`, which are words of their own. `located` runs on
/// every claim of every audit: it decodes scalars but builds each word's
/// strings from UTF-8 bytes, with ASCII decided on the byte value.
enum VerificationText {
    static func words(_ text: String) -> [VerificationWord] {
        located(Array(text.utf8), 0..<text.utf8.count).map(\.word)
    }

    /// Words of a byte range (a document view: ignorable bytes are skipped)
    /// with their byte ranges.
    static func located(_ bytes: [UInt8], _ range: Range<Int>) -> [(word: VerificationWord, range: Range<Int>)] {
        var scalars: [(Unicode.Scalar, Int)] = []
        bytes.withUnsafeBufferPointer { buf in
            var reader = VerificationWordTable.ScalarReader(buf: buf, i: max(0, range.lowerBound), end: min(range.upperBound, bytes.count))
            while let (s, at) = reader.next() { scalars.append((s, at)) }
        }
        var out: [(word: VerificationWord, range: Range<Int>)] = []
        // Key and display are built as UTF-8 bytes, one String each per word
        // (appending scalars to String views was most of this function).
        var key: [UInt8] = []
        var display: [UInt8] = []
        var wordStart = 0, wordEnd = 0
        func flush() {
            if !key.isEmpty {
                out.append((VerificationWord(key: String(decoding: key, as: UTF8.self),
                                             display: String(decoding: display, as: UTF8.self)), wordStart..<wordEnd))
                key.removeAll(keepingCapacity: true)
                display.removeAll(keepingCapacity: true)
            }
        }
        for (k, (s, at)) in scalars.enumerated() {
            if isWordScalar(s) {
                if key.isEmpty { wordStart = at }
                if s.value < 0x80 {
                    let v = UInt8(s.value)
                    key.append(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
                    display.append(v)
                } else {
                    key.append(contentsOf: String(s).lowercased().utf8)
                    appendUTF8(s, to: &display)
                }
                wordEnd = at + UTF8.width(s)
                continue
            }
            let prev = k > 0 ? scalars[k - 1].0 : " "
            let next = k + 1 < scalars.count ? scalars[k + 1].0 : " "
            if !key.isEmpty && isWordScalar(next) {
                if isApostrophe(s) && isWordScalar(prev) {
                    key.append(0x27); appendUTF8(s, to: &display)
                    continue
                }
                if isHyphen(s) && isWordScalar(prev) {
                    key.append(0x2D); appendUTF8(s, to: &display)
                    continue
                }
                if (s == "." || s == ",") && isNumericScalar(prev) && isNumericScalar(next) {
                    if s == "." { key.append(0x2E) }
                    display.append(UInt8(s.value))
                    continue
                }
            }
            flush()
            if s == "$" || s == "€" || s == "£" || s == "%" {
                out.append((VerificationWord(key: String(s), display: String(s)), at..<(at + String(s).utf8.count)))
            }
        }
        flush()
        return out
    }

    /// Appends the UTF-8 encoding of `s`.
    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80:
            bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Word keys only.
    static func keys(_ text: String) -> [String] { words(text).map(\.key) }

    /// A letter or digit. ASCII is decided on the value: Unicode property
    /// look-ups cost far more and this runs on every scalar of every claim.
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// A digit or other numeric character (ASCII decided on the value).
    @inline(__always) static func isNumericScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" || s == "\u{2032}"
    }

    /// A joining hyphen. En and em dashes separate words instead.
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Where `needle` occurs as a run of whole words in `haystack`, if it does.
    static func find(_ needle: [String], in haystack: [String]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ haystack: [String], _ needle: [String]) -> Bool { find(needle, in: haystack) != nil }

    /// Levenshtein distance over Unicode scalars, for names.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
