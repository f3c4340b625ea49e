import Foundation
import Synchronization
import Testing
@testable import ClaimAudit

/// `claimaudit lint` streamed: each article written through the format's
/// stream in input order, filtered by the baseline on its own, gives the
/// bytes of linting the whole collection, filtering the whole report and
/// rendering it at once, for every format, any number of jobs, and with bad
/// files among good ones.
@Suite struct StreamedLintTests {
    static let linter = try! LintFixture.linter()

    /// The reporter lint uses for `id` (SARIF with rule descriptions).
    static func reporter(_ id: String) -> any Reporter {
        id == SARIFReporter.identifier
            ? SARIFReporter(descriptions: SARIFReporter.descriptions(for: linter.auditor.ruleSet))
            : Reporters.make(id)!
    }

    /// The whole-collection output: every result held, the baseline applied
    /// to the whole report, one `render`.
    static func whole(_ paths: [String], _ reporter: any Reporter, baseline: Baseline? = nil, root: String = "/") throws -> [UInt8] {
        var report = AuditReport(tool: "T", documents: linter.lint(paths, jobs: 1).compactMap { try? $0.get() })
        baseline?.filter(&report, root: root)
        return try reporter.render(report)
    }

    static func streamed(_ paths: [String], _ reporter: any Reporter, jobs: Int, window: Int? = nil,
                         baseline: Baseline? = nil, root: String = "/") throws -> (bytes: [UInt8], outcome: StreamedLint.Outcome, failed: [String]) {
        var run = StreamedLint(linter: linter, jobs: jobs, root: root, baseline: baseline)
        run.window = window
        var bytes: [UInt8] = []
        var failed: [String] = []
        let outcome = try run.run(paths, reporter: reporter, tool: "T", failed: { failed.append($0.description) },
                                  write: { bytes += $0 })
        return (bytes, outcome, failed)
    }

    @Test(arguments: Reporters.identifiers)
    func streamedLintIsTheWholeCollectionRender(format: String) throws {
        let (_, files) = try LinterTests.corpus()
        let reporter = Self.reporter(format)
        for count in [0, 1, 5, 40] {
            let paths = Array(files.prefix(count))
            let expected = try Self.whole(paths, reporter)
            for jobs in [1, 2] {
                let got = try Self.streamed(paths, reporter, jobs: jobs)
                #expect(got.bytes == expected, "\(format), \(count) documents, \(jobs) jobs")
                #expect(got.outcome.documents == count && got.outcome.failures == 0)
            }
        }
    }

    @Test func parallelRunWithASmallWindowKeepsInputOrder() throws {
        let (_, files) = try LinterTests.corpus()
        let reporter = Self.reporter("json")
        let expected = try Self.whole(files, reporter)
        for (jobs, window) in [(2, 1), (3, 2), (4, 4), (8, 3)] {
            #expect(try Self.streamed(files, reporter, jobs: jobs, window: window).bytes == expected, "\(jobs) jobs, window \(window)")
        }
    }

    @Test func worstSeverityIsThatOfTheWholeReport() throws {
        let (_, files) = try LinterTests.corpus()
        var report = AuditReport(documents: Self.linter.lint(files, jobs: 1).compactMap { try? $0.get() })
        let got = try Self.streamed(files, Self.reporter("github"), jobs: 2)
        #expect(got.outcome.worstSeverity == report.worstSeverity)
        #expect(report.worstSeverity != nil)
        // After a baseline of everything, nothing is left.
        let all = Baseline(report: report, root: "/")
        let filtered = try Self.streamed(files, Self.reporter("github"), jobs: 2, baseline: all)
        all.filter(&report, root: "/")
        #expect(filtered.outcome.worstSeverity == nil && report.worstSeverity == nil)
        #expect(filtered.outcome.removedByBaseline == all.entries.reduce(0) { $0 + $1.count })
    }

    @Test(arguments: ["json", "sarif", "terminal", "html"])
    func baselineFiltersEachDocumentAsTheWholeReport(format: String) throws {
        let (root, files) = try LinterTests.corpus()
        // A baseline of half the articles, with one count cut short, and the
        // same file given twice (the counts left carry to the second).
        let half = AuditReport(documents: Self.linter.lint(Array(files.prefix(20)), jobs: 1).compactMap { try? $0.get() })
        var baseline = Baseline(report: half, root: root.path)
        #expect(baseline.entries.count > 3)
        if let i = baseline.entries.firstIndex(where: { $0.count > 1 }) { baseline.entries[i].count -= 1 }
        let paths = files + [files[0], files[1]]
        let reporter = Self.reporter(format)
        let expected = try Self.whole(paths, reporter, baseline: baseline, root: root.path)
        for jobs in [1, 2] {
            let got = try Self.streamed(paths, reporter, jobs: jobs, baseline: baseline, root: root.path)
            #expect(got.bytes == expected, "\(format), \(jobs) jobs")
        }
        #expect(try Self.whole(paths, reporter, root: root.path) != expected)
    }

