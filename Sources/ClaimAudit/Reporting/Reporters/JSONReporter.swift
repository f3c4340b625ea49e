/// `json`: the report model as JSON, field names fixed for other tools.
///
/// Key order is fixed and `cue`, `source` and `section` are written as
/// `null` when absent, so readers can rely on every key being present. The
/// names match the model's `Codable` keys, so `JSONDecoder` reads the output
/// back into an `AuditReport`. Offsets are UTF-8 bytes, end exclusive; lines
/// and columns are 1-based (columns count Unicode scalars).
public struct JSONReporter: StreamingReporter {
    public static let identifier = "json"
    public static let summary = "JSON for other tools (UTF-8 byte offsets)."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let claimCount = report.documents.reduce(0) { $0 + $1.claims.count }
        var w = JSONWriter(capacity: 1024 + claimCount * 900)
        w.beginObject()
        w.key("tool"); w.string(report.tool)
        w.key("documents"); w.beginArray()
        for doc in report.documents { write(doc, to: &w) }
        w.endArray()
        w.endObject()
        return w.finish()
    }

    /// Writes the same bytes as `render`, one document at a time.
    public func makeStream() -> any ReportStream { Stream() }

    struct Stream: ReportStream {
        var w = JSONWriter(capacity: 64 * 1024)

        mutating func begin(tool: String) -> [UInt8] {
            w.beginObject()
            w.key("tool"); w.string(tool)
            w.key("documents"); w.beginArray()
            return w.take()
        }

        mutating func add(_ document: DocumentReport) -> [UInt8] {
            JSONReporter().write(document, to: &w)
            return w.take()
        }

        mutating func end() -> [UInt8] {
            w.endArray()
            w.endObject()
            return w.finish()
        }
    }

    fileprivate func write(_ doc: DocumentReport, to w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.string(doc.path)
        w.key("format"); w.string(doc.format.rawValue)
        w.key("claims"); w.beginArray()
        for claim in doc.claims { write(claim, to: &w) }
        w.endArray()
        w.key("documentFindings"); w.beginArray()
        for f in doc.documentFindings { write(f, to: &w) }
        w.endArray()
        w.key("summary"); write(doc.summary, to: &w)
        w.key("verification"); JSONVerification.write(doc.verification, to: &w)
        w.endObject()
    }

    private func write(_ claim: Claim, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(claim.id)
        w.key("start"); w.int(claim.start)
        w.key("end"); w.int(claim.end)
        w.key("line"); w.int(claim.line)
        w.key("column"); w.int(claim.column)
        w.key("text"); w.string(claim.text)
        w.key("section"); w.string(claim.section)
        w.key("block"); w.string(claim.block.rawValue)
        w.key("paragraph"); w.int(claim.paragraph)
        w.key("kind"); w.string(claim.kind.rawValue)
        w.key("attributions"); w.beginArray()
        for a in claim.attributions {
            w.beginObject()
            w.key("kind"); w.string(a.kind.rawValue)
            w.key("cue"); write(a.cue, to: &w)
            w.key("source"); write(a.source, to: &w)
            w.key("content"); write(a.content, to: &w)
            if let resolved = a.resolvedSource { w.key("resolvedSource"); write(resolved, to: &w) }
            if let phrase = a.sourcePhrase { w.key("sourcePhrase"); write(phrase, to: &w) }
            if a.mode != .statement { w.key("mode"); w.string(a.mode.rawValue) }
            if let more = a.contentContinuation { w.key("contentContinuation"); write(more, to: &w) }
            w.key("rule"); w.string(a.rule)
            w.endObject()
        }
        w.endArray()
        w.key("findings"); w.beginArray()
        for f in claim.findings { write(f, to: &w) }
        w.endArray()
        w.endObject()
    }

    private func write(_ f: Finding, to w: inout JSONWriter) {
        w.beginObject()
        w.key("rule"); w.string(f.rule)
        w.key("category"); w.string(f.category)
        w.key("severity"); w.string(f.severity.rawValue)
        w.key("message"); w.string(f.message)
        w.key("start"); w.int(f.start)
        w.key("end"); w.int(f.end)
        w.key("line"); w.int(f.line)
        w.key("column"); w.int(f.column)
        w.endObject()
    }

    private func write(_ span: Span?, to w: inout JSONWriter) {
        guard let span else { return w.null() }
        w.beginObject()
        w.key("start"); w.int(span.start)
        w.key("end"); w.int(span.end)
        w.key("text"); w.string(span.text)
        w.endObject()
    }

    private func write(_ s: Summary, to w: inout JSONWriter) {
        w.beginObject()
        w.key("claims"); w.int(s.claims)
        w.key("byKind"); w.beginObject()
        for kind in AttributionKind.allCases {
            w.key(kind.rawValue); w.int(s.claims(kind))
        }
        w.endObject()
        w.key("unsourcedClaims"); w.int(s.unsourcedClaims)
        w.key("unsourcedShare"); w.double(s.unsourcedShare)
        w.key("anonymousAttributions"); w.int(s.anonymousAttributions)
        w.key("namedAttributions"); w.int(s.namedAttributions)
        w.key("sources"); w.beginArray()
        for source in s.sources {
            w.beginObject()
            w.key("name"); w.string(source.name)
            w.key("claims"); w.int(source.claims)
            w.endObject()
        }
        w.endArray()
        w.key("findingsBySeverity"); w.beginObject()
        for severity in Severity.allCases.reversed() {
            w.key(severity.rawValue); w.int(s.findings(severity))
        }
        w.endObject()
        w.key("hedges"); w.int(s.hedges)
        w.key("hedgeDensity"); w.double(s.hedgeDensity)
        w.key("words"); w.int(s.words)
        w.key("hedgesPer100Words"); w.double(s.hedgesPer100Words)
        w.key("sourcedAttributions"); w.int(s.sourcedAttributions)
        w.key("anonymousShare"); w.double(s.anonymousShare)
        w.endObject()
    }
}
