import Foundation
import Testing
@testable import ClaimAudit

/// The reports written one document at a time (so that an archive's report
/// never sits in memory whole) are byte for byte the reports rendered at
/// once: html and terminal, and the CI formats. Memory itself is measured by the bench; here
/// the streamed paths are pinned by output equality.
@Suite struct StreamedPageTests {
    /// Streams `report` with `render(_:inPiecesTo:)`, as `lint` writes it:
    /// the tail comes from `end(writingTo:)` in pieces.
    func streamed(_ reporter: any StreamingReporter, _ report: AuditReport) throws -> [UInt8] {
        var out: [UInt8] = []
        try reporter.render(report, inPiecesTo: { out += $0 })
        return out
    }

    /// Zero, one and several documents, an empty one, one repeated, and the
    /// golden fixture in two orders.
    var reports: [AuditReport] {
        let fixture = ReportFixture.report()
        let tool = ReportFixture.tool
        return [
            fixture,
            AuditReport(tool: tool, documents: []),
            AuditReport(tool: tool, documents: [ReportFixture.articleReport()]),
            AuditReport(tool: tool, documents: [ReportFixture.emptyReport()]),
            AuditReport(tool: tool, documents: [ReportFixture.notesReport(), ReportFixture.emptyReport()]),
            AuditReport(tool: tool, documents: fixture.documents + fixture.documents.reversed()),
        ]
    }

    @Test func htmlStreamEqualsTheWholePageForAnyNumberOfDocuments() throws {
        for report in reports {
            let whole = try HTMLReporter().render(report)
            #expect(try streamed(HTMLReporter(), report) == whole, "\(report.documents.map(\.path))")
        }
    }

    /// The list of documents is written 256 rows at a time from small
    /// trees: across chunk boundaries (255…513 documents, paths that need
    /// escaping) it is the list of the whole page.
    @Test func htmlStreamWritesTheListOfDocumentsInChunksWithTheSameBytes() throws {
        let docs = [ReportFixture.emptyReport(), ReportFixture.notesReport()]
        for count in [255, 256, 257, 513] {
            let report = AuditReport(tool: ReportFixture.tool, documents: (0..<count).map { i in
                var doc = docs[i % 2]
                doc.path = "desk \(i)/<story & “draft” \(i)>.md"
                return doc
            })
            let whole = try HTMLReporter().render(report)
            #expect(try streamed(HTMLReporter(), report) == whole, "\(count) documents")
        }
    }

    @Test func htmlStreamOfTheFixtureIsTheGoldenPage() throws {
        let golden = try Data(contentsOf: Snapshot.directory.appendingPathComponent("report.html"))
        #expect(try streamed(HTMLReporter(), ReportFixture.report()) == Array(golden))
    }

    @Test func htmlStreamKeepsHouseStylesheetIndexLinkAndLimits() throws {
        var limits = MetricThresholds()
        limits.maxUnsourcedShare = 0.05
        let options = HTMLOptions(thresholds: limits, extraCSS: ".claim { outline: 1px solid teal; }",
                                  indexLink: "../index.html")
        for report in reports {
            let reporter = HTMLReporter(options: options)
            #expect(try streamed(reporter, report) == (try reporter.render(report)))
        }
    }

    @Test func htmlStreamCanBeReusedAfterEnd() throws {
        var stream = HTMLReporter().makeStream()
        let report = ReportFixture.report()
        for _ in 0..<2 {
            var out = try stream.begin(tool: report.tool)
            for doc in report.documents { out += try stream.add(doc) }
            out += try stream.end()
            #expect(out == (try HTMLReporter().render(report)))
        }
    }

    @Test func htmlStreamOfManyDocumentsIsWellFormedAndEqual() throws {
        // Enough sections that the spill file is copied in several chunks.
        let docs = (0..<40).map { i -> DocumentReport in
            var doc = i % 3 == 2 ? ReportFixture.emptyReport() : i % 3 == 1 ? ReportFixture.notesReport()
                : ReportFixture.articleReport()
            doc.path = "batch/\(i)-\(doc.path)"
            return doc
        }
        let report = AuditReport(tool: ReportFixture.tool, documents: docs)
        let bytes = try streamed(HTMLReporter(), report)
        #expect(bytes == (try HTMLReporter().render(report)))
        #expect(HTMLWellFormedness.problems(bytes).isEmpty)
    }

