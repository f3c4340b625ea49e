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
/// symbols `$ € £ %`, which are words of their own. Not a hot path: claims
/// and transcripts are short, so this works on Unicode scalars.
enum VerificationText {
    static func words(_ text: String) -> [VerificationWord] {
        var out: [VerificationWord] = []
        var key = String.UnicodeScalarView()
        var display = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !key.isEmpty {
                out.append(VerificationWord(key: String(key), display: String(display)))
                key = String.UnicodeScalarView()
                display = String.UnicodeScalarView()
            }
        }
        for (i, s) in scalars.enumerated() {
            if isWordScalar(s) {
                for l in String(s).lowercased().unicodeScalars { key.append(l) }
                display.append(s)
                continue
            }
            let prev = i > 0 ? scalars[i - 1] : " "
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            if !key.isEmpty && isWordScalar(next) {
                if isApostrophe(s) && isWordScalar(prev) {
                    key.append("'"); display.append(s)
                    continue
                }
                if isHyphen(s) && isWordScalar(prev) {
                    key.append("-"); display.append(s)
                    continue
                }
                if (s == "." || s == ",") && prev.properties.numericType != nil && next.properties.numericType != nil {
                    if s == "." { key.append(".") }
                    display.append(s)
                    continue
                }
            }
            flush()
            if s == "$" || s == "€" || s == "£" || s == "%" {
                out.append(VerificationWord(key: String(s), display: String(s)))
            }
        }
        flush()
        return out
    }

    /// Word keys only.
    static func keys(_ text: String) -> [String] { words(text).map(\.key) }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
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
