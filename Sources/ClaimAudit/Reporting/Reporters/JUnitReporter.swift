/// `junit`: JUnit XML, which every CI shows as a test report.
///
/// One `<testsuite>` per article (named by its path). Each finding is a
/// `<testcase>` named `rule at line:column` with a `<failure>` whose `type`
/// is the severity; an article without findings has one passing test case,
/// so clean files show as passed. Written through libxml2's `xmlTextWriter`.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML: one test suite per article, one failing test case per finding."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let w = try XMLWriter()
        let perDoc = report.documents.map(CIFindings.items)
        let failures = perDoc.reduce(0) { $0 + $1.count }
        let tests = perDoc.reduce(0) { $0 + max(1, $1.count) }
        try w.startElement("testsuites")
        try w.attribute("name", "claimaudit")
        try w.attribute("tests", tests)
        try w.attribute("failures", failures)
        try w.attribute("errors", 0)
        for (doc, items) in zip(report.documents, perDoc) {
            try w.startElement("testsuite")
            try w.attribute("name", doc.path)
            try w.attribute("tests", max(1, items.count))
            try w.attribute("failures", items.count)
            try w.attribute("errors", 0)
            try w.attribute("skipped", 0)
            if items.isEmpty {
                try w.startElement("testcase")
                try w.attribute("classname", Self.className(doc.path))
                try w.attribute("name", "no findings")
                try w.endElement()
            }
            for item in items {
                let f = item.finding
                try w.startElement("testcase")
                try w.attribute("classname", Self.className(doc.path))
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
        try w.endElement()
        return try w.finish()
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