    @Test func filterAndRecorderPerDocumentMatchTheWholeReport() throws {
        let (root, files) = try LinterTests.corpus()
        let docs = Self.linter.lint(files + [files[3]], jobs: 1).compactMap { try? $0.get() }
        let report = AuditReport(documents: docs)
        var recorder = Baseline.Recorder(root: root.path)
        for doc in docs { recorder.add(doc) }
        #expect(recorder.baseline == Baseline(report: report, root: root.path))

        let baseline = Baseline(report: AuditReport(documents: Array(docs.prefix(10))), root: root.path)
        var whole = report
        let removedWhole = baseline.filter(&whole, root: root.path)
        var filter = Baseline.Filter(baseline, root: root.path)
        var removed = 0
        for (i, var doc) in docs.enumerated() {
            removed += filter.apply(to: &doc)
            #expect(doc.findings.map(\.rule) == whole.documents[i].findings.map(\.rule))
            #expect(doc.summary == whole.documents[i].summary)
        }
        #expect(removed == removedWhole && removed > 0)
    }

    @Test func badFilesAreReportedInTurnAndTheOthersStillWritten() throws {
        let (root, files) = try LinterTests.corpus()
        let binary = root.appendingPathComponent("photo.md")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: binary)
        let paths = [root.path + "/gone.md"] + Array(files.prefix(4)) + [binary.path, root.path]
            + Array(files.dropFirst(4).prefix(4)) + [root.path + "/also-gone.md"]
        for format in ["json", "html", "checkstyle"] {
            let reporter = Self.reporter(format)
            let expected = try Self.whole(paths, reporter)
            for jobs in [1, 2, 3] {
                let got = try Self.streamed(paths, reporter, jobs: jobs)
                #expect(got.bytes == expected, "\(format), \(jobs) jobs")
                #expect(got.outcome.documents == 8 && got.outcome.failures == 4)
                #expect(got.failed.count == 4)
                if got.failed.count == 4 {
                    #expect(got.failed[0].hasPrefix(root.path + "/gone.md: error: cannot open"))
                    #expect(got.failed[1].contains("binary file"))
                    #expect(got.failed[2].contains("is a directory"))
                    #expect(got.failed[3].hasPrefix(root.path + "/also-gone.md:"))
                }
            }
        }
        // Only bad files: an empty report, as rendering no documents.
        let none = try Self.streamed([root.path + "/gone.md", binary.path], Self.reporter("sarif"), jobs: 2)
        #expect(none.bytes == (try Self.reporter("sarif").render(AuditReport(tool: "T", documents: []))))
        #expect(none.outcome.failures == 2 && none.outcome.documents == 0)
    }

    @Test func aReporterWithoutAStreamRendersTheWholeReportAtTheEnd() throws {
        struct Names: Reporter {
            static let identifier = "names"
            static let summary = "paths"
            func render(_ report: AuditReport) throws -> [UInt8] {
                Array((report.tool + ":" + report.documents.map(\.path).joined(separator: ",")).utf8)
            }
        }
        let (_, files) = try LinterTests.corpus()
        let paths = Array(files.prefix(6))
        var pieces: [[UInt8]] = []
        _ = try StreamedLint(linter: Self.linter, jobs: 2, root: "/")
            .run(paths, reporter: Names(), tool: "T", failed: { _ in }, write: { pieces.append($0) })
        #expect(pieces.filter { !$0.isEmpty } == [Array(("T:" + paths.joined(separator: ",")).utf8)])
    }

    @Test func aWriteErrorStopsTheRunAndIsThrown() throws {
        struct Full: Error {}
        let (_, files) = try LinterTests.corpus()
        var run = StreamedLint(linter: Self.linter, jobs: 2, root: "/")
        run.window = 2
        var writes = 0
        let linted = Mutex(0)
        #expect(throws: Full.self) {
            _ = try run.run(files, reporter: Self.reporter("json"), progress: { n in linted.withLock { $0 = max($0, n) } },
                            failed: { _ in }, write: { _ in
                                writes += 1
                                if writes == 4 { throw Full() }
                            })
        }
        // begin + 2 documents written, the third write failed; the workers
        // stopped within a window's reach instead of linting all forty.
        #expect(writes == 4)
        #expect(linted.withLock { $0 } <= 3 + 2 + 2)
    }
}

