import Testing
@testable import ClaimAudit

@Suite struct TerminalReporterTests {
    @Test func terminalOutputMatchesGoldenFile() throws {
        let bytes = try TerminalReporter().render(ReportFixture.report())
        Snapshot.expect(bytes, matches: "report.terminal.txt")
    }

    @Test func findingLinesAreCompilerStyleInDocumentOrder() throws {
        let text = String(decoding: try TerminalReporter().render(ReportFixture.report()), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "news/article.md:3:72: error: Anonymous source: say why they were not named [anonymous-without-reason]")
        #expect(lines[1].hasPrefix("news/article.md:3:120: info: Hedge “could”"))
        let findingLines = lines.prefix { $0.hasPrefix("news/article.md:") && $0.contains(" [") }
        #expect(findingLines.count == 5)
    }

    @Test func summaryLineCountsKindsUnsourcedShareAndSeverities() throws {
        let text = String(decoding: try TerminalReporter().render(ReportFixture.report()), as: UTF8.self)
        #expect(text.contains("news/article.md: 8 claims — 1 named, 1 anonymous, 1 own-reporting, 1 document, "
            + "1 outlet, 1 analysis, 2 none; unsourced 13%; 1 error, 2 warnings, 2 info\n"))
        #expect(text.contains("notes.txt: 1 claim — 1 named; unsourced 0%; no findings\n"))
        #expect(text.contains("empty page.html: 0 claims; no findings\n"))
        #expect(text.hasSuffix("total: 3 documents, 9 claims — 2 named, 1 anonymous, 1 own-reporting, 1 document, "
            + "1 outlet, 1 analysis, 2 none; unsourced 11%; 1 error, 2 warnings, 2 info\n"))
    }

    @Test func totalLineOnlyWithSeveralDocuments() throws {
        let report = AuditReport(tool: ReportFixture.tool, documents: [ReportFixture.notesReport()])
        let text = String(decoding: try TerminalReporter().render(report), as: UTF8.self)
        #expect(text == "notes.txt: 1 claim — 1 named; unsourced 0%; no findings\n")
    }

    @Test func colourWrapsSeverityOnlyWhenAsked() throws {
        let plain = try TerminalReporter(options: ReportOptions(color: false)).render(ReportFixture.report())
        #expect(!plain.contains(0x1B))
        let coloured = String(decoding: try TerminalReporter(options: ReportOptions(color: true))
            .render(ReportFixture.report()), as: UTF8.self)
        #expect(coloured.contains("news/article.md:3:72: \u{1B}[1;31merror\u{1B}[0m: Anonymous source"))
        #expect(coloured.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36minfo\u{1B}[0m"))
        #expect(coloured.contains("2 \u{1B}[1;33mwarnings\u{1B}[0m"))
    }

    @Test func controlCharactersFromInputNeverReachTheTerminal() throws {
        var doc = ReportFixture.notesReport()
        doc.path = "evil\u{1B}[2J.txt"
        doc.claims[0].findings = [Finding(rule: "r", category: "style", severity: .warning,
                                          message: "bad\u{1B}]0;title\u{07}\nnext\u{9B}line",
                                          start: 0, end: 4, location: SourceLocation(line: 1, column: 1))]
        let text = String(decoding: try TerminalReporter().render(AuditReport(tool: "t", documents: [doc])),
                          as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(text.hasPrefix("evil\u{FFFD}[2J.txt:1:1: warning: bad\u{FFFD}]0;title\u{FFFD} next\u{FFFD}line [r]\n"))
    }
}
