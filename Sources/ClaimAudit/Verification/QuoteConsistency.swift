/// Internal consistency, quotations: the same quotation given twice with
/// different wording. Quotations of `minimumWords` words or more are
/// compared pairwise with `QuoteAlignment` in both directions; a later
/// quotation that is a near miss of an earlier one (and no exact match,
/// which a partial re-quote is) is reported.
struct QuoteConsistency {
    static let minimumWords = 5
    let rules: VerificationRules

    func check(_ claims: inout [Claim], quotations: [Quotation], document: Document) {
        let quotes = quotations.map { q in
            let text = document.text(q.content)
            return (quote: q, items: QuoteAlignment.items(text), words: VerificationText.words(text))
        }.filter { $0.words.count >= Self.minimumWords }
        guard quotes.count >= 2 else { return }
        for j in 1..<quotes.count {
            for i in 0..<j {
                let forward = QuoteAlignment.align(quotes[j].items, quotes[i].words)
                let backward = QuoteAlignment.align(quotes[i].items, quotes[j].words)
                guard !forward.isExact, !backward.isExact, forward.isNearMiss else { continue }
                let range = quotes[j].quote.range
                guard let c = claims.firstIndex(where: { $0.start <= range.lowerBound && range.lowerBound < $0.end }) else { break }
                let line = document.source.location(of: quotes[i].quote.range.lowerBound).line
                claims[c].findings += rules.findings(VerificationChecks.inconsistentQuote, range: range, document: document,
                    fill: ["detail": forward.diff(reference: "line \(line)", copy: "this one")])
                break
            }
        }
    }
}
