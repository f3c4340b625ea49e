import Testing
@testable import ClaimAudit

/// Words built from UTF-8 bytes equal words built scalar by scalar into
/// `String`s (the way `VerificationText.located` worked before).
@Suite struct VerificationWordBytesTests {
    /// The former scalar-appending construction, kept as the reference.
    static func reference(_ text: String) -> [VerificationWord] {
        let s = Array(text.unicodeScalars)
        var out: [VerificationWord] = []
        var key = String.UnicodeScalarView(), display = String.UnicodeScalarView()
        func flush() {
            if !key.isEmpty { out.append(VerificationWord(key: String(key), display: String(display))) }
            key = String.UnicodeScalarView(); display = String.UnicodeScalarView()
        }
        for (k, c) in s.enumerated() {
            if VerificationText.isWordScalar(c) {
                for l in String(c).lowercased().unicodeScalars { key.append(l) }
                display.append(c)
                continue
            }
            let prev = k > 0 ? s[k - 1] : " ", next = k + 1 < s.count ? s[k + 1] : " "
            if !key.isEmpty && VerificationText.isWordScalar(next) {
                if VerificationText.isApostrophe(c) && VerificationText.isWordScalar(prev) { key.append("'"); display.append(c); continue }
                if VerificationText.isHyphen(c) && VerificationText.isWordScalar(prev) { key.append("-"); display.append(c); continue }
                if (c == "." || c == ",") && VerificationText.isNumericScalar(prev) && VerificationText.isNumericScalar(next) {
                    if c == "." { key.append(".") }
                    display.append(c)
                    continue
                }
            }
            flush()
            if c == "$" || c == "€" || c == "£" || c == "%" { out.append(VerificationWord(key: String(c), display: String(c))) }
        }
        flush()
        return out
    }

    @Test func bytesAndScalarsGiveTheSameWords() {
        let texts = [
            "Won’t STOP the long‐term $1,200.50 plan, 3.5%!", "ÉLAN Ørsted café İstanbul ẞtraße",
            "𝒜lpha 𝟙𝟚 beta ½ and Ⅻ", "O'Neil’s ‘quote’ — dash–dash", "€5 £3 ¥9 x‑y", "", "a", "Ǆemal ǅ",
        ]
        for t in texts { #expect(VerificationText.words(t) == Self.reference(t), "\(t)") }
    }

    @Test func locatedRangesCoverTheWordBytes() {
        let view = Array("A café’s €3".utf8)
        let located = VerificationText.located(view, 0..<view.count)
        #expect(located.map(\.word.key) == ["a", "café’s".replacingOccurrences(of: "’", with: "'"), "€", "3"])
        for (w, r) in located {
            #expect(String(decoding: view[r], as: UTF8.self) == w.display)
        }
    }
}
