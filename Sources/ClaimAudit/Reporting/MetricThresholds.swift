/// Per-article limits for the document-level metrics in `Summary`. A `nil`
/// limit is off. The defaults are a starting house policy; a config file
/// (`claimaudit.xml`) overrides them, and the HTML verdict and the
/// document-level rules read the same values, so the two never disagree.
public struct MetricThresholds: Sendable, Hashable, Codable {
    /// Fewest distinct named sources (people, organisations, outlets) an article should have.
    public var minNamedSources: Int?
    /// Largest share of claims (0…1) that may carry an `unsourced-claim` finding.
    public var maxUnsourcedShare: Double?
    /// Largest share (0…1) of sourcing attributions that may be anonymous.
    public var maxAnonymousShare: Double?
    /// Most hedges (`Summary.isHedge`: findings of category `hedging`) per 100 words of claim text.
    public var maxHedgesPer100Words: Double?

    public init(minNamedSources: Int? = 1, maxUnsourcedShare: Double? = 0.25,
                maxAnonymousShare: Double? = 0.5, maxHedgesPer100Words: Double? = 2.0) {
        self.minNamedSources = minNamedSources
        self.maxUnsourcedShare = maxUnsourcedShare
        self.maxAnonymousShare = maxAnonymousShare
        self.maxHedgesPer100Words = maxHedgesPer100Words
    }

    /// Every limit off.
    public static let none = MetricThresholds(minNamedSources: nil, maxUnsourcedShare: nil,
                                              maxAnonymousShare: nil, maxHedgesPer100Words: nil)

    /// The limits `summary` breaks, in a fixed order (the order of `DocumentMetric.allCases`).
    /// An article with no claims breaks none: there is nothing to source.
    public func violations(of summary: Summary) -> [MetricViolation] {
        guard summary.claims > 0 else { return [] }
        var out: [MetricViolation] = []
        if let min = minNamedSources, summary.namedSources < min {
            out.append(MetricViolation(metric: .namedSources, value: Double(summary.namedSources), limit: Double(min)))
        }
        if let max = maxUnsourcedShare, summary.unsourcedShare > max {
            out.append(MetricViolation(metric: .unsourcedShare, value: summary.unsourcedShare, limit: max))
        }
        if let max = maxAnonymousShare, summary.sourcedAttributions > 0, summary.anonymousShare > max {
            out.append(MetricViolation(metric: .anonymousShare, value: summary.anonymousShare, limit: max))
        }
        if let max = maxHedgesPer100Words, summary.hedgesPer100Words > max {
            out.append(MetricViolation(metric: .hedgesPer100Words, value: summary.hedgesPer100Words, limit: max))
        }
        return out
    }
}

/// The document-level metrics that have thresholds.
public enum DocumentMetric: String, Sendable, Hashable, Codable, CaseIterable {
    case namedSources = "named-sources"
    case unsourcedShare = "unsourced-share"
    case anonymousShare = "anonymous-share"
    case hedgesPer100Words = "hedges-per-100-words"
}

/// One broken limit: the measured value against the configured one.
public struct MetricViolation: Sendable, Hashable, Codable {
    public var metric: DocumentMetric
    public var value: Double
    public var limit: Double

    /// A sentence for the writer: "2 named sources; the house minimum is 3."
    public var message: String {
        switch metric {
        case .namedSources:
            let n = Int(value), min = Int(limit)
            return "\(ReportText.count(n, "named source")); the house minimum is \(min)."
        case .unsourcedShare:
            return "\(ReportText.percent(value)) of claims are unsourced; the house maximum is \(ReportText.percent(limit))."
        case .anonymousShare:
            return "\(ReportText.percent(value)) of attributions are anonymous; the house maximum is \(ReportText.percent(limit))."
        case .hedgesPer100Words:
            return "\(ReportText.fixed(value, places: 1)) hedges per 100 words; the house maximum is \(ReportText.fixed(limit, places: 1))."
        }
    }
}
