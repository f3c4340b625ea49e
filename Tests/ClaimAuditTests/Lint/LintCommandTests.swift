import Foundation
import Testing
@testable import ClaimAudit

/// `claimaudit lint` end to end: exit codes, config discovery and errors,
/// bad files, baseline files, --changed-since, --jobs.
@Suite struct LintCommandTests {
    static let config = """
    <?xml version="1.0" encoding="UTF-8"?>
    <claimaudit xmlns="https://claimaudit.dev/ns/config/1" fail-on="warning">
      <exclude>drafts</exclude>
      <rule id="named-sources" enabled="false"/>
      <rule id="hedges-per-100-words" enabled="false"/>
    </claimaudit>
    """

    static let clean = "# Road\n\nThe road reopened on Monday, the council said.\n"

    /// One hedge ("could", line 3, column 12) in the writer's own clause, so
    /// it is a warning (a hedge in someone's reported speech is only info).
    static let hedged = """
    # Bridge repairs

    The bridge could close next week. The transport minister Rosa Lind warned of cracks.

    """

    func repo(_ extra: [String: String] = [:]) throws -> URL {
        var files = ["claimaudit.xml": Self.config, "news/a.md": Self.hedged, "news/b.md": Self.clean,
                     "drafts/c.md": Self.hedged, "notes.json": "{}"]
        for (k, v) in extra { files[k] = v }
        return try LintFixture.folder(files)
    }

    @Test func lintsTheWorkingFolderWithTheDiscoveredConfig() throws {
        let root = try repo()
        let r = try CLIRunner.run(["lint", "--color", "never"], cwd: root.appendingPathComponent("news"))
        // The config one folder up excludes drafts and fails on warnings.
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("a.md:3:12: warning: Hedge “could”"))
        #expect(!r.stdout.contains("drafts"))
        #expect(r.stdout.contains("total: 2 documents"))

