/// Quote check: every direct quotation attributed to a ledger source must
/// appear in one of that source's transcripts (`QuoteAlignment`). Exact
/// matches are recorded as verified; near misses get a word-level diff
/// (`quote-near-miss`); anything else is `quote-not-found`. Quotations of
/// fewer than `minimumWords` words (scare quotes, single terms) are not
/// checked. A quotation running over several claims is checked once, on the
/// claim where it opens.
struct QuoteCheck {
    static let minimumWords = 3

    let ledger: Ledger
    let rules: VerificationRules
    /// Transcript words, once per transcript.
    let transcriptWords: [String: [VerificationWord]]

    init(ledger: Ledger, rules: VerificationRules) {
        self.ledger = ledger
        self.rules = rules
        var words: [String: [VerificationWord]] = [:]
        for t in ledger.transcripts { words[t.id] = VerificationText.words(t.text) }
        transcriptWords = words
    }

    /// Checks the quotations of claim `index`, spoken by `speaker`.
    func check(_ claims: inout [Claim], _ index: Int, speaker: LedgerSource, quotations: [Quotation],
               document: Document, section: inout VerificationSection) {
        let claim = claims[index]
        for quote in quotations where quote.range.lowerBound >= claim.start && quote.range.lowerBound < claim.end {
            let text = document.text(quote.content)
            let items = QuoteAlignment.items(text)
            let wordCount = items.reduce(0) { if case .word = $1 { return $0 + 1 } else { return $0 } }
            guard wordCount >= Self.minimumWords else { continue }
            let range = quote.range
            let transcripts = ledger.transcripts(of: speaker.id)
            var result = VerificationSection.QuoteResult(claim: claim.id, source: speaker.id, status: .notFound,
                                                         transcript: nil, start: range.lowerBound, end: range.upperBound,
                                                         text: document.text(range), detail: nil)
            guard !transcripts.isEmpty else {
                result.status = .noTranscript
                claims[index].findings += rules.findings(VerificationChecks.quoteNotFound, range: range, document: document,
                    fill: ["source": speaker.label, "detail": " (the ledger has no transcript or notes of \(speaker.id))"])
                section.quotes.append(result)
                continue
            }
            var best: (QuoteAlignment.Result, LedgerTranscript)? = nil
            for t in transcripts {
                let r = QuoteAlignment.align(items, transcriptWords[t.id] ?? [])
                if best == nil || r.cost < best!.0.cost { best = (r, t) }
                if r.isExact { break }
            }
            guard let (alignment, transcript) = best else { continue }
            if alignment.isExact {
                result.status = .verified
                result.transcript = transcript.id
            } else if alignment.isNearMiss {
                result.status = .nearMiss
                result.transcript = transcript.id
                result.detail = alignment.diffMessage
                claims[index].findings += rules.findings(VerificationChecks.quoteNearMiss, range: range, document: document,
                    fill: ["source": speaker.label, "detail": alignment.diffMessage])
            } else {
                let ids = transcripts.map(\.id).joined(separator: ", ")
                claims[index].findings += rules.findings(VerificationChecks.quoteNotFound, range: range, document: document,
                    fill: ["source": speaker.label, "detail": " (\(ids))"])
            }
            section.quotes.append(result)
        }
    }
}
