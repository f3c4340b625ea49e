import Foundation
import Testing
@testable import ClaimAudit

/// A report written one document at a time is byte for byte the report
/// rendered at once.
@Suite struct ReportStreamTests {
    func streamed(_ reporter: any StreamingReporter, _ report: AuditReport) throws -> [UInt8] {
        var stream = reporter.makeStream()
        var out = try stream.begin(tool: report.tool)
        for doc in report.documents { out += try stream.add(doc) }
        return out + (try stream.end())
    }

    @Test func jsonAndXMLStreamsEqualRender() throws {
        let fixture = ReportFixture.report()
        let reports = [
            fixture,
            AuditReport(tool: ReportFixture.tool, documents: []),
            AuditReport(tool: ReportFixture.tool, documents: [ReportFixture.emptyReport()]),
            AuditReport(tool: ReportFixture.tool, documents: fixture.documents + fixture.documents.reversed()),
        ]
        for report in reports {
            #expect(try streamed(JSONReporter(), report) == (try JSONReporter().render(report)))
            #expect(try streamed(XMLReporter(), report) == (try XMLReporter().render(report)))
        }
    }

    @Test func atomicFileWriterAppearsOnlyOnCommit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: target)
        do {
            let file = try AtomicFileWriter(path: target.path)
            try file.write(Array("new ".utf8))
            #expect(try String(contentsOf: target, encoding: .utf8) == "old")
            file.discard()
        }
        do {
            let file = try AtomicFileWriter(path: target.path)
            try file.write(Array("never".utf8)) // dropped without commit
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        let file = try AtomicFileWriter(path: target.path)
        try file.write(Array("new ".utf8))
        try file.write(Array("report".utf8))
        try file.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "new report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
    }

    @Test func streamedAuditOutputMatchesTheLibraryReport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = ["Critics argue the plan failed, the mayor said.\n", "Some say it works. “It works,” Ana Ruiz said.\n",
                     "Nothing here.\n"]
        var paths: [String] = []
        for (i, t) in texts.enumerated() {
            let url = dir.appendingPathComponent("a\(i).txt")
            try Data(t.utf8).write(to: url)
            paths.append(url.path)
        }
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        let documents = try paths.map { try auditor.audit(InputReader.read($0), format: .text) }
        for (format, reporter) in [("json", JSONReporter() as any Reporter), ("xml", XMLReporter())] {
            let out = dir.appendingPathComponent("r.\(format)")
            let r = try CLIRunner.run(["audit", "--format", format, "--fail-on", "never", "-o", out.path] + paths)
            #expect(r.status == 0)
            let piped = try CLIRunner.run(["audit", "--format", format, "--fail-on", "never"] + paths)
            let expected = try reporter.render(AuditReport(documents: documents))
            #expect(Array(try Data(contentsOf: out)) == expected)
            #expect(Array(piped.stdout.utf8) == expected)
        }
    }
}
