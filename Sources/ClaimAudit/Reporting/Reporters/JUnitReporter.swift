/// `junit`: JUnit XML, which every CI shows as a test report.
///
/// One `<testsuite>` per article (named by its path). Each finding is a
/// `<testcase>` named `rule at line:column` with a `<failure>` whose `type`
/// is the severity; an article without findings has one passing test case,
/// so clean files show as passed. Written through libxml2's `xmlTextWriter`.
public struct JUnitReporter: StreamingReporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML: one test suite per article, one failing test case per finding."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let w = try XMLWriter()
        let perDoc = report.documents.map(CIFindings.items)
        let failures = perDoc.reduce(0) { $0 + $1.count }
        let tests = perDoc.reduce(0) { $0 + max(1, $1.count) }
        try Self.open(w, tests: tests, failures: failures)
        for (doc, items) in zip(report.documents, perDoc) { try Self.write(doc, items, to: w) }
        try w.endElement()
        return try w.finish()
    }

    /// Writes the same bytes as `render`, one document at a time. The root
    /// element carries the totals, so the test suites go to a temporary
    /// file (`SpillFile`) as they come and follow the root's start tag at
    /// the end. They are written by a writer whose root start tag has no
    /// attributes: an `xmlTextWriter` closes a start tag (`>`) only when the
    /// first child comes, so what follows the tag does not depend on its
    /// attributes, and the start tag with the totals is written last.
    public func makeStream() -> any ReportStream { Stream() }

    final class Stream: PiecewiseReportStream {
        private var body: XMLWriter?
        private var spill: SpillFile?
        private var tests = 0
        private var failures = 0

        func begin(tool: String) throws -> [UInt8] {
            let body = try XMLWriter()
            try body.startElement("testsuites")
            _ = try body.take() // the declaration and `<testsuites`: written by `end`, with the totals
            self.body = body
            spill = nil
            tests = 0
            failures = 0
            return []
        }

        func add(_ document: DocumentReport) throws -> [UInt8] {
            guard let body else { throw ClaimAuditError.output(path: "report", message: "report stream not begun") }
            let items = CIFindings.items(document)
            failures += items.count
            tests += max(1, items.count)
            try JUnitReporter.write(document, items, to: body)
            try SpillFile.append(to: &spill, try body.take())
            return []
        }

        func end(writingTo write: ([UInt8]) throws -> Void) throws {
            guard let body else { throw ClaimAuditError.output(path: "report", message: "report stream not begun") }
            let head = try XMLWriter()
            try JUnitReporter.open(head, tests: tests, failures: failures)
            try write(try head.take())
            try spill?.copy(to: write)
            try body.endElement()
            try write(try body.finish())
            self.body = nil
            spill = nil
        }
    }

    static func open(_ w: XMLWriter, tests: Int, failures: Int) throws {
        try w.startElement("testsuites")
        try w.attribute("name", "claimaudit")
        try w.attribute("tests", tests)
        try w.attribute("failures", failures)
        try w.attribute("errors", 0)
    }

    static func write(_ doc: DocumentReport, _ items: [CIFindings.Item], to w: XMLWriter) throws {
        try w.startElement("testsuite")
        try w.attribute("name", doc.path)
        try w.attribute("tests", max(1, items.count))
        try w.attribute("failures", items.count)
        try w.attribute("errors", 0)
        try w.attribute("skipped", 0)
        if items.isEmpty {
            try w.startElement("testcase")
            try w.attribute("classname", className(doc.path))
            try w.attribute("name", "no findings")
            try w.endElement()
        }
        for item in items {
            let f = item.finding
            try w.startElement("testcase")
            try w.attribute("classname", className(doc.path))
            try w.attribute("name", "\(f.rule) at \(f.line):\(f.column)")
            try w.attribute("file", doc.path)
            try w.attribute("line", f.line)
            try w.startElement("failure")
            try w.attribute("type", f.severity.rawValue)
            try w.attribute("message", f.message)
            var body = "\(doc.path):\(f.line):\(f.column): \(f.severity.rawValue): \(f.message) [\(f.rule)]"
            if !item.claim.isEmpty { body += "\nClaim: \(item.claim)" }
            try w.text(body)
            try w.endElement()
            try w.endElement()
        }
        try w.endElement()
    }

    /// `news/2024/story.md` → `claimaudit.news.2024.story_md`: a dotted class name.
    static func className(_ path: String) -> String {
        var out = "claimaudit"
        for part in PathNames.tidy(path).split(separator: "/") where part != "." && part != ".." {
            out += "." + part.map { $0 == "." ? "_" : String($0) }.joined()
        }
        return out
    }
}