    @Test func everyFormatIsStreamedAndStreamsTheBytesItRenders() throws {
        var many = (0..<30).map { i -> DocumentReport in
            var doc = [ReportFixture.articleReport(), ReportFixture.notesReport(), ReportFixture.emptyReport()][i % 3]
            doc.path = "batch/\(i)/\(doc.path)"
            return doc
        }
        many.append(ReportFixture.articleReport())
        let all = reports + [AuditReport(tool: ReportFixture.tool, documents: many)]
        let descriptions = ["hedging": "Hedges weaken a claim.", "anonymous-without-reason": "Say why."]
        for id in Reporters.identifiers {
            let made = id == SARIFReporter.identifier ? SARIFReporter(descriptions: descriptions) : Reporters.make(id)
            let reporter = try #require(made as? any StreamingReporter, "\(id) is not streamed")
            for report in all {
                #expect(try streamed(reporter, report) == (try reporter.render(report)),
                        "\(id): \(report.documents.count) documents")
            }
        }
    }

    /// A real archive, when asked for: `CLAIMAUDIT_STREAM_CORPUS=DIR swift
    /// test --filter corpusStreams` audits every `.txt` in DIR and checks
    /// each format's stream against its whole render. Off by default (it
    /// takes about a minute in a debug build).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLAIMAUDIT_STREAM_CORPUS"] != nil))
    func corpusStreamsTheBytesItRendersInEveryFormat() throws {
        let dir = ProcessInfo.processInfo.environment["CLAIMAUDIT_STREAM_CORPUS"]!
        let paths = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
            .map { dir + "/" + $0 }
        try #require(!paths.isEmpty)
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        let report = AuditReport(documents: try paths.map { try auditor.audit(InputReader.read($0), format: .text) })
        for id in Reporters.identifiers {
            let reporter = try #require(Reporters.make(id) as? any StreamingReporter)
            let whole = try reporter.render(report)
            #expect(try streamed(reporter, report) == whole, "\(id): \(paths.count) documents")
        }
    }

    @Test func terminalStreamEqualsTheWholeReportWithAndWithoutColour() throws {
        for color in [false, true] {
            let reporter = TerminalReporter(options: ReportOptions(color: color))
            for report in reports {
                #expect(try streamed(reporter, report) == (try reporter.render(report)),
                        "colour \(color), \(report.documents.map(\.path))")
            }
        }
    }

    @Test func terminalStreamPrintsEachDocumentsFindingsWhenAdded() throws {
        var stream = TerminalReporter().makeStream()
        _ = try stream.begin(tool: ReportFixture.tool)
        let first = String(decoding: try stream.add(ReportFixture.articleReport()), as: UTF8.self)
        #expect(first.split(separator: "\n").count == 5)
        #expect(first.hasPrefix("news/article.md:3:72: error: "))
        #expect(try stream.add(ReportFixture.notesReport()).isEmpty)
    }

    @Test func summedTerminalCountsEqualTheSummaryOverAllClaims() {
        let docs = ReportFixture.report().documents + [ReportFixture.articleReport()]
        var sum = TerminalCounts()
        for doc in docs { sum.add(doc.summary) }
        let whole = TerminalCounts(Summary(claims: docs.flatMap(\.claims),
                                           documentFindings: docs.flatMap(\.documentFindings)))
        #expect(sum == whole)
        #expect(sum.claims == 17)
    }

    @Test func spillFileGivesBackEveryByteInOrderInChunks() throws {
        let spill = try SpillFile()
        var expected: [UInt8] = []
        for i in 0..<5 {
            let piece = [UInt8](repeating: UInt8(65 + i), count: SpillFile.chunkSize / 2 + 17 * i)
            try spill.write(piece)
            expected += piece
        }
        var back: [UInt8] = []
        var pieces = 0
        try spill.copy { back += $0; pieces += 1 }
        #expect(back == expected)
        #expect(pieces == 3)
        #expect(spill.count == expected.count)
    }

    @Test func spillFileLeavesNothingInTheTemporaryFolder() throws {
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: SpillFile.directory()))
        do {
            let spill = try SpillFile()
            try spill.write(Array("section".utf8))
            let during = Set(try FileManager.default.contentsOfDirectory(atPath: SpillFile.directory()))
            #expect(during.subtracting(before).filter { $0.hasPrefix("claimaudit-spill-") }.isEmpty)
        }
    }
}

