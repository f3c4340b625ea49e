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
public struct TerminalReporter: StreamingReporter {
    public static let identifier = "terminal"
    public static let summary = "path:line:col: severity: message [rule], then a summary (default)."
    public let options: ReportOptions
    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    /// Every document's unsourced-check rule ids, once each, in first-seen order.
    static func unsourcedRules(_ documents: [DocumentReport]) -> [String] {
        var ids: [String] = []
        for doc in documents {
            for id in doc.unsourcedRules ?? Summary.shippedUnsourcedRules where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    public func render(_ report: AuditReport) throws -> [UInt8] {
        var out = ""
        for doc in report.documents { out += findingLines(doc) }
        if !out.isEmpty { out += "\n" }
        for doc in report.documents { out += summaryLine(doc) }
        if report.documents.count > 1 {
            let total = Summary(claims: report.documents.flatMap(\.claims),
                                documentFindings: report.documents.flatMap(\.documentFindings),
                                unsourcedRules: Self.unsourcedRules(report.documents))
            out += totalLine(documents: report.documents.count, TerminalCounts(total))
        }
        return Array(out.utf8)
    }

    public func makeStream() -> any ReportStream {
        TerminalReportStream(reporter: self)
    }

    /// `path:line:col: severity: message [rule]` for each finding of `doc`,
    /// in document order.
    func findingLines(_ doc: DocumentReport) -> String {
        var out = ""
        let path = Self.printable(doc.path)
        for f in Self.inDocumentOrder(doc.findings) {
            out += "\(path):\(f.line):\(f.column): \(severity(f.severity)): "
            out += "\(Self.printable(f.message)) [\(Self.printable(f.rule))]\n"
        }
        return out
    }

    /// `path: 24 claims — …` for one document.
    func summaryLine(_ doc: DocumentReport) -> String {
        "\(Self.printable(doc.path)): \(line(for: doc.summary))\n"
    }

    /// `total: 3 documents, …`, the last line when there are several documents.
    func totalLine(documents: Int, _ counts: TerminalCounts) -> String {
        "total: \(documents) documents, \(line(for: counts))\n"
    }

    /// `24 claims — 9 named, 4 anonymous, 5 none; unsourced 21%; 3 warnings, 1 info`.
    /// Kinds with no claims and severities with no findings are left out.
    func line(for s: Summary) -> String {
        line(for: TerminalCounts(s))
    }

    func line(for s: TerminalCounts) -> String {
        var text = ReportText.count(s.claims, "claim")
        let kinds = AttributionKind.allCases.enumerated().compactMap { i, kind -> String? in
            let n = s.byKind[i]
            return n > 0 ? "\(n) \(kind.rawValue)" : nil
        }
        if !kinds.isEmpty { text += " — " + kinds.joined(separator: ", ") }
        if s.claims > 0 { text += "; unsourced \(ReportText.percent(s.unsourcedShare))" }
        let severities = Severity.allCases.enumerated().reversed().compactMap { i, sev -> String? in
            let n = s.findings[i]
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

/// The figures of a terminal summary line. Every one adds up over
/// documents, so the total line of a streamed report is the sum of the
/// documents' counts instead of a `Summary` over every claim kept to the end.
struct TerminalCounts: Equatable {
    var claims = 0
    /// Claims by primary kind, in `AttributionKind.allCases` order.
    var byKind = [Int](repeating: 0, count: AttributionKind.allCases.count)
    var unsourcedClaims = 0
    /// Unsourced claims over claims, 0…1: the summary's own share for one
    /// document, recomputed from the sums for a total (as `Summary` does).
    var unsourcedShare = 0.0
    /// Findings by severity, in `Severity.allCases` order.
    var findings = [Int](repeating: 0, count: Severity.allCases.count)

    init() {}

    init(_ s: Summary) {
        claims = s.claims
        byKind = AttributionKind.allCases.map { s.claims($0) }
        unsourcedClaims = s.unsourcedClaims
        unsourcedShare = s.unsourcedShare
        findings = Severity.allCases.map { s.findings($0) }
    }

    mutating func add(_ s: Summary) {
        claims += s.claims
        for (i, kind) in AttributionKind.allCases.enumerated() { byKind[i] += s.claims(kind) }
        unsourcedClaims += s.unsourcedClaims
        unsourcedShare = claims == 0 ? 0 : Double(unsourcedClaims) / Double(claims)
        for (i, severity) in Severity.allCases.enumerated() { findings[i] += s.findings(severity) }
    }
}

/// The terminal report written one document at a time, byte for byte what
/// `TerminalReporter.render` gives: each document's finding lines as soon
/// as it is audited; its summary line (one short line) kept for the block
/// of summary lines at the end; the total summed as it goes.
struct TerminalReportStream: ReportStream {
    let reporter: TerminalReporter
    private var summaryLines: [String] = []
    private var total = TerminalCounts()
    private var wroteFindings = false

    init(reporter: TerminalReporter) { self.reporter = reporter }

    mutating func begin(tool: String) throws -> [UInt8] {
        summaryLines = []
        total = TerminalCounts()
        wroteFindings = false
        return []
    }

    mutating func add(_ document: DocumentReport) throws -> [UInt8] {
        summaryLines.append(reporter.summaryLine(document))
        total.add(document.summary)
        let lines = reporter.findingLines(document)
        if !lines.isEmpty { wroteFindings = true }
        return Array(lines.utf8)
    }

    mutating func end() throws -> [UInt8] {
        var out = wroteFindings ? "\n" : ""
        for line in summaryLines { out += line }
        if summaryLines.count > 1 { out += reporter.totalLine(documents: summaryLines.count, total) }
        return Array(out.utf8)
    }
}
