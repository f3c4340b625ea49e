/// Options for the verification checks.
public struct VerificationOptions: Sendable, Hashable {
    /// House policy: independent confidential sources each anonymous claim
    /// needs (`too-few-confidential-sources`).
    public var minConfidentialSources: Int

    public init(minConfidentialSources: Int = 2) {
        self.minConfidentialSources = minConfidentialSources
    }
}

/// Runs link sourcing and the verification checks over analysed claims:
/// the internal-consistency checks always, the ledger checks (quote,
/// number, coverage, leak) when the article has a ledger. Built once per
/// rule set; `verify` is pure.
struct Verifier: Sendable {
    let rules: VerificationRules
    let links: LinkSourcing
    let titles: TitleConsistency

    init(ruleSet: RuleSet) {
        rules = VerificationRules(ruleSet: ruleSet)
        links = LinkSourcing(ruleSet: ruleSet)
        titles = TitleConsistency(rules: rules, ruleSet: ruleSet)
    }

    /// Attributions from links; call right after the analyser, before rules
    /// that read attributions.
    func sourceLinks(_ claims: inout [Claim], document: Document) {
        links.apply(to: &claims, document: document)
    }

    /// Adds claim findings in place; returns the whole-document findings and,
    /// with a ledger, the report's verification section.
    func verify(_ claims: inout [Claim], document: Document, quotations: [Quotation], ledger: Ledger?,
                options: VerificationOptions) -> (documentFindings: [Finding], section: VerificationSection?) {
        let words = VerificationWordTable(document.view, ranges: claims.map { $0.start..<$0.end })
        if rules.enabled(VerificationChecks.inconsistentNumber) {
            NumberConsistency(rules: rules).check(&claims, words: words, document: document)
        }
        if rules.enabled(VerificationChecks.inconsistentName) {
            NameConsistency(rules: rules).check(&claims, words: words, document: document)
        }
        if rules.enabled(VerificationChecks.inconsistentQuote) {
            QuoteConsistency(rules: rules).check(&claims, quotations: quotations, document: document)
        }
        if rules.enabled(VerificationChecks.inconsistentTitle) {
            titles.check(&claims, words: words, document: document)
        }
        guard let ledger else { return ([], nil) }
        return verify(&claims, words: claims.indices.map(words.located), document: document, quotations: quotations, ledger: ledger, options: options)
    }

    private func verify(_ claims: inout [Claim], words: [[(word: VerificationWord, range: Range<Int>)]], document: Document,
                        quotations: [Quotation], ledger: Ledger,
                        options: VerificationOptions) -> (documentFindings: [Finding], section: VerificationSection?) {
        let index = LedgerIndex(ledger)
        var section = VerificationSection(ledger: ledger.path)
        let quotes = QuoteCheck(ledger: ledger, rules: rules)
        let numbers = NumberCheck(ledger: ledger, rules: rules)
        let coverage = LedgerCoverage(ledger: ledger, index: index, rules: rules,
                                      minimumSources: max(1, options.minConfidentialSources))
        var claimsBySource: [String: [String]] = [:]
        var reported: Set<[String]> = []
        var lastSpeaker: LedgerSource? = nil
        func use(_ source: LedgerSource, _ claim: String) {
            if claimsBySource[source.id]?.last != claim { claimsBySource[source.id, default: []].append(claim) }
        }

        for i in claims.indices {
            let claim = claims[i]
            let keys = words[i].map(\.word.key)
            var speaker: LedgerSource? = nil
            var documents: [LedgerDocument] = []
            var citesDocument = false
            for a in claim.attributions {
                switch a.kind {
                case .named:
                    guard let source = a.source else { continue }
                    if LedgerIndex.isPronoun(source.text) {
                        if speaker == nil { speaker = lastSpeaker }
                    } else if let s = index.source(named: source.text) {
                        if speaker == nil { speaker = s }
                        use(s, claim.id)
                    } else if let d = index.document(named: source.text) {
                        documents.append(d)
                    } else if !index.namesConfidentialSource(source.text) {
                        coverage.unknownNamed(&claims, i, source: source, reported: &reported, document: document, section: &section)
                    }
                case .document:
                    citesDocument = true
                    if let source = a.source, let d = index.document(named: source.text) { documents.append(d) }
                case .anonymous:
                    for s in coverage.anonymous(&claims, i, attribution: a, claimKeys: keys, document: document, section: &section) {
                        use(s, claim.id)
                    }
                default:
                    break
                }
            }
            for link in document.links where link.range.overlaps(claim.start..<claim.end) {
                if let d = index.document(href: link.href) { documents.append(d) }
            }
            if citesDocument && documents.isEmpty && ledger.documents.count == 1 { documents = ledger.documents }
            for s in ledger.sources where !s.confidential && LedgerIndex.supports(s, keys) { use(s, claim.id) }
            if let speaker {
                lastSpeaker = speaker
                quotes.check(&claims, i, speaker: speaker, quotations: quotations, document: document, section: &section)
            }
            var unique: [LedgerDocument] = []
            for d in documents where !unique.contains(where: { $0.id == d.id }) { unique.append(d) }
            numbers.check(&claims, i, documents: unique, quotations: quotations, document: document, section: &section)
        }
        LeakCheck(ledger: ledger, rules: rules).check(&claims, words: words, document: document)
        let documentFindings = coverage.documentGaps(used: Set(claimsBySource.keys), articleKeys: words.flatMap { $0.map(\.word.key) },
                                                     document: document, section: &section)
        section.sources = ledger.sources.map {
            .init(id: $0.id, label: $0.label, role: $0.role, record: $0.confidential ? "confidential" : "on",
                  claims: claimsBySource[$0.id] ?? [])
        }
        return (documentFindings, section)
    }
}
