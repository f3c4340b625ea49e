import Foundation
import Testing

/// Runs the real binary: exit codes, every format, atomic output, bad input.
@Suite struct CLIEndToEndTests {
    let example = "examples/transit-scoop.md"

    @Test func terminalReportListsFindingsAsCompilerLines() throws {
        let r = try CLIRunner.run(["audit", example, "--fail-on", "never"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").filter {
            $0.range(of: "^" + NSRegularExpression.escapedPattern(for: example) + #":\d"#, options: .regularExpression) != nil
        }
        #expect(!lines.isEmpty)
        for line in lines {
            // path:line:col: severity: message [rule]
            #expect(line.range(of: #"^[^:]+:\d+:\d+: (error|warning|info): .+ \[[a-z0-9.-]+\]$"#, options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test func defaultSubcommandIsAudit() throws {
        let r = try CLIRunner.run([example, "--fail-on", "never"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(example + ":"))
    }

    @Test func failOnWarningExitsOneWhenWarningsExist() throws {
        let r = try CLIRunner.run(["audit", example, "--fail-on", "warning"])
        #expect(r.status == 1)
    }

    @Test func failOnNeverAlwaysExitsZero() throws {
        let r = try CLIRunner.run(["audit", example, "--fail-on", "never", "--format", "json"])
        #expect(r.status == 0)
    }

    @Test(arguments: ["terminal", "json", "xml", "html"])
    func everyFormatWritesAReport(format: String) throws {
        let r = try CLIRunner.run(["audit", example, "--format", format, "--fail-on", "never"])
        #expect(r.status == 0, "\(r.stderr)")
        switch format {
        case "json":
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let docs = object?["documents"] as? [[String: Any]]
            #expect(docs?.count == 1)
            #expect((docs?.first?["claims"] as? [Any])?.isEmpty == false)
        case "xml":
            #expect(r.stdout.hasPrefix("<?xml"))
        case "html":
            #expect(r.stdout.lowercased().contains("<html"))
        default:
            #expect(!r.stdout.isEmpty)
        }
    }

    @Test func standardInputIsReadWithDash() throws {
        let r = try CLIRunner.run(["audit", "-", "--input-format", "text", "--format", "json", "--fail-on", "never"],
                                  stdin: "The mayor said the budget is balanced.\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"path\""))
        #expect(r.stdout.contains("said"))
    }

    @Test func missingFileExitsTwoAndOtherFilesAreStillAudited() throws {
        let r = try CLIRunner.run(["audit", "no/such/file.md", example, "--format", "json", "--fail-on", "never"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no/such/file.md: error: cannot open"))
        #expect(r.stdout.contains("transit-scoop.md"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try CLIRunner.run(["audit", example, "--format", "yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown format 'yaml'"))
    }

    @Test func outputIsWrittenAtomicallyAndReplacesTheOldFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json")
        try Data("old".utf8).write(to: out)
        let r = try CLIRunner.run(["audit", example, "--format", "json", "--output", out.path, "--fail-on", "never"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains("\"documents\""))
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["report.json"])
    }

    @Test func failedRunLeavesAnExistingOutputUntouched() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json")
        try Data("keep me".utf8).write(to: out)
        let badRules = dir.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: badRules, withIntermediateDirectories: true)
        try Data("<pack><rule id=\"x\"></pack>\n".utf8).write(to: badRules.appendingPathComponent("broken.xml"))
        let r = try CLIRunner.run(["audit", example, "--format", "json", "--output", out.path, "--rules", badRules.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("broken.xml:1"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    }

    @Test func unwritableOutputExitsTwo() throws {
        let r = try CLIRunner.run(["audit", example, "--format", "json", "--output", "/nonexistent-dir/report.json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent-dir/report.json"))
    }

    @Test func inputIsNeverModified() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.md")
        let original = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(example))
        try original.write(to: input)
        _ = try CLIRunner.run(["audit", input.path, "--format", "html", "--output", dir.appendingPathComponent("r.html").path])
        #expect(try Data(contentsOf: input) == original)
    }

    @Test func severalInputsGiveOneReport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try Data("The mayor said taxes will rise.\n".utf8).write(to: a)
        try Data("Sources said the deal collapsed.\n".utf8).write(to: b)
        let r = try CLIRunner.run(["audit", a.path, b.path, "--format", "json", "--fail-on", "never"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["documents"] as? [Any])?.count == 2)
    }

    @Test func rulesListShowsShippedRules() throws {
        let r = try CLIRunner.run(["rules", "list"])
        #expect(r.status == 0)
        for id in ["unsourced-claim", "hedging", "weasel-attribution", "anonymous-without-description", "loaded-attribution-verb"] {
            #expect(r.stdout.contains(id), "missing \(id)")
        }
    }

    @Test func rulesValidateAcceptsShippedPacks() throws {
        let r = try CLIRunner.run(["rules", "validate"])
        #expect(r.status == 0, "\(r.stderr)")
    }
}
