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
    let titles: [String: [[String]]]
    let modifiers: Set<String>

    typealias Located = [(word: VerificationWord, range: Range<Int>)]

    init(rules: VerificationRules, ruleSet: RuleSet) {
        self.rules = rules
        let all = ruleSet.lexicon("titles").phrases.map(VerificationText.keys).filter { !$0.isEmpty }
        titles = Dictionary(grouping: all, by: { $0[0] }).mapValues { $0.sorted { $0.count > $1.count } }
        modifiers = Set(ruleSet.lexicon("title-modifiers").phrases.flatMap(VerificationText.keys))
    }

    private struct Mention {
        var person: String
        var title: String
        var modifiers: Set<String>
        var range: Range<Int>
    }

    func check(_ claims: inout [Claim], words: [Located], document: Document) {
        guard !titles.isEmpty else { return }
        var first: [String: (mention: Mention, text: String, line: Int)] = [:]
        for i in claims.indices {
            for m in mentions(words[i]) {
                let key = m.person + "\u{0}" + m.title
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

    private func title(at k: Int, _ w: Located) -> [String]? {
        guard let candidates = titles[w[k].word.key] else { return nil }
        return candidates.first { t in k + t.count <= w.count && (1..<t.count).allSatisfy { w[k + $0].word.key == t[$0] } }
    }

    private func mentions(_ w: Located) -> [Mention] {
        var out: [Mention] = []
        var k = 0
        while k < w.count {
            guard let t = title(at: k, w) else { k += 1; continue }
            var start = k
            var mods: Set<String> = []
            while start > 0 && modifiers.contains(w[start - 1].word.key) { start -= 1; mods.insert(w[start].word.key) }
            let after = k + t.count
            // Before a name: "former CEO Dana Ortiz".
            var n = after
            while n < w.count && n - after < 3 && NameConsistency.isNameWord(w[n].word) { n += 1 }
            if n > after {
                out.append(Mention(person: w[n - 1].word.key, title: t.joined(separator: " "), modifiers: mods,
                                   range: w[start].range.lowerBound..<w[n - 1].range.upperBound))
                k = n
                continue
            }
            // Apposition: "Ortiz, the company's former CEO".
            var p = start - 1
            if p >= 0 && w[p].word.key.hasSuffix("'s") { p -= 1 }
            if p >= 1 && ["the", "a", "an"].contains(w[p].word.key) && NameConsistency.isNameWord(w[p - 1].word) {
                out.append(Mention(person: w[p - 1].word.key, title: t.joined(separator: " "), modifiers: mods,
                                   range: w[p - 1].range.lowerBound..<w[after - 1].range.upperBound))
            }
            k = after
        }
        return out
    }
}
