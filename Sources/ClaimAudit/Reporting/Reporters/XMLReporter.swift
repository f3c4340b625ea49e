/// `xml`: the report as canonical XML, described by `reports/report.xsd`.
///
/// Canonical here means one fixed shape: elements and attributes always in
/// the same order, two-space indents, every kind and severity listed in the
/// summary even when zero, decimals with four places. Written with libxml2's
/// `xmlTextWriter`, which escapes all text; characters XML 1.0 forbids are
/// dropped. Offsets are UTF-8 bytes, end exclusive; lines and columns 1-based.
public struct XMLReporter: StreamingReporter {
    public static let identifier = "xml"
    public static let summary = "Canonical XML (namespace \(XMLReporter.namespace)), schema in reports/report.xsd."
    /// The report vocabulary's namespace; bump the trailing number on breaking changes.
    public static let namespace = "https://claimaudit.dev/ns/report/1"
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let w = try XMLWriter()
        try Self.open(w, tool: report.tool)
        for doc in report.documents { try write(doc, to: w) }
        try w.endElement()
        return try w.finish()
    }

    /// Writes the same bytes as `render`, one document at a time.
    public func makeStream() -> any ReportStream {
        XMLRootStream(open: { w, tool in try Self.open(w, tool: tool) }, write: { doc, w in try self.write(doc, to: w) })
    }

    /// Starts the `<audit>` root element.
    static func open(_ w: XMLWriter, tool: String) throws {
        try w.startElement("audit")
        try w.attribute("xmlns", namespace)
        try w.attribute("tool", tool)
    }

    fileprivate func write(_ doc: DocumentReport, to w: XMLWriter) throws {
        try w.startElement("document")
        try w.attribute("path", doc.path)
        try w.attribute("format", doc.format.rawValue)
        try write(doc.summary, to: w)
        for f in doc.documentFindings { try write(f, as: "document-finding", to: w) }
        for claim in doc.claims { try write(claim, to: w) }
        try XMLVerification.write(doc.verification, to: w)
        try w.endElement()
    }

    /// `<severity name="…" findings="…"/>` for each severity, worst first:
    /// the same elements in the report and in the collection index.
    static func writeSeverityCounts(_ s: Summary, to w: XMLWriter) throws {
        for severity in Severity.allCases.reversed() {
            try w.startElement("severity")
            try w.attribute("name", severity.rawValue)
            try w.attribute("findings", s.findings(severity))
            try w.endElement()
        }
    }

    private func write(_ s: Summary, to w: XMLWriter) throws {
        try w.startElement("summary")
        try w.attribute("claims", s.claims)
        try w.attribute("unsourced", s.unsourcedClaims)
        try w.attribute("unsourced-share", Self.decimal(s.unsourcedShare))
        try w.attribute("anonymous-attributions", s.anonymousAttributions)
        try w.attribute("named-attributions", s.namedAttributions)
        try w.attribute("hedges", s.hedges)
        try w.attribute("hedge-density", Self.decimal(s.hedgeDensity))
        try w.attribute("words", s.words)
        try w.attribute("hedges-per-100-words", Self.decimal(s.hedgesPer100Words))
        try w.attribute("named-sources", s.namedSources)
        try w.attribute("sourced-attributions", s.sourcedAttributions)
        try w.attribute("anonymous-share", Self.decimal(s.anonymousShare))
        for kind in AttributionKind.allCases {
            try w.startElement("kind")
            try w.attribute("name", kind.rawValue)
            try w.attribute("claims", s.claims(kind))
            try w.endElement()
        }
        try Self.writeSeverityCounts(s, to: w)
        for source in s.sources {
            try w.startElement("named-source")
            try w.attribute("name", source.name)
            try w.attribute("claims", source.claims)
            try w.endElement()
        }
        try w.endElement()
    }

    private func write(_ claim: Claim, to w: XMLWriter) throws {
        try w.startElement("claim")
        try w.attribute("id", claim.id)
        try w.attribute("kind", claim.kind.rawValue)
        try w.attribute("start", claim.start)
        try w.attribute("end", claim.end)
        try w.attribute("line", claim.line)
        try w.attribute("column", claim.column)
        if let section = claim.section { try w.attribute("section", section) }
        try w.attribute("block", claim.block.rawValue)
        try w.attribute("paragraph", claim.paragraph)
        try w.element("text", text: claim.text)
        for a in claim.attributions {
            try w.startElement("attribution")
            try w.attribute("kind", a.kind.rawValue)
            try w.attribute("rule", a.rule)
            if a.mode != .statement { try w.attribute("mode", a.mode.rawValue) }
            if let cue = a.cue { try write(cue, as: "cue", to: w) }
            if let source = a.source { try write(source, as: "source", to: w) }
            if let content = a.content { try write(content, as: "content", to: w) }
            if let resolved = a.resolvedSource { try write(resolved, as: "resolved-source", to: w) }
            if let phrase = a.sourcePhrase { try write(phrase, as: "source-phrase", to: w) }
            if let more = a.contentContinuation { try write(more, as: "content-continuation", to: w) }
            try w.endElement()
        }
        for f in claim.findings { try write(f, as: "finding", to: w) }
        try w.endElement()
    }

    private func write(_ f: Finding, as name: String, to w: XMLWriter) throws {
        try w.startElement(name)
        try w.attribute("rule", f.rule)
        try w.attribute("category", f.category)
        try w.attribute("severity", f.severity.rawValue)
        try w.attribute("start", f.start)
        try w.attribute("end", f.end)
        try w.attribute("line", f.line)
        try w.attribute("column", f.column)
        try w.text(f.message)
        try w.endElement()
    }

    private func write(_ span: Span, as name: String, to w: XMLWriter) throws {
        try w.startElement(name)
        try w.attribute("start", span.start)
        try w.attribute("end", span.end)
        try w.text(span.text)
        try w.endElement()
    }

    /// Fixed four decimal places, no exponent (valid `xs:decimal`): 0.21428 → `0.2143`.
    static func decimal(_ value: Double) -> String {
        ReportText.fixed(value, places: 4)
    }
}
