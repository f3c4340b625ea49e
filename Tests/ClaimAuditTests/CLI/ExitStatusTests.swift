import Foundation
import Testing
@testable import ClaimAudit

/// One test per class of failure, pinning what the user sees on standard
/// error and the exit status: 0 clean, 1 findings at --fail-on, 2 usage,
/// input, rule or output errors. A bad input never stops the others.
@Suite struct ExitStatusTests {
    /// A folder of small inputs, one per kind of trouble.
    static func fixtures() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        func put(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        try put("good.txt", Array("The council approved the budget on Tuesday, the mayor said.\n".utf8))
        try put("weasel.txt", Array("Critics argue the plan will fail, officials said.\n".utf8))
        try put("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try put("controls.txt", [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x07, 0x08])
        try put("latin1.txt", Array("Le caf".utf8) + [0xE9] + Array(" est ferm".utf8) + [0xE9] + Array(", a dit le maire.\n".utf8))
        try put("broken.txt", Array("The caf\u{E9} closed, the mayor said. One bad ".utf8) + [0xC3, 0x28] + Array(" byte.\n".utf8))
        try put("nul.txt", Array("The mayor said".utf8) + [0] + Array(" it closed.\n".utf8))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        let rules = dir.appendingPathComponent("badrules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Data("<pack xmlns=\"https://claimaudit.dev/ns/rules/1\" id=\"x\">\n  <rule id=\"a\"\n</pack>\n".utf8)
            .write(to: rules.appendingPathComponent("broken.xml"))
        return dir
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        /// Exact standard error, with `$D` for the fixtures folder.
        var stderr: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "clean input", arguments: ["audit", "good.txt"], status: 0, stderr: ""),
        Case(name: "findings at --fail-on", arguments: ["audit", "weasel.txt", "--fail-on", "warning"], status: 1, stderr: ""),
        Case(name: "findings below --fail-on", arguments: ["audit", "weasel.txt", "--fail-on", "error"], status: 0, stderr: ""),
        Case(name: "missing file", arguments: ["audit", "nope.txt"], status: 2,
             stderr: "nope.txt: error: cannot open: No such file or directory\n"),
        Case(name: "directory as input", arguments: ["audit", "folder.md"], status: 2,
             stderr: "folder.md: error: is a directory\n"),
        Case(name: "device as input", arguments: ["audit", "/dev/zero"], status: 2,
             stderr: "/dev/zero: error: is a device, not a file\n"),
        Case(name: "binary file by signature", arguments: ["audit", "image.md"], status: 2,
             stderr: "image.md: error: binary file (a PNG image); not audited\n"),
        Case(name: "binary file by content", arguments: ["audit", "controls.txt"], status: 2,
             stderr: "controls.txt: error: binary file (80% of the first 10 bytes are control characters); not audited\n"),
        Case(name: "broken rule pack", arguments: ["audit", "good.txt", "--rules", "badrules"], status: 2,
             stderr: "badrules/broken.xml:3:1: error: error parsing attribute name\n"
                + "badrules/broken.xml:3:1: error: attributes construct error\n"
                + "badrules/broken.xml:3:1: error: Couldn't find end of Start Tag rule line 2\n"),
        Case(name: "missing rules folder", arguments: ["audit", "good.txt", "--rules", "nowhere"], status: 2,
             stderr: "nowhere: error: not a folder of rule packs\n"),
        Case(name: "output folder missing", arguments: ["audit", "good.txt", "-o", "no/such/dir/r.json"], status: 2,
             stderr: "no/such/dir/r.json: error: cannot create a temporary file: No such file or directory\n"),
        Case(name: "output is a directory", arguments: ["audit", "good.txt", "-o", "folder.md"], status: 2,
             stderr: "folder.md: error: cannot replace the file: Is a directory\n"),
        Case(name: "unknown report format", arguments: ["audit", "good.txt", "--format", "yaml"], status: 2,
             stderr: "Error: Unknown format 'yaml'. Choose one of: \(Reporters.identifiers.joined(separator: ", ")).\n"),
        Case(name: "unknown option", arguments: ["audit", "good.txt", "--bogus"], status: 2,
             stderr: "Error: Unknown option '--bogus'\n"),
        Case(name: "no input", arguments: ["audit"], status: 2, stderr: "Error: Missing expected argument '<file> ...'\n"),
    ]

