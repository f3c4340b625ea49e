/// The audit of a folder of articles for `claimaudit report DIR -o OUTDIR`:
/// one entry per article, in path order, each either audited or failed
/// (unreadable, undecodable), so one bad file never hides the others.
public struct CollectionReport: Sendable {
    public var tool: String
    /// The house limits every article is judged by.
    public var thresholds: MetricThresholds
    public var entries: [CollectionEntry]

    public init(tool: String = ClaimAuditVersion.string, thresholds: MetricThresholds = MetricThresholds(),
                entries: [CollectionEntry]) {
        self.tool = tool
        self.thresholds = thresholds
        self.entries = entries
    }

    /// The audited articles' reports, in entry order.
    public var documents: [DocumentReport] { entries.compactMap(\.report) }

    /// Entries that could not be audited.
    public var failures: [CollectionEntry] { entries.filter { $0.report == nil } }

    /// Totals over the audited articles.
    public var totals: CollectionTotals { CollectionTotals(documents: documents, thresholds: thresholds) }
}

/// One article of a collection.
public struct CollectionEntry: Sendable {
    /// The article's path as found (relative to the current directory).
    public var path: String
    /// What the index shows: the path relative to the folder it was found
    /// in ("politics/vote.md"); the full path is in the row's tooltip.
    public var name: String
    /// Its page, relative to the output folder (`articles/news--story.md.html`).
    public var page: String
    /// The audit, or nil when the article could not be audited.
    public var report: DocumentReport?
    /// Why it could not be audited (`path:line:col: error: …`).
    public var error: String?

    public init(path: String, name: String? = nil, page: String, report: DocumentReport?, error: String? = nil) {
        self.path = path
        self.name = name ?? path
        self.page = page
        self.report = report
        self.error = error
    }
}

/// Figures over a whole collection, for the index's header.
public struct CollectionTotals: Sendable, Hashable {
    public var articles: Int
    public var claims: Int
    public var unsourcedClaims: Int
    /// Unsourced claims over all claims, 0…1.
    public var unsourcedShare: Double
    /// Articles breaking at least one house limit.
    public var articlesOverLimits: Int
    /// Articles by verdict level.
    public var verdicts: [Verdict.Level: Int]
    /// Findings by severity over all articles.
    public var findings: [Severity: Int]

    public init(documents: [DocumentReport], thresholds: MetricThresholds) {
        articles = documents.count
        claims = documents.reduce(0) { $0 + $1.summary.claims }
        unsourcedClaims = documents.reduce(0) { $0 + $1.summary.unsourcedClaims }
        unsourcedShare = claims == 0 ? 0 : Double(unsourcedClaims) / Double(claims)
        var over = 0
        var verdicts: [Verdict.Level: Int] = [:]
        var findings: [Severity: Int] = [:]
        for doc in documents {
            let v = Verdict(summary: doc.summary, thresholds: thresholds)
            if !v.violations.isEmpty { over += 1 }
            verdicts[v.level, default: 0] += 1
            for s in Severity.allCases { findings[s, default: 0] += doc.summary.findings(s) }
        }
        articlesOverLimits = over
        self.verdicts = verdicts
        self.findings = findings
    }
}

extension DocumentReport {
    /// This report without its claims, findings and verification section but
    /// with its summary, format and path: everything a collection index
    /// shows. An archive's index keeps these (a few hundred bytes each)
    /// instead of every article's claims. The summary is not recomputed, so
    /// it still describes the whole audit.
    public var indexFigures: DocumentReport {
        var figures = self
        figures.claims = []
        figures.documentFindings = []
        figures.verification = nil
        return figures
    }
}
