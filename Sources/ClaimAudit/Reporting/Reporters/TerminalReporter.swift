/// `terminal`: compiler-style lines, then a short summary.
///
/// ```
/// article.md:3:1: warning: No attribution for this claim [unsourced-claim]
///
/// article.md: 24 claims — 9 named, 4 anonymous, 5 none; unsourced 21%; 3 warnings, 1 info
/// ```
/// Findings come in document order, files in input order; then one summary
/// line per document and a total line when there are several. Control
/// characters from the article or rule messages are replaced, so a hostile
/// input cannot send escape sequences to the terminal.
public struct TerminalReporter: Reporter {
    public static let identifier = "terminal"
    public static let summary = "path:line:col: severity: message [rule], then a summary (default)."
    public let options: ReportOptions
    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: AuditReport) throws -> [UInt8] {
        var out = ""
        for doc in report.documents {
            let path = Self.printable(doc.path)
            for f in Self.inDocumentOrder(doc.findings) {
                out += "\(path):\(f.line):\(f.column): \(severity(f.severity)): "
                out += "\(Self.printable(f.message)) [\(Self.printable(f.rule))]\n"
            }
        }
        if !out.isEmpty { out += "\n" }
        for doc in report.documents {
            out += "\(Self.printable(doc.path)): \(line(for: doc.summary))\n"
        }
        if report.documents.count > 1 {
            let total = Summary(claims: report.documents.flatMap(\.claims),
                                documentFindings: report.documents.flatMap(\.documentFindings))
            out += "total: \(report.documents.count) documents, \(line(for: total))\n"
        }
        return Array(out.utf8)
    }

    /// `24 claims — 9 named, 4 anonymous, 5 none; unsourced 21%; 3 warnings, 1 info`.
    /// Kinds with no claims and severities with no findings are left out.
    func line(for s: Summary) -> String {
        var text = ReportText.count(s.claims, "claim")
        let kinds = AttributionKind.allCases.compactMap { kind -> String? in
            let n = s.claims(kind)
            return n > 0 ? "\(n) \(kind.rawValue)" : nil
        }
        if !kinds.isEmpty { text += " — " + kinds.joined(separator: ", ") }
        if s.claims > 0 { text += "; unsourced \(ReportText.percent(s.unsourcedShare))" }
        let severities = Severity.allCases.reversed().compactMap { sev -> String? in
            let n = s.findings(sev)
            guard n > 0 else { return nil }
            return "\(n) \(severity(sev, plural: n != 1))"
        }
        text += "; " + (severities.isEmpty ? "no findings" : severities.joined(separator: ", "))
        return text
    }

    /// A severity word, coloured when asked: error red, warning yellow, info cyan.
    private func severity(_ s: Severity, plural: Bool = false) -> String {
        let word = ReportText.severityWord(s, count: plural ? 2 : 1)
        guard options.color else { return word }
        let code: String
        switch s {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .info: code = "1;36"
        }
        return "\u{1B}[\(code)m\(word)\u{1B}[0m"
    }

    /// Stable sort by offset: claims are in document order already, but a
    /// finding may point before the start of the claim that carries it.
    static func inDocumentOrder(_ findings: [Finding]) -> [Finding] {
        findings.enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            .map(\.element)
    }

    /// Replaces control characters (C0, DEL, C1) with U+FFFD; tabs and line
    /// breaks become spaces so each finding stays on one line.
    static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return s
        }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0..<0x20, 0x7F...0x9F: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