/// `claimaudit audit` writes every report format streamed: the same bytes as
/// the library's whole render, and `-o` only when complete.
@Suite struct StreamedAuditCommandTests {
    func articles(in dir: URL) throws -> [String] {
        let texts = [
            "Critics argue the plan failed, the mayor said. Officials said it may slip.\n",
            "Some say it works. “It works,” Ana Ruiz said.\n",
            "Nothing here.\n",
            "# Heading\n\nThe report, which the agency published, shows costs rose 4%.\n",
        ]
        var paths: [String] = []
        for (i, t) in texts.enumerated() {
            let url = dir.appendingPathComponent(i == 3 ? "d\(i).md" : "d\(i).txt")
            try Data(t.utf8).write(to: url)
            paths.append(url.path)
        }
        return paths
    }

    @Test func streamedFormatsEqualTheLibraryRender() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = try articles(in: dir)
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        for subset in [paths, [paths[0]], Array(paths.prefix(2))] {
            let documents = try subset.map { path -> DocumentReport in
                let format = InputFormat.fromExtension(of: path) ?? .text
                return try auditor.audit(InputReader.read(path), format: format)
            }
            let report = AuditReport(documents: documents)
            let formats: [(String, any Reporter)] = [
                ("html", HTMLReporter()), ("terminal", TerminalReporter()), ("sarif", SARIFReporter()),
                ("junit", JUnitReporter()), ("checkstyle", CheckstyleReporter()), ("github", GitHubReporter()),
                ("markdown", MarkdownReporter()),
            ]
            for (format, reporter) in formats {
                let out = dir.appendingPathComponent("r.\(format)")
                let r = try CLIRunner.run(["audit", "--format", format, "--color", "never", "--fail-on", "never",
                                           "-o", out.path] + subset)
                #expect(r.status == 0, "\(r.stderr)")
                let piped = try CLIRunner.run(["audit", "--format", format, "--color", "never", "--fail-on", "never"]
                    + subset)
                let expected = try reporter.render(report)
                #expect(Array(try Data(contentsOf: out)) == expected, "\(format) \(subset.count)")
                #expect(Array(piped.stdout.utf8) == expected, "\(format) \(subset.count)")
            }
        }
    }

    @Test func lintWritesEveryFormatWholeToStandardOutputAndToAFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try articles(in: dir)
        for format in Reporters.identifiers {
            let out = dir.appendingPathComponent("lint-report.out")
            let piped = try CLIRunner.run(["lint", "--no-config", ".", "--format", format, "--color", "never",
                                           "--fail-on", "never", "--progress", "never"], cwd: dir)
            let written = try CLIRunner.run(["lint", "--no-config", ".", "--format", format, "--color", "never",
                                             "--fail-on", "never", "--progress", "never", "-o", out.path], cwd: dir)
            #expect(piped.status == 0 && written.status == 0, "\(format): \(piped.stderr)")
            #expect(Array(try Data(contentsOf: out)) == Array(piped.stdout.utf8), "\(format)")
            try FileManager.default.removeItem(at: out)
        }
        let html = try CLIRunner.run(["lint", "--no-config", ".", "--format", "html", "--fail-on", "never",
                                      "--progress", "never"], cwd: dir)
        #expect(HTMLWellFormedness.problems(Array(html.stdout.utf8)).isEmpty)
        #expect(html.stdout.contains("<nav class=\"contents\"") && html.stdout.hasSuffix("</html>\n"))
        let json = try CLIRunner.run(["lint", "--no-config", ".", "--format", "json", "--fail-on", "never",
                                      "--progress", "never"], cwd: dir)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((parsed["documents"] as? [[String: Any]])?.count == 4)
    }

    @Test func htmlOutputFileAppearsOnlyWhenTheRunSucceeds() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spillDir = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: spillDir, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = spillDir.path
        let paths = try articles(in: dir)
        let out = dir.appendingPathComponent("report.html")
        try Data("old report".utf8).write(to: out)

        // Nothing readable: the old file stays, and no temporary file is left.
        let missing = try CLIRunner.run(["audit", "--format", "html", "-o", out.path,
                                         dir.appendingPathComponent("gone.txt").path], environment: env)
        #expect(missing.status == 2)
        #expect(try String(contentsOf: out, encoding: .utf8) == "old report")

        // An output folder that does not exist: exit 2, nothing written.
        let nowhere = dir.appendingPathComponent("no/such/folder/report.html")
        let failed = try CLIRunner.run(["audit", "--format", "html", "--fail-on", "never", "-o", nowhere.path] + paths,
                                       environment: env)
        #expect(failed.status == 2)
        #expect(!FileManager.default.fileExists(atPath: nowhere.path))

        // The spill file cannot be made (mid-run, at the second document):
        // exit 2 with the folder named, the old file untouched.
        var noTemp = env
        noTemp["TMPDIR"] = dir.appendingPathComponent("no-such-tmp").path
        let noSpill = try CLIRunner.run(["audit", "--format", "html", "--fail-on", "never", "-o", out.path] + paths,
                                        environment: noTemp)
        #expect(noSpill.status == 2)
        #expect(noSpill.stderr.contains("no-such-tmp"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "old report")

        // A good run replaces the file whole; spill and temporary files are gone.
        let good = try CLIRunner.run(["audit", "--format", "html", "--fail-on", "never", "-o", out.path] + paths,
                                     environment: env)
        #expect(good.status == 0)
        let page = try Data(contentsOf: out)
        #expect(HTMLWellFormedness.problems(Array(page)).isEmpty)
        #expect(String(decoding: page, as: UTF8.self).hasSuffix("</html>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spillDir.path).isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty)
    }
}

