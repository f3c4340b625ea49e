/// `markdown`: a summary for a pull-request comment (GitHub, GitLab).
///
/// A heading with the totals, a table with one row per article (claims,
/// unsourced share, findings by severity), then each article's findings
/// in a collapsed `<details>` block. Text from articles and rules is
/// escaped for GitHub-flavoured Markdown tables (`|`, backslash, back-tick,
/// `<`, `>`, `&`, `*`, `_`, `[`, `]`), so a finding cannot break the layout
/// or inject HTML.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "Markdown summary for a pull-request comment."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let counts = CIFindings.counts(report)
        var out = "## claimaudit: \(ReportText.count(report.documents.count, "article")), "
        out += "\(CIFindings.describe(counts))\n\n"
        guard !report.documents.isEmpty else {
            out += "No articles were linted.\n"
            return Array(out.utf8)
        }
        out += "| Article | Claims | Unsourced | Errors | Warnings | Info |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        let perDoc = report.documents.map(CIFindings.items)
        for (doc, items) in zip(report.documents, perDoc) {
            var c: [Severity: Int] = [:]
            for item in items { c[item.finding.severity, default: 0] += 1 }
            out += "| \(Self.cell(doc.path)) | \(doc.summary.claims) | \(ReportText.percent(doc.summary.unsourcedShare)) "
            out += "| \(c[.error] ?? 0) | \(c[.warning] ?? 0) | \(c[.info] ?? 0) |\n"
        }
        for (doc, items) in zip(report.documents, perDoc) where !items.isEmpty {
            out += "\n<details><summary>\(Self.cell(doc.path)): \(ReportText.count(items.count, "finding"))</summary>\n\n"
            out += "| Line | Severity | Rule | Message |\n"
            out += "| ---: | --- | --- | --- |\n"
            for item in items {
                let f = item.finding
                // Metric findings belong to no place in the article.
                let line = item.document && f.start == 0 && f.end == 0 ? "—" : "\(f.line):\(f.column)"
                out += "| \(line) | \(f.severity.rawValue) | `\(Self.code(f.rule))` | \(Self.cell(f.message)) |\n"
            }
            out += "\n</details>\n"
        }
        return Array(out.utf8)
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
