/// Internal consistency, names: a person's name spelled two ways ("Ortiz"
/// and "Ortis"). A capitalised word of four letters or more that differs by
/// one letter (two for words of eight or more) from a word used earlier in
/// a full name (two capitalised words in a row), and starts with the same
/// letter, is reported where it appears.
struct NameConsistency {
    let rules: VerificationRules

    typealias Located = [(word: VerificationWord, range: Range<Int>)]

    /// Capitalised words that are not names.
    static let notNames: Set<String> = ["the", "a", "an", "in", "on", "at", "for", "and", "but", "of", "to", "this",
                                        "that", "it", "he", "she", "they", "we", "mr", "ms", "mrs", "dr", "said",
                                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    func check(_ claims: inout [Claim], words: [Located], document: Document) {
        // Words seen in full names, with where they were first written.
        var nameWords: [String: (display: String, line: Int)] = [:]
        // Name words by first letter and length, in the order first seen
        // (similar spellings share their first letter and differ in length
        // by one at most).
        var buckets: [Bucket: [String]] = [:]
        // Words already compared and found unlike every name word then known.
        var unlike: [String: Int] = [:]
        var known = 0
        for i in claims.indices {
            let w = words[i]
            let capital = w.map { Self.isNameWord($0.word) }
            for k in w.indices where capital[k] {
                let inFullName = (k + 1 < w.count && capital[k + 1]) || (k > 0 && capital[k - 1])
                let key = w[k].word.key
                if nameWords[key] != nil { continue }
                if key.count >= 4, unlike[key] != known, let initial = key.first {
                    let n = key.count
                    let near = [n - 1, n, n + 1].lazy.compactMap { buckets[Bucket(initial: initial, length: $0)] }.joined()
                    if let similar = near.first(where: { Self.similar($0, key) }), let first = nameWords[similar] {
                        claims[i].findings += rules.findings(VerificationChecks.inconsistentName, range: w[k].range, document: document,
                                                             fill: ["detail": "“\(first.display)” on line \(first.line)"])
                        continue
                    }
                    unlike[key] = known
                }
                if inFullName, known < Self.maximumNames, let initial = key.first {
                    nameWords[key] = (w[k].word.display, document.source.location(of: w[k].range.lowerBound).line)
                    buckets[Bucket(initial: initial, length: key.count), default: []].append(key)
                    known += 1
                }
            }
        }
    }

    /// Name words remembered at most: far more than any article has, and a
    /// bound on the work for a hostile input.
    static let maximumNames = 5000

    private struct Bucket: Hashable {
        var initial: Character
        var length: Int
    }

    static func isNameWord(_ w: VerificationWord) -> Bool {
        guard let first = w.display.unicodeScalars.first, isUppercase(first),
              w.key.count >= 2, !notNames.contains(w.key), NumberForms.monthNumber(w.key) == nil else { return false }
        return w.key.unicodeScalars.allSatisfy { isAlphabetic($0) || $0 == "-" || $0 == "'" }
    }

    /// `properties.isUppercase`, answered for ASCII without the Unicode
    /// property look-up (this runs for every word of every audit).
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    /// `properties.isAlphabetic`, answered for ASCII without the look-up.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) : s.properties.isAlphabetic
    }

    static func similar(_ a: String, _ b: String) -> Bool {
        guard a != b, a.first == b.first, a.count >= 4, b.count >= 4, abs(a.count - b.count) <= 1 else { return false }
        let limit = min(a.count, b.count) >= 8 ? 2 : 1
        return VerificationText.editDistance(a, b) <= limit
    }
}
