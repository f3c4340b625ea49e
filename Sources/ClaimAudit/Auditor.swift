/// The whole pipeline for one input: load, segment, analyse, apply rules,
/// summarise. Build one `Auditor` per rule set and reuse it: compiling the
/// rules is the expensive part, and `audit` is pure and thread-safe.
public struct Auditor: Sendable {
    public let ruleSet: RuleSet
    let segmenter: Segmenter
    let analyzer: Analyzer
    let engine: RuleEngine
    let verifier: Verifier
    /// Ids of the enabled rules that run the `unsourced-claim` check, for
    /// the summary's unsourced count (nil: the shipped rule only).
    let unsourcedRules: [String]?

    public init(ruleSet: RuleSet) throws {
        self.ruleSet = ruleSet
        try LexiconReferences.check(ruleSet)
        self.segmenter = Segmenter(labels: ruleSet.sectionLabels)
        self.analyzer = try Analyzer(ruleSet: ruleSet)
        self.engine = try RuleEngine(ruleSet: ruleSet, lexicons: analyzer.lexicons)
        self.verifier = Verifier(ruleSet: ruleSet)
        let ids = analyzer.unsourcedRules.map(\.id)
        self.unsourcedRules = ids == Summary.shippedUnsourcedRules ? nil : ids
    }

    /// Audits one loaded document; with a source `ledger`, also verifies
    /// quotes, numbers, coverage and confidentiality against it.
    public func audit(_ document: Document, ledger: Ledger? = nil,
                      verification: VerificationOptions = VerificationOptions()) -> DocumentReport {
        audit(document, ledger: ledger, verification: verification, after: nil)
    }

    /// `audit`, calling `after(stage)` as each stage ends: the benchmark
    /// (`claimaudit-bench`) times the stages of the real pipeline this way.
    public func audit(_ document: Document, ledger: Ledger? = nil,
                      verification: VerificationOptions = VerificationOptions(),
                      after: ((AuditStage) -> Void)?) -> DocumentReport {
        let segmentation = segmenter.segment(document)
        after?(.segment)
        // The analyser's tokens of each claim are reused by the rule engine.
        var (claims, tokens) = analyzer.analyzeKeepingTokens(document, segmentation)
        verifier.sourceLinks(&claims, document: document)
        after?(.analyse)
        engine.apply(to: &claims, document: document, segmentation: segmentation, tokens: tokens)
        FindingPrecedence.resolve(&claims, quotations: segmentation.quotations)
        after?(.rules)
        let verified = verifier.verify(&claims, document: document, quotations: segmentation.quotations,
                                       ledger: ledger, options: verification)
        for i in claims.indices {
            claims[i].findings.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
        }
        after?(.verify)
        var report = DocumentReport(path: document.source.path, format: document.format, claims: claims,
                                    documentFindings: Self.inputFindings(document) + verified.documentFindings,
                                    unsourcedRules: unsourcedRules)
        report.verification = verified.section
        after?(.summary)
        return report
    }

    /// What reading and loading the input found (encoding guessed, invalid
    /// bytes, NULs, HTML too deep), as document findings in the `input`
    /// category.
    static func inputFindings(_ document: Document) -> [Finding] {
        let source = document.source
        return (source.notes + document.notes).map { note in
            Finding(rule: note.code, category: "input", severity: note.severity, message: note.message,
                    start: note.start, end: note.end, location: source.location(of: note.start))
        }
    }

    /// Loads and audits one input.
    public func audit(_ source: SourceText, format: InputFormat, ledger: Ledger? = nil,
                      verification: VerificationOptions = VerificationOptions()) throws -> DocumentReport {
        try audit(Loader.load(source, format: format), ledger: ledger, verification: verification)
    }
}

/// The stages of `Auditor.audit`, in order, for timing.
public enum AuditStage: String, Sendable, CaseIterable {
    /// Sentences, quotations, section labels.
    case segment
    /// Attributions and the sourcing checks (`Analyzer`, links as sources).
    case analyse
    /// Phrase, regex and token-pattern rules; finding precedence.
    case rules
    /// Ledger verification and finding order.
    case verify
    /// The per-document summary and report.
    case summary
}
