/// Internal consistency, numbers: the same thing given two figures ("a $15
/// billion deal" … "the $14 billion deal"). Only sums of money and
/// percentages written between a determiner and a noun are compared, keyed
/// by the noun: "the 400 jobs" and "200 jobs in Ohio" are often both right.
struct NumberConsistency {
    let rules: VerificationRules

    static let skipNouns: Set<String> = ["of", "in", "a", "an", "the", "to", "and", "or", "for", "from", "on", "at",
                                         "by", "with", "per", "increase", "rise", "cut", "more", "less", "over", "than",
                                         "million", "billion", "trillion", "thousand", "bn", "m", "k", "percent", "cent", "a year"]

    static let determinerKeys = Set(LedgerIndex.determiners.map(VerificationWordTable.key(of:)))
    static let skipNounKeys = Set(skipNouns.map(VerificationWordTable.key(of:)))

    func check(_ claims: inout [Claim], words: VerificationWordTable, document: Document) {
        var seen: [String: (quantity: Quantity, text: String, line: Int)] = [:]
        for i in claims.indices {
            let w = words.words[words.spans[i]]
            for q in NumberForms.quantities(in: document.view, claims[i].start..<claims[i].end) {
                switch q.kind {
                case .money, .percent: break
                default: continue
                }
                guard !q.approximate,
                      let before = w.lastIndex(where: { $0.range.upperBound <= q.range.lowerBound }),
                      Self.determinerKeys.contains(w[before].key),
                      let after = w.firstIndex(where: { $0.range.lowerBound >= q.range.upperBound }),
                      w[after].range.lowerBound - q.range.upperBound <= 2,
                      !Self.skipNounKeys.contains(w[after].key),
                      w[after].flags.contains(.alphabetic)
                else { continue }
                let key = "\(q.kind == .percent ? "%" : "$") \(words.keyString(after))"
                let range = w[before].range.lowerBound..<w[after].range.upperBound
                let text = document.text(range)
                if let earlier = seen[key] {
                    if abs(earlier.quantity.value - q.value) > max(abs(q.value), 1) * 1e-9 {
                        claims[i].findings += rules.findings(VerificationChecks.inconsistentNumber, range: range, document: document,
                                                             fill: ["detail": "“\(earlier.text)” on line \(earlier.line)"])
                    }
                } else {
                    seen[key] = (q, text, document.source.location(of: range.lowerBound).line)
                }
            }
        }
    }
}
