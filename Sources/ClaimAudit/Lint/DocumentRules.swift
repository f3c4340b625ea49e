/// The document-level metric rules: one finding per article that breaks a
/// limit of `MetricThresholds` (too few named sources, too many unsourced
/// claims, too many anonymous attributions, too many hedges per 100 words).
///
/// Rule ids are the `DocumentMetric` names (`named-sources`,
/// `unsourced-share`, `anonymous-share`, `hedges-per-100-words`). A lint
/// configuration sets each one's limit (`min` for named-sources, `max` for
/// the others), severity, or turns it off; the HTML verdict reads the same
/// `thresholds`. The finding sits at offset 0 (line 1, column 1): it belongs
/// to the whole article.
public struct DocumentRules: Sendable {
    public var thresholds: MetricThresholds
    /// Severity per metric; a metric without an entry uses `defaultSeverity`.
    public var severities: [DocumentMetric: Severity] = [:]
    public static let defaultSeverity: Severity = .warning
    public static let category = "sourcing"

    /// Every rule id, for configs and suppression comments.
    public static let ids: Set<String> = Set(DocumentMetric.allCases.map(\.rawValue))

    /// One line per rule, for `rules`-style listings and SARIF.
    public static let descriptions: [String: String] = [
        DocumentMetric.namedSources.rawValue: "The article cites fewer distinct named sources than the house minimum.",
        DocumentMetric.unsourcedShare.rawValue: "Too large a share of the article's claims is unsourced.",
        DocumentMetric.anonymousShare.rawValue: "Too large a share of the article's attributions is anonymous.",
        DocumentMetric.hedgesPer100Words.rawValue: "The article hedges more often per 100 words than the house maximum.",
    ]

    public init(thresholds: MetricThresholds = MetricThresholds()) {
        self.thresholds = thresholds
    }

    /// The shipped limits with the configuration's `<rule>` settings applied
    /// (the last setting for a rule wins). `enabled="false"` removes a limit.
    public init(config: LintConfig) throws {
        self.init()
        let file = config.path ?? "claimaudit.xml"
        var problems: [XMLDiagnostic] = []
        for setting in config.rules {
            guard let metric = DocumentMetric(rawValue: setting.id) else { continue }
            if let severity = setting.severity { severities[metric] = severity }
            let takesMin = metric == .namedSources
            if (takesMin && setting.max != nil) || (!takesMin && setting.min != nil) {
                problems.append(ConfigLoader.diagnostic(file, at: setting.limitLocation ?? setting.location,
                    "rule '\(metric.rawValue)' takes \(takesMin ? "min" : "max"), not \(takesMin ? "max" : "min")"))
                continue
            }
            if metric == .unsourcedShare || metric == .anonymousShare, let max = setting.max, max > 1 {
                problems.append(ConfigLoader.diagnostic(file, at: setting.limitLocation ?? setting.location,
                    "rule '\(metric.rawValue)': max is a share from 0 to 1 (0.25 = 25%), not \(ReportText.fixed(max, places: 2))"))
                continue
            }
            if metric == .namedSources, let min = setting.min, min != min.rounded() {
                problems.append(ConfigLoader.diagnostic(file, at: setting.limitLocation ?? setting.location,
                    "rule 'named-sources': min is a whole number of sources"))
                continue
            }
            if setting.enabled == false {
                set(metric, nil)
            } else if let limit = setting.min ?? setting.max {
                set(metric, limit)
            }
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
    }

    private mutating func set(_ metric: DocumentMetric, _ limit: Double?) {
        switch metric {
        case .namedSources: thresholds.minNamedSources = limit.map { Int($0) }
        case .unsourcedShare: thresholds.maxUnsourcedShare = limit
        case .anonymousShare: thresholds.maxAnonymousShare = limit
        case .hedgesPer100Words: thresholds.maxHedgesPer100Words = limit
        }
    }

    /// One finding per broken limit, in `DocumentMetric` order.
    public func findings(for report: DocumentReport, source: SourceText) -> [Finding] {
        thresholds.violations(of: report.summary).map { v in
            Finding(rule: v.metric.rawValue, category: Self.category,
                    severity: severities[v.metric] ?? Self.defaultSeverity,
                    message: v.message, start: 0, end: 0, location: source.location(of: 0))
        }
    }
}
