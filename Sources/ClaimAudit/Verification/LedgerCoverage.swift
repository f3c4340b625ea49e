/// Ledger coverage: every named source in the copy is in the ledger; every
/// anonymous attribution maps to confidential ledger sources whose supports
/// snippets cover the claim, at least `minimumSources` of them
/// (independent = distinct ledger sources); and, for the whole document,
/// every ledger source supports some claim and every supports snippet is
/// in the article.
struct LedgerCoverage {
    let ledger: Ledger
    let index: LedgerIndex
    let rules: VerificationRules
    let minimumSources: Int

    /// A named source not in the ledger; reported once per name.
    func unknownNamed(_ claims: inout [Claim], _ i: Int, source: Span, reported: inout Set<[String]>,
                      document: Document, section: inout VerificationSection) {
        let key = LedgerIndex.stripDeterminers(VerificationText.keys(source.text))
        guard !key.isEmpty, reported.insert(key).inserted else { return }
        let found = rules.findings(VerificationChecks.sourceNotInLedger, range: source.range, document: document)
        claims[i].findings += found
        section.gaps += found.map { .init(claim: claims[i].id, rule: $0.rule, message: $0.message) }
    }

    /// Checks an anonymous attribution; returns the confidential sources covering it.
    func anonymous(_ claims: inout [Claim], _ i: Int, attribution: Attribution, claimKeys: [String],
                   document: Document, section: inout VerificationSection) -> [LedgerSource] {
        let covering = index.confidentialSupport(for: claimKeys)
        let range = attribution.source?.range ?? (claims[i].start..<claims[i].end)
        var found: [Finding] = []
        if covering.isEmpty {
            found = rules.findings(VerificationChecks.anonymousNotCovered, range: range, document: document)
        } else if covering.count < minimumSources {
            let ids = covering.map(\.id).joined(separator: ", ")
            found = rules.findings(VerificationChecks.tooFewConfidentialSources, range: range, document: document,
                                   fill: ["count": "\(covering.count) (\(ids))", "detail": "\(minimumSources)"])
        }
        claims[i].findings += found
        section.gaps += found.map { .init(claim: claims[i].id, rule: $0.rule, message: $0.message) }
        return covering
    }

    /// Whole-document gaps: unused sources, snippets missing from the article.
    func documentGaps(used: Set<String>, articleKeys: [String], document: Document,
                      section: inout VerificationSection) -> [Finding] {
        guard rules.enabled(VerificationChecks.ledgerCoverageGap) else { return [] }
        var out: [Finding] = []
        func gap(_ detail: String) {
            let found = rules.findings(VerificationChecks.ledgerCoverageGap, range: 0..<0, document: document,
                                       fill: ["detail": detail])
            out += found
            section.gaps += found.map { .init(claim: nil, rule: $0.rule, message: $0.message) }
        }
        for s in ledger.sources {
            if !used.contains(s.id) {
                gap("Ledger source \(s.id) (\(s.label), \(ledger.path):\(s.line)) supports no claim in the copy.")
            }
            for snippet in s.supports where !VerificationText.contains(articleKeys, VerificationText.keys(snippet)) {
                gap("Ledger source \(s.id) (\(ledger.path):\(s.line)) supports “\(snippet)”, which is not in the article.")
            }
        }
        return out
    }
}
