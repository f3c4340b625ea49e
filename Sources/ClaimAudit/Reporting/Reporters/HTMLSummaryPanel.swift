/// The summary panel at the top of each document in the HTML report: the
/// four house metrics as figures marked against their limits, claims by kind
/// as an inline SVG bar chart, and who the claims rest on (named sources
/// folded by `SourceName`, anonymous sources as one group). Every state is
/// spelled out in words as well as colour ("over the limit").
struct HTMLSummaryPanel {
    typealias Node = HTMLBuilder.Node
    let b: HTMLBuilder
    let doc: DocumentReport
    let thresholds: MetricThresholds
    /// Prefix for ids inside the panel (SVG patterns), unique per page.
    let idPrefix: String

    func render(in parent: Node) throws {
        let s = doc.summary
        let box = try b.element("section", in: parent, ["class": "summary", "aria-label": "Summary"])
        let grid = try b.element("div", in: box, ["class": "summary-grid"])

        let figures = try b.element("div", in: grid, ["class": "figures"])
        try b.element("h3", in: figures, text: "Sourcing")
        let broken = Set(thresholds.violations(of: s).map(\.metric))
        try figure(in: figures, metric: .unsourcedShare, value: ReportText.percent(s.unsourcedShare),
                   label: "claims unsourced",
                   detail: "\(s.unsourcedClaims) of \(ReportText.count(s.claims, "claim"))",
                   limit: thresholds.maxUnsourcedShare.map { "max \(ReportText.percent($0))" }, broken: broken)
        try figure(in: figures, metric: .anonymousShare, value: ReportText.percent(s.anonymousShare),
                   label: "of attributions anonymous",
                   detail: "\(s.anonymousAttributions) anonymous · \(s.namedAttributions) named · "
                       + "\(s.sourcedAttributions) sourcing in all",
                   limit: thresholds.maxAnonymousShare.map { "max \(ReportText.percent($0))" }, broken: broken,
                   meter: s.sourcedAttributions > 0 ? s.anonymousShare : nil)
        try figure(in: figures, metric: .namedSources, value: String(s.namedSources),
                   label: s.namedSources == 1 ? "named source" : "named sources",
                   detail: "distinct people, organisations and outlets",
                   limit: thresholds.minNamedSources.map { "min \($0)" }, broken: broken)
        try figure(in: figures, metric: .hedgesPer100Words, value: ReportText.fixed(s.hedgesPer100Words, places: 1),
                   label: "hedges per 100 words",
                   detail: "\(ReportText.count(s.hedges, "hedge")) in \(ReportText.count(s.words, "word"))",
                   limit: thresholds.maxHedgesPer100Words.map { "max \(ReportText.fixed($0, places: 1))" },
                   broken: broken)

        let chart = try b.element("figure", in: grid, ["class": "chart"])
        try b.element("h3", in: chart, text: "Claims by kind")
        try HTMLBarChart(b: b, idPrefix: idPrefix).render(kindsOf: s, in: chart)

        try sources(in: grid)
    }

    /// One figure: big value, what it measures, the detail, and its limit
    /// with a word for the state, so the state reads without colour.
    private func figure(in parent: Node, metric: DocumentMetric, value: String, label: String, detail: String,
                        limit: String?, broken: Set<DocumentMetric>, meter share: Double? = nil) throws {
        let over = broken.contains(metric)
        let state = limit == nil ? "no-limit" : over ? "over" : "within"
        let box = try b.element("div", in: parent, ["class": "figure m-\(metric.rawValue) \(state)",
                                                     "data-metric": metric.rawValue])
        let top = try b.element("p", in: box, ["class": "figure-top"])
        try b.element("span", in: top, text: value, ["class": "figure-value"])
        try b.text(" ", in: top)
        try b.element("span", in: top, text: label, ["class": "figure-label"])
        if let share {
            let bar = try b.element("span", in: box, [
                "class": "meter", "role": "img", "aria-label": "\(ReportText.percent(share)) anonymous",
            ])
            try b.element("span", in: bar, ["class": "part-anonymous", "style": "width: \(Self.width(share))"])
            try b.element("span", in: bar, ["class": "part-named", "style": "width: \(Self.width(1 - share))"])
        }
        try b.element("p", in: box, text: detail, ["class": "figure-detail"])
        if let limit {
            try b.element("p", in: box, text: over ? "✗ over the limit (\(limit))" : "✓ within the limit (\(limit))",
                          ["class": "figure-limit"])
        }
    }

    static func width(_ share: Double) -> String {
        "\(ReportText.fixed(max(0, min(1, share)) * 100, places: 1))%"
    }

    private func sources(in grid: Node) throws {
        let tally = SourceTally(claims: doc.claims)
        let box = try b.element("div", in: grid, ["class": "sources-box"])
        try b.element("h3", in: box, text: "Who the claims rest on")
        if tally.named.isEmpty && tally.anonymousClaims == 0 {
            try b.element("p", in: box, text: "No named or anonymous sources.", ["class": "nothing"])
            return
        }
        let list = try b.element("ol", in: box, ["class": "sources"])
        for source in tally.named {
            let item = try b.element("li", in: list, ["class": "named-source"])
            try b.element("span", in: item, text: source.name, ["class": "name"])
            try b.element("span", in: item, text: " — " + ReportText.count(source.claims, "claim"), ["class": "n"])
        }
        if tally.anonymousClaims > 0 {
            let item = try b.element("li", in: list, ["class": "anonymous-group"])
            try b.element("span", in: item, text: "Anonymous sources", ["class": "name"])
            try b.element("span", in: item, text: " — " + ReportText.count(tally.anonymousClaims, "claim"), ["class": "n"])
            let words = tally.anonymousDescriptions.map { "“\($0.name)”" + ($0.claims > 1 ? " ×\($0.claims)" : "") }
            try b.element("span", in: item, text: words.joined(separator: ", "), ["class": "descriptions"])
        }
    }
}
