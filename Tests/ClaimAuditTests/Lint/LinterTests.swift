import Foundation
import Testing
@testable import ClaimAudit

@Suite struct LinterTests {
    /// Forty small articles of varied length, written here.
    static func corpus() throws -> (URL, [String]) {
        var files: [String: String] = [:]
        let sentences = [
            "The council could vote on Friday, the clerk Mia Holt said.",
            "Officials familiar with the plan said it may be delayed.",
            "The budget rose by 4 percent last year.",
            "Critics argue the scheme is too costly.",
            "According to the audit, spending fell.",
        ]
        for i in 0..<40 {
            var text = "# Story \(i)\n\n"
            for j in 0..<(1 + i % 7) { text += sentences[(i + j) % sentences.count] + "\n\n" }
            files[String(format: "s%02d.%@", i, i % 3 == 0 ? "html" : "md")] =
                i % 3 == 0 ? "<html><body><p>" + text.replacingOccurrences(of: "\n\n", with: "</p><p>") + "</p></body></html>" : text
        }
        let root = try LintFixture.folder(files)
        let walked = FileWalker(include: LintConfig.defaultInclude, exclude: [], root: root.path).walk([root.path])
        return (root, walked.files)
    }

    @Test func parallelRunGivesTheSameReportAsSerial() throws {
        let (_, files) = try Self.corpus()
        let linter = try LintFixture.linter()
        func render(_ jobs: Int) throws -> [[UInt8]] {
            let docs = linter.lint(files, jobs: jobs).map { try! $0.get() }
            let report = AuditReport(tool: "T", documents: docs)
            return try ["json", "sarif", "junit", "terminal"].map { try Reporters.make($0)!.render(report) }
        }
        let serial = try render(1)
        for jobs in [2, 4, 8] { #expect(try render(jobs) == serial, "jobs \(jobs)") }
    }

    @Test func oneBadFileFailsInItsSlotAndTheOthersAreLinted() throws {
        let (root, files) = try Self.corpus()
        let missing = root.path + "/gone.md"
        let list = Array(files.prefix(3)) + [missing] + Array(files.dropFirst(3).prefix(3))
        var seen = 0
        let results = try LintFixture.linter().lint(list, jobs: 3) { _ in }
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let doc): #expect(doc.path == list[i]); seen += 1
            case .failure(let error): #expect(i == 3); #expect(error.description.hasPrefix(missing + ": error: cannot open"))
            }
        }
        #expect(seen == 6)
    }

    @Test func progressCountsEveryFile() throws {
        let (_, files) = try Self.corpus()
        let highest = Mutex(0)
        _ = try LintFixture.linter().lint(files, jobs: 2) { n in highest.withLock { $0 = max($0, n) } }
        #expect(highest.withLock { $0 } == files.count)
    }
}

import Synchronization
