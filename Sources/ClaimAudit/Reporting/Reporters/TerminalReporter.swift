/// `terminal`: compiler-style lines, then a short summary.
public struct TerminalReporter: Reporter {
    public static let identifier = "terminal"
    public static let summary = "path:line:col: severity: message [rule], then a summary (default)."
    public let options: ReportOptions
    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func render(_ report: AuditReport) throws -> [UInt8] {
        var out = ""
        for doc in report.documents {
            for f in doc.findings {
                out += "\(doc.path):\(f.line):\(f.column): \(f.severity.rawValue): \(f.message) [\(f.rule)]\n"
            }
        }
        return Array(out.utf8)
    }
}