        let fromRoot = try CLIRunner.run(["lint", "--color", "never"], cwd: root)
        #expect(fromRoot.stdout.contains("news/a.md:3:12: warning:"))
        #expect(!fromRoot.stdout.contains("drafts/c.md"))
    }

    @Test func exitCodesFollowFailOn() throws {
        let root = try repo()
        #expect(try CLIRunner.run(["lint", "--fail-on", "never"], cwd: root).status == 0)
        #expect(try CLIRunner.run(["lint", "--fail-on", "error"], cwd: root).status == 0)
        #expect(try CLIRunner.run(["lint"], cwd: root).status == 1) // config: fail-on="warning"
        #expect(try CLIRunner.run(["lint", "news/b.md"], cwd: root).status == 0)
        #expect(try CLIRunner.run(["lint", "--format", "nope"], cwd: root).status == 2)
        #expect(try CLIRunner.run(["lint", "--jobs", "0"], cwd: root).status == 2)
    }

    @Test func configErrorsExitTwoWithTheLine() throws {
        let root = try repo(["claimaudit.xml": Self.config.replacingOccurrences(
            of: "<exclude>drafts</exclude>", with: "<exclude>drafts</exclude>\n  <rule id=\"hedgng\"/>")])
        let r = try CLIRunner.run(["lint"], cwd: root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("claimaudit.xml:4:9: error: no rule 'hedgng'"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)

        let bad = try CLIRunner.run(["lint", "--config", root.path + "/news/a.md"], cwd: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("news/a.md:1:"), "\(bad.stderr)")

        // --no-config ignores the broken file.
        #expect(try CLIRunner.run(["lint", "--no-config", "--fail-on", "never"], cwd: root).status == 0)
    }

    @Test func oneBadFileIsReportedAndTheOthersAreStillLinted() throws {
        let root = try repo(["news/bad.md": ""])
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: root.path + "/news/bad.md")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: root.path + "/news/bad.md") }
        if getuid() == 0 {
            // root reads anything: name a missing file instead.
            let r = try CLIRunner.run(["lint", "news", "news/missing.md", "--fail-on", "never"], cwd: root)
            #expect(r.status == 2)
            #expect(r.stderr.contains("news/missing.md: error: cannot open"))
            #expect(r.stdout.contains("news/a.md:3:12:"))
            return
        }
        let r = try CLIRunner.run(["lint", "--fail-on", "never"], cwd: root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("news/bad.md: error: cannot open"))
        #expect(r.stdout.contains("news/a.md:3:12:"))
    }

    @Test func parallelOutputIsByteIdenticalToSerial() throws {
        var files: [String: String] = [:]
        for i in 0..<24 {
            files["news/s\(i).md"] = "# Story \(i)\n\n" + String(repeating: LintFixture.hedged + "\nCritics argue it may fail.\n\n", count: 1 + i % 4)
        }
        let root = try repo(files)
        for format in ["terminal", "json", "sarif", "junit", "checkstyle", "github", "markdown", "xml"] {
            let serial = try CLIRunner.run(["lint", "--jobs", "1", "-f", format, "--fail-on", "never"], cwd: root)
            let parallel = try CLIRunner.run(["lint", "--jobs", "4", "-f", format, "--fail-on", "never"], cwd: root)
            #expect(serial.status == 0)
            #expect(serial.stdout == parallel.stdout, "\(format)")
            #expect(!serial.stdout.isEmpty)
        }
    }

    @Test func baselineRoundTripThroughTheCommandLine() throws {
        let root = try repo()
        let w = try CLIRunner.run(["lint", "--write-baseline", "baseline.json"], cwd: root)
        #expect(w.status == 0, "\(w.stderr)")
        #expect(w.stderr.contains("to baseline baseline.json"))
        // Move the old finding down and add a new one.
        let edited = "# Bridge repairs\n\nThe road reopened on Monday, the council said.\n\n"
            + "The bridge could close next week. The transport minister Rosa Lind warned of cracks.\n\n"
            + "The tunnel may flood. The engineer Tom Ode found a leak.\n"
        try Data(edited.utf8).write(to: root.appendingPathComponent("news/a.md"))
        let r = try CLIRunner.run(["lint", "--baseline", "baseline.json", "--color", "never"], cwd: root)
        #expect(r.status == 1)
        #expect(r.stdout.contains("news/a.md:7:"))
        #expect(!r.stdout.contains("news/a.md:5:"))

        let missing = try CLIRunner.run(["lint", "--baseline", "nope.json"], cwd: root)
        #expect(missing.status == 2)
    }

    @Test func changedSinceLintsOnlyWhatGitReports() throws {
        let root = try repo()
        func git(_ args: [String]) throws {
            let r = try CLIRunner.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"] + args,
                                      cwd: root, executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(r.status == 0, "\(r.stderr)")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
            print("SKIP changedSinceLintsOnlyWhatGitReports: git not installed")
            return
        }
        try git(["init", "-q"])
        try git(["add", "."])
        try git(["commit", "-qm", "start"])
        try Data((LintFixture.hedged + "\nMore words.\n").utf8).write(to: root.appendingPathComponent("news/a.md"))
        try Data(LintFixture.hedged.utf8).write(to: root.appendingPathComponent("news/new.md"))
        try Data(LintFixture.hedged.utf8).write(to: root.appendingPathComponent("drafts/d.md"))
        let r = try CLIRunner.run(["lint", "--changed-since", "HEAD", "--fail-on", "never", "--color", "never"], cwd: root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("news/a.md:"))
        #expect(r.stdout.contains("news/new.md:"))
        #expect(!r.stdout.contains("news/b.md"))
        #expect(!r.stdout.contains("drafts/"))
        let bad = try CLIRunner.run(["lint", "--changed-since", "no-such-rev"], cwd: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--changed-since"))
    }

    @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
        let root = try repo()
        let r = try CLIRunner.run(["lint", "-f", "sarif", "-o", "out.sarif", "--fail-on", "never"], cwd: root)
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let data = try Data(contentsOf: root.appendingPathComponent("out.sarif"))
        #expect(String(decoding: data, as: UTF8.self).contains("\"version\": \"2.1.0\""))
    }

    @Test func htmlVerdictUsesTheConfiguredLimits() throws {
        let root = try repo(["claimaudit.xml": Self.config.replacingOccurrences(
            of: "<rule id=\"named-sources\" enabled=\"false\"/>", with: "<rule id=\"named-sources\" min=\"7\"/>")])
        let r = try CLIRunner.run(["lint", "news/a.md", "-f", "html", "--fail-on", "never"], cwd: root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("min 7"))
        #expect(try ConfigLoader.thresholds(configPath: root.path + "/claimaudit.xml").minNamedSources == 7)
    }
}
