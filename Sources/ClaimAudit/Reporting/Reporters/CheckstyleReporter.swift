/// `checkstyle`: Checkstyle XML, read by Jenkins (Warnings NG), reviewdog,
/// SonarQube and many editors.
///
/// `<checkstyle version="4.3">`, one `<file name>` per article (articles
/// without findings are listed empty, as Checkstyle does), one `<error>`
/// per finding with `line`, `column`, `severity` (`error`, `warning`,
/// `info`), `message` and `source` = `claimaudit.<rule>`. Written through
/// libxml2's `xmlTextWriter`.
public struct CheckstyleReporter: StreamingReporter {
    public static let identifier = "checkstyle"
    public static let summary = "Checkstyle XML: one <file> per article, one <error> per finding."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let w = try XMLWriter()
        try Self.open(w)
        for doc in report.documents { try Self.write(doc, to: w) }
        try w.endElement()
        return try w.finish()
    }

    /// Writes the same bytes as `render`, one document at a time.
    public func makeStream() -> any ReportStream {
        XMLRootStream(open: { w, _ in try Self.open(w) }, write: { doc, w in try Self.write(doc, to: w) })
    }

    static func open(_ w: XMLWriter) throws {
        try w.startElement("checkstyle")
        try w.attribute("version", "4.3")
    }

    static func write(_ doc: DocumentReport, to w: XMLWriter) throws {
        try w.startElement("file")
        try w.attribute("name", doc.path)
        for item in CIFindings.items(doc) {
            let f = item.finding
            try w.startElement("error")
            try w.attribute("line", f.line)
            try w.attribute("column", f.column)
            try w.attribute("severity", f.severity.rawValue)
            try w.attribute("message", f.message)
            try w.attribute("source", "claimaudit.\(f.rule)")
            try w.endElement()
        }
        try w.endElement()
    }
}
