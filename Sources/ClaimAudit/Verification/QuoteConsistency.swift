/// Internal consistency, quotations: the same quotation given twice with
/// different wording. Quotations of `minimumWords` words or more are
/// compared pairwise with `QuoteAlignment` in both directions; a later
/// quotation that is a near miss of an earlier one (and no exact match,
/// which a partial re-quote is) is reported.
struct QuoteConsistency {
    static let minimumWords = 5
    /// Earlier quotations a quotation is aligned with at most (those sharing
    /// the most words): bounds the work on a long or hostile input.
    static let maximumComparisons = 20
    /// A word found in more quotations than this is not used to pair them.
    static let commonWord = 64

    /// The claim whose range holds `offset` (claims are in document order).
    static func claim(containing offset: Int, in claims: [Claim]) -> Int? {
        var lo = 0, hi = claims.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if claims[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < claims.count && claims[lo].start <= offset ? lo : nil
    }
    let rules: VerificationRules

    func check(_ claims: inout [Claim], quotations: [Quotation], document: Document) {
        // Each distinct wording once: a quotation repeated word for word is
        // consistent, and long documents repeat many.
        var seen: Set<[String]> = []
        var quotes: [(quote: Quotation, text: String, words: [VerificationWord])] = []
        for q in quotations {
            let text = document.text(q.content)
            let words = VerificationText.words(text)
            guard words.count >= Self.minimumWords, seen.insert(words.map(\.key)).inserted else { continue }
            quotes.append((q, text, words))
        }
        // A quotation's alignment items only when it is compared: most never are.
        var itemCache = [[QuoteAlignment.Item]?](repeating: nil, count: quotes.count)
        func items(_ j: Int) -> [QuoteAlignment.Item] {
            if let cached = itemCache[j] { return cached }
            let made = QuoteAlignment.items(quotes[j].text)
            itemCache[j] = made
            return made
        }
        guard quotes.count >= 2 else { return }
        // Only pairs sharing at least half their distinct words can be near
        // misses of each other: find them through an index of words.
        var postings: [String: [Int]] = [:]
        var distinct: [Set<String>] = []
        for (j, q) in quotes.enumerated() {
            let set = Set(q.words.map(\.key))
            var shared: [Int: Int] = [:]
            for w in set {
                // A word in many quotations ("the") says nothing about which
                // ones are alike; counting it would make this quadratic.
                guard let list = postings[w], list.count <= Self.commonWord else { continue }
                for i in list { shared[i, default: 0] += 1 }
            }
            let candidates = shared.filter { i, n in n * 2 >= min(set.count, distinct[i].count) }
                .sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(Self.maximumComparisons).map(\.key).sorted()
            for i in candidates {
                let forward = QuoteAlignment.align(items(j), quotes[i].words)
                guard !forward.isExact, forward.isNearMiss else { continue }
                let backward = QuoteAlignment.align(items(i), q.words)
                guard !backward.isExact else { continue }
                let range = q.quote.range
                guard let c = Self.claim(containing: range.lowerBound, in: claims) else { break }
                let line = document.source.location(of: quotes[i].quote.range.lowerBound).line
                claims[c].findings += rules.findings(VerificationChecks.inconsistentQuote, range: range, document: document,
                    fill: ["detail": forward.diff(reference: "line \(line)", copy: "this one")])
                break
            }
            for w in set { postings[w, default: []].append(j) }
            distinct.append(set)
        }
    }
}
