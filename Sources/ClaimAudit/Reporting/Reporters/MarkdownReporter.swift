/// `markdown`: a summary for a pull-request comment (GitHub, GitLab).
///
/// A heading with the totals, a table with one row per article (claims,
/// unsourced share, findings by severity), then each article's findings
/// in a collapsed `<details>` block. Text from articles and rules is
/// escaped for GitHub-flavoured Markdown tables (`|`, backslash, back-tick,
/// `<`, `>`, `&`, `*`, `_`, `[`, `]`), so a finding cannot break the layout
/// or inject HTML.
public struct MarkdownReporter: StreamingReporter {
    public static let identifier = "markdown"
    public static let summary = "Markdown summary for a pull-request comment."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let perDoc = report.documents.map(CIFindings.items)
        var out = Self.heading(CIFindings.counts(report), articles: report.documents.count)
        guard !report.documents.isEmpty else { return Array(out.utf8) }
        out += Self.tableHead
        for (doc, items) in zip(report.documents, perDoc) { out += Self.row(doc, items) }
        for (doc, items) in zip(report.documents, perDoc) { out += Self.details(doc, items) }
        return Array(out.utf8)
    }

    /// Writes the same bytes as `render`, one document at a time. The
    /// heading's totals and the table come first, so each document's table
    /// row (one line) is kept and its findings block goes to a temporary
    /// file (`SpillFile`) until the end.
    public func makeStream() -> any ReportStream { Stream() }

    struct Stream: PiecewiseReportStream {
        private var counts: [Severity: Int] = [:]
        private var rows: [String] = []
        private var spill: SpillFile?

        mutating func begin(tool: String) -> [UInt8] {
            counts = [:]
            rows = []
            spill = nil
            return []
        }

        mutating func add(_ document: DocumentReport) throws -> [UInt8] {
            let items = CIFindings.items(document)
            for item in items { counts[item.finding.severity, default: 0] += 1 }
            rows.append(MarkdownReporter.row(document, items))
            let details = MarkdownReporter.details(document, items)
            if !details.isEmpty {
                try SpillFile.append(to: &spill, Array(details.utf8))
            }
            return []
        }

        mutating func end(writingTo write: ([UInt8]) throws -> Void) throws {
            var head = MarkdownReporter.heading(counts, articles: rows.count)
            if !rows.isEmpty {
                head += MarkdownReporter.tableHead
                for row in rows { head += row }
            }
            try write(Array(head.utf8))
            try spill?.copy(to: write)
            spill = nil
        }
    }

    /// `## claimaudit: 3 articles, 1 error` and, with no articles, a line saying so.
    static func heading(_ counts: [Severity: Int], articles: Int) -> String {
        var out = "## claimaudit: \(ReportText.count(articles, "article")), "
        out += "\(CIFindings.describe(counts))\n\n"
        if articles == 0 { out += "No articles were linted.\n" }
        return out
    }

    static let tableHead = "| Article | Claims | Unsourced | Errors | Warnings | Info |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: |\n"

    /// The article's table row.
    static func row(_ doc: DocumentReport, _ items: [CIFindings.Item]) -> String {
        var c: [Severity: Int] = [:]
        for item in items { c[item.finding.severity, default: 0] += 1 }
        return "| \(cell(doc.path)) | \(doc.summary.claims) | \(ReportText.percent(doc.summary.unsourcedShare)) "
            + "| \(c[.error] ?? 0) | \(c[.warning] ?? 0) | \(c[.info] ?? 0) |\n"
    }

    /// The article's findings in a collapsed block; empty without findings.
    static func details(_ doc: DocumentReport, _ items: [CIFindings.Item]) -> String {
        guard !items.isEmpty else { return "" }
        var out = "\n<details><summary>\(cell(doc.path)): \(ReportText.count(items.count, "finding"))</summary>\n\n"
        out += "| Line | Severity | Rule | Message |\n"
        out += "| ---: | --- | --- | --- |\n"
        for item in items {
            let f = item.finding
            // Metric findings belong to no place in the article.
            let line = item.document && f.start == 0 && f.end == 0 ? "—" : "\(f.line):\(f.column)"
            out += "| \(line) | \(f.severity.rawValue) | `\(code(f.rule))` | \(cell(f.message)) |\n"
        }
        out += "\n</details>\n"
        return out
    }

    /// Escapes a table cell: one line, Markdown punctuation and HTML escaped.
    static func cell(_ s: String) -> String {
        var out = ""
        for ch in CIFindings.oneLine(s).unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~": out += "\\"; out.unicodeScalars.append(ch)
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A rule id inside back-ticks: ids are `[a-z0-9.-]`, anything else dropped.
    static func code(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == ".") }
            .map(Character.init))
    }
}