/// The ordered, bounded parallel map under `lint`.
@Suite struct OrderedParallelTests {
    @Test(arguments: [(1, 1), (2, 1), (2, 4), (3, 2), (8, 5)])
    func valuesArriveInIndexOrderWithAtMostAWindowWaiting(jobs: Int, window: Int) {
        let count = 200
        let waiting = Atomic<Int>(0)
        let most = Mutex(0)
        var order: [Int] = []
        OrderedParallel.forEach(count: count, jobs: jobs, window: window, work: { i in
            // Uneven work, so later indices often finish first.
            var x = UInt64(i &* 2654435761)
            for _ in 0..<((i * 7919) % 13) * 2000 { x = x &* 6364136223846793005 &+ 1442695040888963407 }
            let now = waiting.wrappingAdd(1, ordering: .relaxed).newValue
            most.withLock { $0 = max($0, now) }
            return (i, x)
        }, body: { i, value in
            waiting.wrappingSubtract(1, ordering: .relaxed)
            #expect(value.0 == i)
            order.append(i)
        })
        #expect(order == Array(0..<count))
        // The ring has max(window, jobs) slots; one more value may be done
        // while the one just handed over has not yet been counted off.
        #expect(most.withLock { $0 } <= max(window, jobs) + 1)
    }

    @Test func progressReachesTheCountFromEveryThread() {
        let highest = Mutex(0)
        var seen = 0
        OrderedParallel.forEach(count: 57, jobs: 3, window: 4, progress: { n in highest.withLock { $0 = max($0, n) } },
                                work: { $0 * 2 }, body: { i, v in seen += 1; #expect(v == i * 2) })
        #expect(seen == 57 && highest.withLock { $0 } == 57)
    }

    @Test func aThrowingBodyStopsTheWorkersAndRethrows() {
        struct Stop: Error {}
        let started = Atomic<Int>(0)
        #expect(throws: Stop.self) {
            try OrderedParallel.forEach(count: 10_000, jobs: 4, window: 3, work: { i -> [Int] in
                started.wrappingAdd(1, ordering: .relaxed)
                return Array(repeating: i, count: 100)
            }, body: { i, _ in if i == 5 { throw Stop() } })
        }
        // Indices 0…5 read, at most a window (3) beyond them claimed, plus
        // one per worker that passed the free-slot wait as the stop came.
        #expect(started.load(ordering: .relaxed) <= 6 + 3 + 4)
    }

    @Test func zeroOrOneItemNeedsNoThreads() {
        var got: [Int] = []
        OrderedParallel.forEach(count: 0, jobs: 4, window: 2, work: { $0 }, body: { got.append($1) })
        OrderedParallel.forEach(count: 1, jobs: 4, window: 2, work: { $0 + 7 }, body: { got.append($1) })
        #expect(got == [7])
    }
}

/// The `lint` command end to end: what it prints, with one or two jobs,
/// is the library's whole-collection render; bad files are reported in
/// input order; `-o` stays atomic; exit codes are those of the whole report.
@Suite struct StreamedLintCommandTests {
    /// The corpus's files named one by one (kept in the order given).
    static func files() throws -> (URL, [String]) {
        let (root, files) = try LinterTests.corpus()
        return (root, files.map { PathNames.tidy($0) })
    }

    static func whole(_ paths: [String], format: String, baseline: Baseline? = nil, root: String = "/") throws -> String {
        let linter = StreamedLintTests.linter
        let reporter: any Reporter = format == HTMLReporter.identifier
            ? HTMLReporter(options: HTMLOptions(thresholds: linter.documentRules.thresholds))
            : StreamedLintTests.reporter(format)
        var report = AuditReport(documents: linter.lint(paths, jobs: 1).compactMap { try? $0.get() })
        baseline?.filter(&report, root: root)
        return String(decoding: try reporter.render(report), as: UTF8.self)
    }

