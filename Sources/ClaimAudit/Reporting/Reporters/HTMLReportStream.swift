/// What the HTML page shows around its document sections: the counts in the
/// header and one row per document for the list of documents. Small (a path
/// and a verdict line per document), so a streamed page can keep it for a
/// whole archive while each document's section is written and dropped.
struct HTMLPageOutline {
    struct Row {
        var path: String
        /// `Verdict.line`, shown after the path in the list of documents.
        var verdict: String
    }

    var tool: String
    var rows: [Row] = []
    /// Claims in all documents.
    var claims = 0
    /// Findings in all documents.
    var findings = 0

    init(tool: String) { self.tool = tool }

    /// Several documents get a list of documents and prefixed ids (`d2-c3`).
    var several: Bool { rows.count > 1 }

    mutating func add(_ doc: DocumentReport, thresholds: MetricThresholds) {
        rows.append(Row(path: doc.path, verdict: Verdict(summary: doc.summary, thresholds: thresholds).line))
        claims += doc.claims.count
        findings += doc.summary.findingCount
    }
}

/// The HTML report written one document at a time, byte for byte what
/// `HTMLReporter.render` gives for the same documents.
///
/// The page opens with counts and a list of all documents, known only at the
/// end, so each document's `<section>` is serialised from its own small tree
/// as soon as it comes and kept in an anonymous temporary file
/// (`SpillFile`); `end` writes the opening, copies the sections and writes
/// the footer. (Putting the list after the sections and moving it up with
/// CSS would avoid the file but change the page and its reading order for
/// screen readers and text browsers.) Memory is one document's tree plus the
/// outline's rows. The first document is held until a second one shows
/// whether ids need the `dN-` prefix.
struct HTMLReportStream: PiecewiseReportStream {
    let reporter: HTMLReporter
    private var outline = HTMLPageOutline(tool: ClaimAuditVersion.string)
    /// The first document, until the second arrives or the stream ends.
    private var first: DocumentReport?
    /// The sections so far, once there are two documents.
    private var spill: SpillFile?

    /// Stands where the sections go in the serialised opening-and-closing
    /// page; text is escaped, so no document can contain it.
    static let marker: StaticString = "claimaudit-document-sections"
    /// Stands where the rows of the list of documents go.
    static let rowsMarker: StaticString = "claimaudit-document-rows"

    init(reporter: HTMLReporter) { self.reporter = reporter }

    mutating func begin(tool: String) throws -> [UInt8] {
        outline = HTMLPageOutline(tool: tool)
        first = nil
        spill = nil
        return []
    }

    mutating func add(_ document: DocumentReport) throws -> [UInt8] {
        outline.add(document, thresholds: reporter.options.thresholds)
        if outline.rows.count == 1 {
            first = document
            return []
        }
        if let first {
            try SpillFile.append(to: &spill, section(first, number: 1))
            self.first = nil
        }
        try SpillFile.append(to: &spill, section(document, number: outline.rows.count))
        return []
    }

    mutating func end(writingTo write: ([UInt8]) throws -> Void) throws {
        let b = try HTMLBuilder(lang: "en")
        let body = try reporter.opening(outline, in: b, rowsMarker: outline.several ? Self.rowsMarker : nil)
        try b.comment(Self.marker, in: body)
        try reporter.closing(outline, in: body, of: b)
        let page = try b.serialize()
        let mark = Array("<!--\(Self.marker)-->".utf8)
        guard let at = Self.find(mark, in: page[...]) else {
            throw ClaimAuditError.output(path: "report", message: "the HTML page lost its section marker")
        }
        var from = 0
        if outline.several {
            // The list of documents: the marker and its line break stand
            // where the rows go; the rows are written a chunk at a time.
            let rowsMark = Array("<!--\(Self.rowsMarker)-->\n".utf8)
            guard let rowsAt = Self.find(rowsMark, in: page[..<at]) else {
                throw ClaimAuditError.output(path: "report", message: "the HTML page lost its list marker")
            }
            try write(Array(page[..<rowsAt]))
            try writeRows(write)
            from = rowsAt + rowsMark.count
        }
        try write(Array(page[from..<at]))
        if let first {
            try write(section(first, number: 1))
        } else if let spill {
            try spill.copy(to: write)
        }
        try write(Array(page[(at + mark.count)...]))
        first = nil
        spill = nil
    }

    /// The rows of the list of documents, 256 at a time, each chunk from a
    /// small `<ol>` tree of its own: an `<li>` is laid out from itself, its
    /// parent's name and its next sibling (the line break after it), the
    /// same as in the whole page, so the bytes are those of `render`, and
    /// the tree of an archive's list is never built whole.
    private func writeRows(_ write: ([UInt8]) throws -> Void) throws {
        var start = 0
        while start < outline.rows.count {
            let end = min(start + 256, outline.rows.count)
            let b = try HTMLBuilder(lang: "en")
            let list = try b.element("ol", in: try b.element("body", in: b.root))
            try HTMLReporter.documentRows(outline.rows[start..<end], from: start, in: list, of: b)
            try write(b.serializeChildren(of: list))
            start = end
        }
    }

    /// One document's `<section>` and the line break after it, from a tree
    /// of its own that is freed on return.
    private func section(_ doc: DocumentReport, number: Int) throws -> [UInt8] {
        let b = try HTMLBuilder(lang: "en")
        let body = try b.element("body", in: b.root)
        try reporter.section(doc, number: number, several: outline.several, b: b).render(in: body)
        return try b.serializeChildren(of: body)
    }

    /// The first index of `needle` in `haystack`.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return nil }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == head && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
