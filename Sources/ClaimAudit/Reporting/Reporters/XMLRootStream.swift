/// A report stream whose output is one XML root element holding one child
/// per document: `open` starts the root (with its attributes, given the tool
/// version), `write` adds a document inside it, and the end closes it. The
/// canonical XML report and Checkstyle share it; each piece is taken from
/// the libxml2 buffer as soon as it is written, so one document's bytes are
/// held at a time.
final class XMLRootStream: ReportStream {
    private let open: (XMLWriter, String) throws -> Void
    private let write: (DocumentReport, XMLWriter) throws -> Void
    private var w: XMLWriter?

    init(open: @escaping (XMLWriter, String) throws -> Void,
         write: @escaping (DocumentReport, XMLWriter) throws -> Void) {
        self.open = open
        self.write = write
    }

    func begin(tool: String) throws -> [UInt8] {
        let w = try XMLWriter()
        self.w = w
        try open(w, tool)
        return try w.take()
    }

    func add(_ document: DocumentReport) throws -> [UInt8] {
        try write(document, begun())
        return try begun().take()
    }

    func end() throws -> [UInt8] {
        let w = try begun()
        try w.endElement()
        self.w = nil
        return try w.finish()
    }

    private func begun() throws -> XMLWriter {
        guard let w else { throw ClaimAuditError.output(path: "report", message: "report stream not begun") }
        return w
    }
}
