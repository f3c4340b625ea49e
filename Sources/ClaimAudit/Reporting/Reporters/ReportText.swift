/// Wording and number formats shared by the human-readable reporters.
enum ReportText {
    /// `value` with exactly `places` decimals, no exponent: fixed(0.21428, 4) → `0.2143`.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return places > 0 ? "0." + String(repeating: "0", count: places) : "0" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return "\(sign)\(scaled)" }
        let fraction = String(scaled % scale)
        return "\(sign)\(scaled / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// Whole percent of a 0…1 share, rounded: 0.2142 → `21%`.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "0%" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// `1 claim`, `3 claims`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `error`/`errors`, `warning`/`warnings`, `info` (no plural).
    static func severityWord(_ s: Severity, count: Int) -> String {
        count != 1 && s != .info ? s.rawValue + "s" : s.rawValue
    }

    /// `1 error, 3 warnings, 2 info`, most severe first, zeros left out;
    /// `no findings` when there are none.
    static func findings(_ s: Summary) -> String {
        let parts = Severity.allCases.reversed().compactMap { sev -> String? in
            let n = s.findings(sev)
            return n > 0 ? "\(n) \(severityWord(sev, count: n))" : nil
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    /// A one-line verdict for a document: the worst severity decides the
    /// lead, then counts. Returns the severity class name too (`ok`,
    /// `info`, `warning`, `error`).
    static func verdict(_ s: Summary) -> (level: String, lead: String, detail: String) {
        if s.claims == 0 { return ("ok", "Nothing to audit:", "no claims found.") }
        let detail = "\(count(s.claims, "claim")), \(percent(s.unsourcedShare)) unsourced; \(findings(s))."
        if s.findings(.error) > 0 { return ("error", "Needs attention:", detail) }
        if s.findings(.warning) > 0 { return ("warning", "Review suggested:", detail) }
        return ("ok", "No warnings:", detail)
    }

    /// What each attribution kind means, for legends.
    static func meaning(of kind: AttributionKind) -> String {
        switch kind {
        case .named: "named person or organisation"
        case .anonymous: "unnamed sources"
        case .ownReporting: "the outlet’s own reporting"
        case .document: "document or data"
        case .outlet: "another news outlet"
        case .analysis: "labelled analysis"
        case .none: "no attribution"
        }
    }
}
