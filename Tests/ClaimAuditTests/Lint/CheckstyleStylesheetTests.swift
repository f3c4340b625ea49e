import Foundation
import Testing
@testable import ClaimAudit

/// `reports/checkstyle.xsl` turns the canonical XML report into the same
/// findings `CheckstyleReporter` writes directly.
@Suite struct CheckstyleStylesheetTests {
    struct Row: Hashable {
        var file: String, line: String, column: String, severity: String, message: String, source: String
    }

    static func rows(_ bytes: [UInt8]) throws -> [Row] {
        let doc = try XMLDocument.parse(bytes, path: "checkstyle.xml")
        let root = try #require(doc.root)
        #expect(root.name == "checkstyle")
        return root.children.flatMap { file in
            file.children.map { e in
                Row(file: file.attribute("name") ?? "", line: e.attribute("line") ?? "", column: e.attribute("column") ?? "",
                    severity: e.attribute("severity") ?? "",
                    // The stylesheet folds white space (XSLT has no other way to keep an attribute on one line).
                    message: (e.attribute("message") ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                    source: e.attribute("source") ?? "")
            }
        }
    }

    @Test func stylesheetAgreesWithTheReporter() throws {
        let report = try CIReporterTests.report()
        let direct = try Self.rows(try CheckstyleReporter().render(report))
        let xsl = TestPaths.packageRoot.appendingPathComponent("reports/checkstyle.xsl").path
        let derived = try Self.rows(try ReportTransform(path: xsl).apply(to: report))
        #expect(!direct.isEmpty)
        #expect(Set(direct) == Set(derived))
        #expect(direct.count == derived.count)
    }
}