/// `claimaudit report` writes each article's page as it is audited and keeps
/// only the index figures; the files are those of writing the collection
/// whole.
@Suite struct CollectionPageByPageTests {
    func files(in dir: URL) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for name in ["index.html", "index.xml"] {
            out[name] = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
        }
        let pages = dir.appendingPathComponent(CollectionWriter.pagesFolder)
        for name in try FileManager.default.contentsOfDirectory(atPath: pages.path) {
            out["articles/" + name] = Array(try Data(contentsOf: pages.appendingPathComponent(name)))
        }
        return out
    }

    @Test func pageByPageWritingGivesTheFilesOfTheWholeCollection() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let collection = CollectionReportTests.collection()
        let whole = dir.appendingPathComponent("whole"), paged = dir.appendingPathComponent("paged")
        #expect(try CollectionWriter(outputDirectory: whole.path).write(collection).isEmpty)

        let writer = CollectionWriter(outputDirectory: paged.path)
        try writer.prepare()
        var kept: [CollectionEntry] = []
        for entry in collection.entries {
            let (indexed, error) = writer.writePage(entry)
            #expect(error == nil)
            #expect(indexed.report?.claims.isEmpty ?? true)
            kept.append(indexed)
        }
        try writer.writeIndex(CollectionReport(tool: collection.tool, thresholds: collection.thresholds, entries: kept))
        let a = try files(in: whole), b = try files(in: paged)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a { #expect(b[name] == bytes, "\(name)") }
    }

    @Test func indexFiguresKeepSummaryFormatAndPathOnly() {
        let doc = ReportFixture.articleReport()
        let figures = doc.indexFigures
        #expect(figures.claims.isEmpty && figures.documentFindings.isEmpty && figures.verification == nil)
        #expect(figures.summary == doc.summary)
        #expect(figures.path == doc.path && figures.format == doc.format)
    }

    @Test func reportCommandWritesTheSamePagesAsTheLibrary() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = ["a.txt": "Critics argue the plan failed, the mayor said.\n",
                     "b.md": "# Title\n\nSome say it works. “It works,” Ana Ruiz said.\n"]
        for (name, text) in texts { try Data(text.utf8).write(to: articles.appendingPathComponent(name)) }
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["report", articles.path, "-o", out.path, "--fail-on", "never"])
        #expect(r.status == 0, "\(r.stderr)")

        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        var names = PageNames()
        var entries: [CollectionEntry] = []
        for name in texts.keys.sorted() {
            let path = articles.appendingPathComponent(name).path
            let report = try auditor.audit(InputReader.read(path), format: InputFormat.fromExtension(of: path) ?? .text)
            entries.append(CollectionEntry(path: path, name: name, page: names.name(for: name), report: report))
        }
        let expected = dir.appendingPathComponent("expected")
        #expect(try CollectionWriter(outputDirectory: expected.path).write(CollectionReport(entries: entries)).isEmpty)
        let a = try files(in: expected), b = try files(in: out)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a { #expect(b[name] == bytes, "\(name)") }
    }
}
