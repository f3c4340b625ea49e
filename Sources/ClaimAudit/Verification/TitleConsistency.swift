/// Internal consistency, titles: a person's title changes ("CEO Dana
/// Ortiz" … "former CEO Dana Ortiz"). Titles come from the `titles`
/// lexicon, the words that change them from `title-modifiers`. A title is
/// read before a name ("former CEO Dana Ortiz") or in an apposition after
/// one ("Ortiz, the company's former CEO"); the person is keyed by the last
/// word of the name. Two mentions of one person with the same title but
/// different modifiers are reported at the later one.
struct TitleConsistency {
    let rules: VerificationRules
    /// Titles as word keys, by first word, longest first.
    let titles: [UInt64: [Title]]
    let modifiers: KeySet
    /// First words of titles: most words are not, and this answers without
    /// hashing the key again for the dictionary.
    let starts: KeySet

    /// A title's word keys, and its words joined by spaces (the title as
    /// mentions compare it).
    struct Title {
        var keys: [UInt64]
        var text: String
    }

    static let articles = KeySet(["the", "a", "an"].map(VerificationWordTable.key(of:)))
    static let possessive = Array("'s".utf8)

    init(rules: VerificationRules, ruleSet: RuleSet) {
        self.rules = rules
        let all = ruleSet.lexicon("titles").phrases.map(VerificationText.keys).filter { !$0.isEmpty }
        titles = Dictionary(grouping: all, by: { $0[0] }).mapValues { $0.sorted { $0.count > $1.count } }
            .reduce(into: [:]) { out, entry in
                out[VerificationWordTable.key(of: entry.key)] = entry.value.map {
                    Title(keys: $0.map(VerificationWordTable.key(of:)), text: $0.joined(separator: " "))
                }
            }
        modifiers = KeySet(ruleSet.lexicon("title-modifiers").phrases.flatMap(VerificationText.keys).map(VerificationWordTable.key(of:)))
        starts = KeySet(titles.keys)
    }

    private struct Mention {
        var person: UInt64
        var title: String
        var modifiers: Set<UInt64>
        var range: Range<Int>
    }

    private struct MentionKey: Hashable {
        var person: UInt64
        var title: String
    }

    func check(_ claims: inout [Claim], words: VerificationWordTable, document: Document) {
        guard !titles.isEmpty else { return }
        var first: [MentionKey: (mention: Mention, text: String, line: Int)] = [:]
        for i in claims.indices {
            for m in mentions(words, words.spans[i]) {
                let key = MentionKey(person: m.person, title: m.title)
                if let earlier = first[key] {
                    if earlier.mention.modifiers != m.modifiers {
                        claims[i].findings += rules.findings(VerificationChecks.inconsistentTitle, range: m.range, document: document,
                            fill: ["detail": "“\(earlier.text)” on line \(earlier.line)"])
                    }
                } else {
                    first[key] = (m, document.text(m.range), document.source.location(of: m.range.lowerBound).line)
                }
            }
        }
    }

    private func title(at k: Int, _ w: VerificationWordTable, _ end: Int) -> Title? {
        guard starts.contains(w[k].key), let candidates = titles[w[k].key] else { return nil }
        return candidates.first { t in
            k + t.keys.count <= end && (1..<t.keys.count).allSatisfy { w[k + $0].key == t.keys[$0] }
        }
    }

    /// A key ending in `'s`, as `String.hasSuffix` reads it (on bytes for
    /// ASCII words).
    private func endsInPossessive(_ w: VerificationWordTable, _ p: Int) -> Bool {
        let word = w[p]
        guard word.flags.contains(.ascii) else { return w.keyString(p).hasSuffix("'s") }
        let n = Int(word.keyEnd - word.keyStart)
        return n >= 2 && w.keyBytes[Int(word.keyEnd) - 2] == 0x27 && w.keyBytes[Int(word.keyEnd) - 1] == 0x73
    }

    private func mentions(_ w: VerificationWordTable, _ span: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        let lo = span.lowerBound, end = span.upperBound
        var k = lo
        while k < end {
            guard let t = title(at: k, w, end) else { k += 1; continue }
            var start = k
            var mods: Set<UInt64> = []
            while start > lo && modifiers.contains(w[start - 1].key) { start -= 1; mods.insert(w[start].key) }
            let after = k + t.keys.count
            // Before a name: "former CEO Dana Ortiz".
            var n = after
            while n < end && n - after < 3 && NameConsistency.isNameWord(w[n]) { n += 1 }
            if n > after {
                out.append(Mention(person: w[n - 1].key, title: t.text, modifiers: mods,
                                   range: w[start].range.lowerBound..<w[n - 1].range.upperBound))
                k = n
                continue
            }
            // Apposition: "Ortiz, the company's former CEO".
            var p = start - 1
            if p >= lo && endsInPossessive(w, p) { p -= 1 }
            if p >= lo + 1 && Self.articles.contains(w[p].key) && NameConsistency.isNameWord(w[p - 1]) {
                out.append(Mention(person: w[p - 1].key, title: t.text, modifiers: mods,
                                   range: w[p - 1].range.lowerBound..<w[after - 1].range.upperBound))
            }
            k = after
        }
        return out
    }
}