    @Test(arguments: ["json", "html", "sarif", "junit", "markdown", "terminal"])
    func printedReportIsTheWholeCollectionRender(format: String) throws {
        let (_, files) = try Self.files()
        let paths = Array(files.prefix(12))
        let expected = try Self.whole(paths, format: format)
        for jobs in ["1", "2"] {
            let r = try CLIRunner.run(["lint", "--no-config", "--fail-on", "never", "--color", "never", "-j", jobs, "-f", format] + paths)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == expected, "\(format), \(jobs) jobs")
        }
    }

    @Test func badFilesAreReportedInInputOrderAndTheRestPrinted() throws {
        let (root, files) = try Self.files()
        let binary = root.appendingPathComponent("scan.md")
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00]).write(to: binary)
        let gone = root.path + "/gone.md"
        let paths = Array(files.prefix(3)) + [gone] + Array(files.dropFirst(3).prefix(3)) + [binary.path] + [files[9]]
        let good = paths.filter { $0 != gone && $0 != binary.path }
        let expected = try Self.whole(good, format: "json")
        let r = try CLIRunner.run(["lint", "--no-config", "--fail-on", "never", "-j", "2", "-f", "json"] + paths)
        #expect(r.status == 2)
        #expect(r.stdout == expected)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first?.hasPrefix(gone + ": error: cannot open") == true)
        #expect(lines.last?.contains("binary file") == true)
    }

    @Test func baselineThroughTheCommandIsTheFilteredWholeReport() throws {
        let (root, files) = try Self.files()
        let paths = Array(files.prefix(10))
        let out = root.appendingPathComponent("base.json").path
        let w = try CLIRunner.run(["lint", "--no-config", "-j", "2", "-f", "json", "--write-baseline", out] + Array(paths.prefix(6)), cwd: root)
        #expect(w.status == 0, "\(w.stderr)")
        let recorded = try Baseline.read(out)
        let docs = StreamedLintTests.linter.lint(Array(paths.prefix(6)), jobs: 1).compactMap { try? $0.get() }
        #expect(recorded == Baseline(report: AuditReport(documents: docs), root: root.path))
        // Recording prints the whole, unfiltered report.
        #expect(w.stdout == (try Self.whole(Array(paths.prefix(6)), format: "json")))

        let expected = try Self.whole(paths, format: "checkstyle", baseline: recorded, root: root.path)
        for jobs in ["1", "2"] {
            let r = try CLIRunner.run(["lint", "--no-config", "--fail-on", "warning", "-j", jobs, "-f", "checkstyle",
                                       "--baseline", out] + paths, cwd: root)
            #expect(r.stdout == expected, "\(jobs) jobs")
            #expect(r.status == 1) // s06… are new
        }
        // Only the known articles: every finding is in the baseline, exit 0.
        let known = try CLIRunner.run(["lint", "--no-config", "--fail-on", "info", "-j", "2", "--baseline", out] + Array(paths.prefix(6)), cwd: root)
        #expect(known.status == 0, "\(known.stdout)")
        let unfiltered = try CLIRunner.run(["lint", "--no-config", "--fail-on", "info", "-j", "2"] + Array(paths.prefix(6)), cwd: root)
        #expect(unfiltered.status == 1)
    }

    @Test func outputFileStaysAtomic() throws {
        let (root, files) = try Self.files()
        let paths = Array(files.prefix(5))
        let spillDir = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: spillDir, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = spillDir.path
        let out = root.appendingPathComponent("out/report.html")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old report".utf8).write(to: out)
        func run(_ extra: [String], _ environment: [String: String]) throws -> CLIRunner.Result {
            try CLIRunner.run(["lint", "--no-config", "--fail-on", "never", "-j", "2", "-f", "html"] + extra + paths,
                              environment: environment)
        }

        // The spill file cannot be made at the second article: exit 2, the
        // folder named, the old file untouched, no temporary file beside it.
        var noTemp = env
        noTemp["TMPDIR"] = root.appendingPathComponent("no-such-tmp").path
        let noSpill = try run(["-o", out.path], noTemp)
        #expect(noSpill.status == 2)
        #expect(noSpill.stderr.contains("no-such-tmp"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "old report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["report.html"])

        // An output folder that does not exist: exit 2 before any article.
        let nowhere = root.appendingPathComponent("no/such/report.html")
        let failed = try run(["-o", nowhere.path], env)
        #expect(failed.status == 2)
        #expect(!FileManager.default.fileExists(atPath: nowhere.path))

        // A good run replaces the file whole with the printed bytes.
        let good = try run(["-o", out.path], env)
        #expect(good.status == 0 && good.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == (try Self.whole(paths, format: "html")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spillDir.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["report.html"])
    }
}
