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
        // consistent, and long documents repeat many. Words are read from
        // the view (the same words as from `document.text` of the range:
        // that only drops ignorable bytes and folds white space).
        let table = VerificationWordTable(document.view, ranges: quotations.map(\.content))
        var seen: Set<[UInt64]> = []
        var quotes: [(quote: Quotation, span: Range<Int>)] = []
        for (n, q) in quotations.enumerated() {
            let span = table.spans[n]
            guard span.count >= Self.minimumWords, seen.insert(table.words[span].map(\.key)).inserted else { continue }
            quotes.append((q, span))
        }
        // A quotation's alignment items and words only when it is compared: most never are.
        var itemCache = [[QuoteAlignment.Item]?](repeating: nil, count: quotes.count)
        func items(_ j: Int) -> [QuoteAlignment.Item] {
            if let cached = itemCache[j] { return cached }
            let made = QuoteAlignment.items(document.text(quotes[j].quote.content))
            itemCache[j] = made
            return made
        }
        var wordCache = [[VerificationWord]?](repeating: nil, count: quotes.count)
        func words(_ j: Int) -> [VerificationWord] {
            if let cached = wordCache[j] { return cached }
            let made = quotes[j].span.map(table.word)
            wordCache[j] = made
            return made
        }
        guard quotes.count >= 2 else { return }
        // Only pairs sharing at least half their distinct words can be near
        // misses of each other: find them through an index of words.
        var postings: [UInt64: [Int]] = [:]
        var distinct: [Set<UInt64>] = []
        for (j, q) in quotes.enumerated() {
            let set = Set(table.words[q.span].lazy.map(\.key))
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
                let forward = QuoteAlignment.align(items(j), words(i))
                guard !forward.isExact, forward.isNearMiss else { continue }
                let backward = QuoteAlignment.align(items(i), words(j))
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
