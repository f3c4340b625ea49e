/// The one-line verdict on an article for an editor: the house limits
/// (`MetricThresholds`) it breaks decide first, then the worst finding.
public struct Verdict: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, CaseIterable {
        /// Within every limit, no warnings or errors.
        case ok
        /// Within every limit, but warnings to review.
        case review
        /// A house limit broken or an error finding: fix before publishing.
        case fix
    }

    public var level: Level
    /// "Fix before publishing:", "Review suggested:", "Ready on sourcing:".
    public var lead: String
    /// The reasons, one sentence.
    public var detail: String
    /// The limits broken, in `DocumentMetric` order.
    public var violations: [MetricViolation]

    public init(summary s: Summary, thresholds: MetricThresholds) {
        violations = thresholds.violations(of: s)
        if s.claims == 0 {
            level = .ok
            lead = "Nothing to audit:"
            detail = "no claims found."
            return
        }
        let counts = ReportText.findings(s)
        if !violations.isEmpty {
            level = .fix
            lead = "Fix before publishing:"
            let broken = violations.map(\.shortMessage).joined(separator: "; ")
            detail = "\(broken); \(counts)."
        } else if s.findings(.error) > 0 {
            level = .fix
            lead = "Fix before publishing:"
            detail = "within the house limits, but \(counts)."
        } else if s.findings(.warning) > 0 {
            level = .review
            lead = "Review suggested:"
            detail = "within the house limits; \(counts)."
        } else {
            level = .ok
            lead = "Ready on sourcing:"
            detail = "within the house limits; \(counts)."
        }
    }

    /// The whole line.
    public var line: String { "\(lead) \(detail)" }
}

extension MetricViolation {
    /// A clause for the verdict line: "31% unsourced (max 25%)".
    public var shortMessage: String {
        switch metric {
        case .namedSources:
            "\(ReportText.count(Int(value), "named source")) (min \(Int(limit)))"
        case .unsourcedShare:
            "\(ReportText.percent(value)) unsourced (max \(ReportText.percent(limit)))"
        case .anonymousShare:
            "\(ReportText.percent(value)) of attributions anonymous (max \(ReportText.percent(limit)))"
        case .hedgesPer100Words:
            "\(ReportText.fixed(value, places: 1)) hedges per 100 words (max \(ReportText.fixed(limit, places: 1)))"
        }
    }
}
