/// The verification part of a document's HTML report (only when the article
/// was audited with a source ledger): ledger sources with the claims they
/// support, quote and number check results, coverage gaps. Plain lists and
/// tables styled by the shared stylesheet; every text escaped by the builder.
struct HTMLVerification {
    typealias Node = HTMLBuilder.Node
    let b: HTMLBuilder
    let section: VerificationSection
    /// Claim ids in the page (`c3`, or `d2-c3` with several documents).
    let claimID: (String) -> String

    func render(in parent: Node) throws {
        let box = try b.element("section", in: parent, ["class": "verification", "aria-label": "Verification"])
        try b.element("h3", in: box, text: "Verification against the source ledger")
        try b.element("p", in: box, text: "Ledger: \(section.ledger)", ["class": "meta"])

        try b.element("h4", in: box, text: "Sources")
        let sources = try b.element("ul", in: box, ["class": "ledger-sources"])
        for s in section.sources {
            let item = try b.element("li", in: sources)
            try b.element("strong", in: item, text: s.label)
            try b.text(" (\(s.id); \(s.role); \(s.record == "on" ? "on the record" : "confidential")) — ", in: item)
            if s.claims.isEmpty {
                try b.text("supports no claim in the copy", in: item)
            } else {
                try b.text("supports ", in: item)
                for (k, c) in s.claims.enumerated() {
                    if k > 0 { try b.text(", ", in: item) }
                    try b.element("a", in: item, text: c, ["href": "#\(claimID(c))"])
                }
            }
        }

        try table("Quotations", ["Claim", "Source", "Result", "Quotation"], section.quotes.map {
            ($0.claim, [$0.source, $0.status.rawValue + ($0.transcript.map { " (\($0))" } ?? ""),
                        $0.text + ($0.detail.map { " — \($0)" } ?? "")])
        }, in: box)
        try table("Figures", ["Claim", "Document", "Result", "Figure"], section.numbers.map {
            ($0.claim, [$0.document, $0.status.rawValue, $0.text])
        }, in: box)

        try b.element("h4", in: box, text: "Coverage gaps (\(section.gaps.count))")
        if section.gaps.isEmpty {
            try b.element("p", in: box, text: "None.", ["class": "nothing"])
        } else {
            let list = try b.element("ul", in: box, ["class": "ledger-gaps"])
            for g in section.gaps {
                let item = try b.element("li", in: list)
                if let c = g.claim {
                    try b.element("a", in: item, text: c, ["href": "#\(claimID(c))"])
                    try b.text(": ", in: item)
                }
                try b.text(g.message, in: item)
                try b.text(" ", in: item)
                try b.element("code", in: item, text: g.rule, ["class": "rule"])
            }
        }
    }

    private func table(_ title: String, _ headings: [String], _ rows: [(claim: String, cells: [String])], in box: Node) throws {
        try b.element("h4", in: box, text: "\(title) (\(rows.count))")
        guard !rows.isEmpty else {
            try b.element("p", in: box, text: "None checked.", ["class": "nothing"])
            return
        }
        let t = try b.element("table", in: box, ["class": "verification-table"])
        let head = try b.element("tr", in: t)
        for h in headings { try b.element("th", in: head, text: h) }
        for row in rows {
            let tr = try b.element("tr", in: t)
            let first = try b.element("td", in: tr)
            try b.element("a", in: first, text: row.claim, ["href": "#\(claimID(row.claim))"])
            for cell in row.cells { try b.element("td", in: tr, text: cell) }
        }
    }
}