    @Test(arguments: cases)
    func failureClassHasItsMessageAndStatus(_ c: Case) throws {
        let dir = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(c.arguments, cwd: dir)
        #expect(r.status == c.status, "\(r.stderr)")
        // Usage errors go on to print the usage; pin their first line.
        let stderr = c.stderr.hasPrefix("Error:") ? String(r.stderr.prefix { $0 != "\n" }) + "\n" : r.stderr
        #expect(stderr == c.stderr)
    }

    @Test func inputWarningsAreReportedAsFindingsAndDoNotFailTheRun() throws {
        let dir = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["audit", "broken.txt", "latin1.txt", "nul.txt", "--fail-on", "error"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("broken.txt:1:42: warning: invalid UTF-8 at offset 42 (byte 0xC3) replaced by U+FFFD [invalid-utf8]"))
        #expect(lines.contains("latin1.txt:1:7: warning: not valid UTF-8 (2 bytes above 0x7F are not UTF-8 sequences); "
            + "read as Windows-1252. Save the file as UTF-8: offsets in this report refer to the UTF-8 transcoding, "
            + "not the file's bytes [encoding-fallback]"))
        #expect(lines.contains("nul.txt:1:15: warning: NUL byte at offset 14, read as a space [nul-byte]"))
        // At --fail-on warning they count like any other warning.
        let strict = try CLIRunner.run(["audit", "nul.txt", "--fail-on", "warning"], cwd: dir)
        #expect(strict.status == 1)
    }

    @Test func oneBadFileIsReportedAndEveryOtherFileIsStillAudited() throws {
        let dir = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["audit", "nope.txt", "image.md", "good.txt", "folder.md", "weasel.txt",
                                   "--format", "json", "--fail-on", "never"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "nope.txt: error: cannot open: No such file or directory\n"
            + "image.md: error: binary file (a PNG image); not audited\n"
            + "folder.md: error: is a directory\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let paths = (json["documents"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["good.txt", "weasel.txt"])
    }

    @Test func lintReportsABadFileAndStillLintsEveryOtherFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("The council approved the budget, the mayor said.\n".utf8).write(to: dir.appendingPathComponent("good.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(to: sub.appendingPathComponent("image.md"))
        try Data(Array("Le caf".utf8) + [0xE9] + Array(" est ferm".utf8) + [0xE9] + Array(", a dit le maire.\n".utf8))
            .write(to: sub.appendingPathComponent("latin1.md"))
        try Data("Critics argue it failed.\n".utf8).write(to: sub.appendingPathComponent("weasel.txt"))
        let r = try CLIRunner.run(["lint", "--no-config", ".", "--format", "json", "--fail-on", "never"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "sub/image.md: error: binary file (a PNG image); not audited\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let documents = json["documents"] as? [[String: Any]] ?? []
        #expect(documents.compactMap { $0["path"] as? String } == ["good.md", "sub/latin1.md", "sub/weasel.txt"])
        let latin1 = documents.first { $0["path"] as? String == "sub/latin1.md" }
        let rules = (latin1?["documentFindings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(rules.contains("encoding-fallback"))
    }

    @Test func runWithNoReadableInputLeavesTheOutputFileAlone() throws {
        let dir = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json")
        try Data("previous report".utf8).write(to: out)
        let r = try CLIRunner.run(["audit", "nope.txt", "image.md", "--format", "json", "-o", out.path], cwd: dir)
        #expect(r.status == 2)
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func standardInputIsDecodedLikeAFile() throws {
        let r = try CLIRunner.run(["audit", "-", "--input-format", "text"], stdin: "\u{FEFF}Critics argue it failed.\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("-:1:1: warning: "))
    }
}
