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
    /// capitalised words written next to it (its partners in full names),
    /// by key.
    private struct NameEntry {
        var display: String
        var line: Int
        var partners: Set<UInt64>
    }

    /// `notNames` and the month names, by key: never name words.
    static let excludedKeys = KeySet((notNames.map { $0 } + NumberForms.months.keys).map(VerificationWordTable.key(of:)))

    /// `particles` by key.
    static let particleKeys = KeySet(particles.map(VerificationWordTable.key(of:)))

    func check(_ claims: inout [Claim], words: VerificationWordTable, document: Document) {
        // Words seen in full names, with where they were first written.
        var nameWords: [UInt64: NameEntry] = [:]
        // Name words by first letter and length, in the order first seen
        // (similar spellings share their first letter and differ in length
        // by one at most).
        var buckets: [Bucket: [String]] = [:]
        // Words already compared and found unlike every name word then known.
        var unlike: [UInt64: Int] = [:]
        var known = 0
        let ordinary = Self.lowerCaseWords(words)
        var capital: [Bool] = []
        for i in claims.indices {
            let span = words.spans[i]
            let lo = span.lowerBound, hi = span.upperBound
            capital.removeAll(keepingCapacity: true)
            for k in span { capital.append(Self.isNameWord(words[k])) }
            for k in span where capital[k - lo] {
                // Capitalised neighbours, at most three: a small array, not a
                // set (this runs for every capitalised word).
                var partners: [UInt64] = []
                if k + 1 < hi && capital[k + 1 - lo] { partners.append(words[k + 1].key) }
                if k > lo && capital[k - 1 - lo] { partners.append(words[k - 1].key) }
                // "Osama bin Laden", "Beto van Dorn": a particle joins the name.
                if k + 2 < hi && capital[k + 2 - lo] && Self.particleKeys.contains(words[k + 1].key) {
                    partners.append(words[k + 2].key)
                }
                let word = words[k]
                let key = word.key
                if nameWords[key] != nil {
                    if !partners.isEmpty && nameWords[key]!.partners.count < Self.maximumPartners {
                        nameWords[key]!.partners.formUnion(partners)
                    }
                    continue
                }
                let candidate = word.keyEnd - word.keyStart >= Self.minimumLength && !ordinary.contains(key)
                    && !word.flags.contains(.allCapitals)
                var text: String? = nil
                if candidate, word.characters >= Self.minimumLength, unlike[key] != known {
                    let keyText = words.keyString(k)
                    text = keyText
                    let initial = keyText.first!
                    let n = Int(word.characters)
                    let near = [n - 1, n, n + 1].lazy.compactMap { buckets[Bucket(initial: initial, length: $0)] }.joined()
                    if let similar = near.first(where: { Self.similar($0, keyText) }),
                       let first = nameWords[VerificationWordTable.key(of: similar)] {
                        // In a full name of its own, the word is another
                        // person's ("Christine Quinn" after "Chris Christie")
                        // unless it shares a partner with the earlier name.
                        if partners.isEmpty || partners.contains(where: first.partners.contains) {
                            claims[i].findings += rules.findings(VerificationChecks.inconsistentName, range: word.range,
                                                                 document: document,
                                                                 fill: ["detail": "“\(first.display)” on line \(first.line)"])
                        }
                        continue
                    }
                    unlike[key] = known
                }
                if !partners.isEmpty, known < Self.maximumNames {
                    let keyText = text ?? words.keyString(k)
                    guard let initial = keyText.first else { continue }
                    nameWords[key] = NameEntry(display: words.display(k),
                                               line: document.source.location(of: word.range.lowerBound).line,
                                               partners: Set(partners))
                    buckets[Bucket(initial: initial, length: Int(word.characters)), default: []].append(keyText)
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

    /// `isNameWord` of a table word, on its key and flags.
    @inline(__always)
    static func isNameWord(_ w: VerificationWordTable.Word) -> Bool {
        w.flags.contains(.firstUpper) && w.flags.contains(.nameShaped) && w.characters >= 2 && !excludedKeys.contains(w.key)
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
        var a = a, b = b
        if let answer = a.withUTF8({ x in b.withUTF8 { y in similarASCII(x, y) } }) { return answer }
        return similarStrings(a, b)
    }

    /// `similar` on bytes when both keys are ASCII (characters are then
    /// bytes: keys hold no carriage return); nil otherwise.
    static func similarASCII(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for c in a where c >= 0x80 { return nil }
        for c in b where c >= 0x80 { return nil }
        guard a.count >= minimumLength, b.count >= minimumLength, abs(a.count - b.count) <= 1,
              a[0] == b[0], !a.elementsEqual(b) else { return false }
        var shared = 0
        while shared < a.count && shared < b.count && a[shared] == b[shared] { shared += 1 }
        if endings.contains(String(decoding: UnsafeBufferPointer(rebasing: a[shared...]), as: UTF8.self))
            && endings.contains(String(decoding: UnsafeBufferPointer(rebasing: b[shared...]), as: UTF8.self)) { return false }
        let limit = min(a.count, b.count) >= 8 ? 2 : 1
        // Levenshtein distance, two rows.
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
            }
            swap(&prev, &cur)
        }
        return prev[b.count] <= limit
    }

    static func similarStrings(_ a: String, _ b: String) -> Bool {
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
    static func lowerCaseWords(_ words: VerificationWordTable) -> KeySet {
        var out = KeySet(minimumCapacity: words.words.count / 4)
        for w in words.words where w.keyEnd - w.keyStart >= minimumLength && w.flags.contains(.firstLower) {
            out.insert(w.key)
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
