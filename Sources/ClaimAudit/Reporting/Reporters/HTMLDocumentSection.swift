/// One document's part of the HTML report.
struct HTMLDocumentSection {
    typealias Node = HTMLBuilder.Node
    let b: HTMLBuilder
    let doc: DocumentReport
    /// The section's id (`d1`).
    let anchor: String
    /// Prefix for claim and finding ids: empty for a single document, so
    /// claims are `c3`; `d2-` when several documents share the page.
    let idPrefix: String
    /// The house limits the verdict and the summary figures are judged by.
    var thresholds = MetricThresholds()

    func claimID(_ claim: Claim) -> String { idPrefix + claim.id }

    /// Finding ids `f1`, `f2`, … in document order, per claim.
    var findingIDs: [[String]] {
        var n = 0
        return doc.claims.map { claim in
            claim.findings.map { _ in
                n += 1
                return "\(idPrefix)f\(n)"
            }
        }
    }

    func render(in body: Node) throws {
        let section = try b.element("section", in: body, ["class": "document", "id": anchor])
        let header = try b.element("header", in: section)
        let h2 = try b.element("h2", in: header)
        try b.element("code", in: h2, text: doc.path)
        let v = Verdict(summary: doc.summary, thresholds: thresholds)
        let verdict = try b.element("p", in: header, ["class": "verdict v-\(v.level.rawValue)"])
        try b.element("strong", in: verdict, text: v.lead)
        try b.text(" " + v.detail, in: verdict)

        if doc.claims.isEmpty {
            try b.element("p", in: section, text: "No claims found.", ["class": "nothing"])
            return
        }
        try HTMLSummaryPanel(b: b, doc: doc, thresholds: thresholds, idPrefix: idPrefix.isEmpty ? "" : idPrefix)
            .render(in: section)
        let ids = findingIDs
        let layout = try b.element("div", in: section, ["class": "layout"])
        let article = try b.element("article", in: layout, ["class": "article", "aria-label": "Article text"])
        try b.element("h3", in: article, text: "Article")
        let text = try b.element("div", in: article, ["class": "article-text"])
        try HTMLArticle(section: self, findingIDs: ids).render(in: text)

        let aside = try b.element("aside", in: layout, ["class": "findings", "aria-label": "Findings"])
        try findings(in: aside, ids: ids)
        if let v = doc.verification { try HTMLVerification(b: b, section: v, claimID: { idPrefix + $0 }).render(in: section) }
    }

    // MARK: - Findings

    private func findings(in aside: Node, ids: [[String]]) throws {
        try b.element("h3", in: aside, text: "Findings")
        var all: [(finding: Finding, claim: Claim, id: String, order: Int)] = []
        for (ci, claim) in doc.claims.enumerated() {
            for (fi, f) in claim.findings.enumerated() {
                all.append((f, claim, ids[ci][fi], all.count))
            }
        }
        all.sort { ($0.finding.start, $0.order) < ($1.finding.start, $1.order) }
        if !doc.documentFindings.isEmpty {
            let box = try b.element("section", in: aside, ["class": "document-findings"])
            try b.element("h4", in: box, text: "Whole article (\(doc.documentFindings.count))")
            let list = try b.element("ol", in: box)
            for f in doc.documentFindings {
                let item = try b.element("li", in: list, ["class": "finding s-\(f.severity.rawValue)"])
                try b.element("span", in: item, text: ReportText.severityWord(f.severity, count: 1) + ": ", ["class": "where"])
                try b.element("span", in: item, text: f.message, ["class": "message"])
                try b.element("code", in: item, text: f.rule, ["class": "rule", "title": "category: \(f.category)"])
            }
        }
        if all.isEmpty && doc.documentFindings.isEmpty {
            try b.element("p", in: aside, text: "No findings.", ["class": "nothing"])
            return
        }
        for severity in Severity.allCases.reversed() {
            let group = all.filter { $0.finding.severity == severity }
            guard !group.isEmpty else { continue }
            let box = try b.element("section", in: aside, ["class": "severity-group s-\(severity.rawValue)"])
            let word = ReportText.severityWord(severity, count: group.count)
            try b.element("h4", in: box, text: "\(word.prefix(1).uppercased() + word.dropFirst()) (\(group.count))")
            let list = try b.element("ol", in: box)
            for entry in group {
                let f = entry.finding
                let item = try b.element("li", in: list, ["class": "finding", "id": entry.id])
                try b.element("a", in: item, text: "\(f.line):\(f.column)", [
                    "class": "where", "href": "#\(claimID(entry.claim))",
                    "title": "claim \(entry.claim.id), line \(f.line), column \(f.column)",
                ])
                try b.element("span", in: item, text: f.message, ["class": "message"])
                try b.element("code", in: item, text: f.rule, ["class": "rule", "title": "category: \(f.category)"])
            }
        }
    }
}
