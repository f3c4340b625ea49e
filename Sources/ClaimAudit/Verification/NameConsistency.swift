/// Internal consistency, names: a person's name spelled two ways ("Ortiz"
/// and "Ortis"). A capitalised word of four letters or more that differs by
/// one letter (two for words of eight or more) from a word used earlier in
/// a full name (two capitalised words in a row), and starts with the same
/// letter, is reported where it appears.
///
/// Not reported, because on 840 PolNeAR train articles they made most of
/// the alarms and were nearly all right as written: two forms of one word
/// ("Republican"/"Republicans", "Democrats"/"Democratic", "Texas"/"Texan");
/// words under five letters; a word in a full name whose other words differ
/// from the earlier name's ("Christine Quinn" after "Chris Christie"); a
/// word in capitals ("ISIS"/"ISIL", a headline's "SAYED"); a word that the
/// article also writes in lower case ("Politics" beside "politics"): an
/// ordinary word, not a name.
struct NameConsistency {
    let rules: VerificationRules

    typealias Located = [(word: VerificationWord, range: Range<Int>)]

    /// Capitalised words that are not names.
    static let notNames: Set<String> = ["the", "a", "an", "in", "on", "at", "for", "and", "but", "of", "to", "this",
                                        "that", "it", "he", "she", "they", "we", "mr", "ms", "mrs", "dr", "said",
                                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        // Sentence openers, capitalised only for that.
                                        "while", "after", "before", "since", "when", "where", "there", "these",
                                        "those", "their", "about", "under", "other", "first", "still", "among",
                                        "every", "which", "though", "until", "without", "within", "although",
                                        "despite", "during", "whether", "because", "meanwhile", "however"]

    /// A word seen in a full name: where it was first written, and the
    /// capitalised words written next to it (its partners in full names).
    private struct NameEntry {
        var display: String
        var line: Int
        var partners: Set<String>
    }

    func check(_ claims: inout [Claim], words: [Located], document: Document) {
        // Words seen in full names, with where they were first written.
        var nameWords: [String: NameEntry] = [:]
        // Name words by first letter and length, in the order first seen
        // (similar spellings share their first letter and differ in length
        // by one at most).
        var buckets: [Bucket: [String]] = [:]
        // Words already compared and found unlike every name word then known.
        var unlike: [String: Int] = [:]
        var known = 0
        let ordinary = Self.lowerCaseWords(words)
        for i in claims.indices {
            let w = words[i]
            let capital = w.map { Self.isNameWord($0.word) }
            for k in w.indices where capital[k] {
                // Capitalised neighbours, at most three: a small array, not a
                // set (this runs for every capitalised word).
                var partners: [String] = []
                if k + 1 < w.count && capital[k + 1] { partners.append(w[k + 1].word.key) }
                if k > 0 && capital[k - 1] { partners.append(w[k - 1].word.key) }
                // "Osama bin Laden", "Beto van Dorn": a particle joins the name.
                if k + 2 < w.count && capital[k + 2] && Self.particles.contains(w[k + 1].word.key) {
                    partners.append(w[k + 2].word.key)
                }
                let key = w[k].word.key
                if nameWords[key] != nil {
                    if !partners.isEmpty && nameWords[key]!.partners.count < Self.maximumPartners {
                        nameWords[key]!.partners.formUnion(partners)
                    }
                    continue
                }
                let candidate = key.utf8.count >= Self.minimumLength && !ordinary.contains(key)
                    && !Self.isAllCapitals(w[k].word.display)
                if candidate, key.count >= Self.minimumLength, unlike[key] != known, let initial = key.first {
                    let n = key.count
                    let near = [n - 1, n, n + 1].lazy.compactMap { buckets[Bucket(initial: initial, length: $0)] }.joined()
                    if let similar = near.first(where: { Self.similar($0, key) }), let first = nameWords[similar] {
                        // In a full name of its own, the word is another
                        // person's ("Christine Quinn" after "Chris Christie")
                        // unless it shares a partner with the earlier name.
                        if partners.isEmpty || partners.contains(where: first.partners.contains) {
                            claims[i].findings += rules.findings(VerificationChecks.inconsistentName, range: w[k].range,
                                                                 document: document,
                                                                 fill: ["detail": "“\(first.display)” on line \(first.line)"])
                        }
                        continue
                    }
                    unlike[key] = known
                }
                if !partners.isEmpty, known < Self.maximumNames, let initial = key.first {
                    nameWords[key] = NameEntry(display: w[k].word.display,
                                               line: document.source.location(of: w[k].range.lowerBound).line,
                                               partners: Set(partners))
                    buckets[Bucket(initial: initial, length: key.count), default: []].append(key)
                    known += 1
                }
            }
        }
    }

    /// Shortest word compared, in characters: four-letter capitalised words
    /// are mostly ordinary words in headlines and names of things ("Hood",
    /// "Rose", "Like"), where one letter apart means nothing.
    static let minimumLength = 5

    /// Lower-case words inside full names.
    static let particles: Set<String> = ["bin", "ibn", "al", "de", "del", "della", "da", "van", "von", "der", "la", "le", "du"]

    /// Partners remembered per name word: a bound for hostile input.
    static let maximumPartners = 64

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
        guard a != b, a.first == b.first, a.count >= minimumLength, b.count >= minimumLength,
              abs(a.count - b.count) <= 1 else { return false }
        // One is the other with another ending: an inflection or derivation
        // ("Democrats"/"Democratic", "Texas"/"Texan", "Nevada's"/"Nevadans").
        let shared = zip(a, b).prefix { $0 == $1 }.count
        if endings.contains(String(a.dropFirst(shared))) && endings.contains(String(b.dropFirst(shared))) { return false }
        let limit = min(a.count, b.count) >= 8 ? 2 : 1
        return VerificationText.editDistance(a, b) <= limit
    }

    /// Word endings that make another form of the same word (keys fold
    /// apostrophes to `'`).
    static let endings: Set<String> = ["", "s", "es", "'s", "'", "s'", "ic", "ics", "ed", "d", "y", "n", "an", "ans", "ns",
                                       "ian", "ians", "n's", "ese", "ism", "ist", "ists", "er", "ers", "ing", "al", "i",
                                       "is", "o", "os", "a", "as"]

    /// Keys of words the document writes starting in lower case anywhere:
    /// ordinary words, whatever their capitalised uses. Only keys of
    /// `minimumLength` or more are ever looked up, so shorter ones (by UTF-8
    /// length, never less than the character count) are not hashed.
    static func lowerCaseWords(_ words: [Located]) -> Set<String> {
        var out: Set<String> = []
        for w in words {
            for item in w where item.word.key.utf8.count >= minimumLength {
                guard let first = item.word.display.unicodeScalars.first else { continue }
                if first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A) : first.properties.isLowercase {
                    out.insert(item.word.key)
                }
            }
        }
        return out
    }

    /// "ISIS", "SAYED": acronyms and headline capitals, not spellings to compare.
    static func isAllCapitals(_ display: String) -> Bool {
        var letters = 0
        for s in display.unicodeScalars where isAlphabetic(s) {
            if !isUppercase(s) { return false }
            letters += 1
        }
        return letters >= 2
    }
}
