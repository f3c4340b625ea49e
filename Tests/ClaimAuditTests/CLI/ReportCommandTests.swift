import Foundation
import Testing
@testable import ClaimAudit

/// `claimaudit report DIR -o OUTDIR` and `--stylesheet`, through the binary.
@Suite struct ReportCommandTests {
    @Test func oneBadArticleIsListedAndTheOthersAreStillWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("desk")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("politics"), withIntermediateDirectories: true)
        try Data("The mayor said taxes will rise.\n".utf8).write(to: input.appendingPathComponent("a.txt"))
        try Data("# Deal\n\nSources said the deal collapsed.\n".utf8).write(to: input.appendingPathComponent("politics/b.md"))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("gone.md").path,
                                                   withDestinationPath: dir.appendingPathComponent("missing").path)
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["report", input.path, "-o", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("gone.md: error: cannot open"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("articles").path).sorted()
        #expect(pages == ["a.txt.html", "politics--b.md.html"])
        let index = [UInt8](try Data(contentsOf: out.appendingPathComponent("index.html")))
        #expect(HTMLWellFormedness.problems(index) == [])
        let parsed = try ParsedHTML(index)
        #expect(parsed.count("//tbody/tr") == 3)
        #expect(parsed.count("//tbody/tr[@class='failed']") == 1)
        #expect(parsed.count("//tbody//a[@href='articles/politics--b.md.html']") == 1)
        let xml = try String(contentsOf: out.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(xml.contains(#"articles="3" audited="2" failed="1""#))

        // A clean folder exits by --fail-on, like audit.
        try FileManager.default.removeItem(at: input.appendingPathComponent("gone.md"))
        let again = try CLIRunner.run(["report", input.path, "-o", out.path, "--fail-on", "warning"])
        #expect(again.status == 1, "\(again.stderr)")
        let never = try CLIRunner.run(["report", input.path, "-o", out.path, "--fail-on", "never"])
        #expect(never.status == 0, "\(never.stderr)")
    }

    @Test func outputFolderInsideTheInputIsNotAudited() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("The mayor said taxes will rise.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("report")
        for _ in 0..<2 {
            let r = try CLIRunner.run(["report", dir.path, "-o", out.path, "--fail-on", "never"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let parsed = try ParsedHTML([UInt8](try Data(contentsOf: out.appendingPathComponent("index.html"))))
        #expect(parsed.count("//tbody/tr") == 1)
    }

    @Test func stylesheetOptionTakesCSSOrXSLT() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let css = dir.appendingPathComponent("house.css")
        try Data(":root { --named: #123456; }\n".utf8).write(to: css)
        let example = "examples/transit-scoop.md"
        let styled = try CLIRunner.run(["audit", example, "-f", "html", "--stylesheet", css.path, "--fail-on", "never"])
        #expect(styled.status == 0, "\(styled.stderr)")
        #expect(styled.stdout.contains("<style>:root { --named: #123456; }\n</style>"))

        let xslt = try CLIRunner.run(["audit", example, "-f", "html", "--stylesheet", "reports/newsroom.xsl",
                                      "--fail-on", "never"])
        #expect(xslt.status == 0, "\(xslt.stderr)")
        #expect(xslt.stdout.contains("Standards desk: sourcing check"))
        #expect(HTMLWellFormedness.problems(Array(xslt.stdout.utf8)) == [])

        try Data("p { }\n</style><script>alert(1)</script>\n".utf8).write(to: css)
        let hostile = try CLIRunner.run(["audit", example, "-f", "html", "--stylesheet", css.path])
        #expect(hostile.status == 2)
        #expect(hostile.stderr.contains("house.css:2:1: error:"))

        let wrongFormat = try CLIRunner.run(["audit", example, "-f", "json", "--stylesheet", css.path])
        #expect(wrongFormat.status == 2)
        #expect(wrongFormat.stderr.contains("--stylesheet applies to the html format only"))
    }

    @Test func houseLimitsComeFromTheLintConfiguration() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("The mayor said taxes will rise.\nThe vote is on Friday.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <claimaudit xmlns="https://claimaudit.dev/ns/config/1">
          <rule id="named-sources" min="3"/>
          <rule id="unsourced-share" max="0.1"/>
          <rule id="hedges-per-100-words" enabled="false"/>
        </claimaudit>
        """.utf8).write(to: dir.appendingPathComponent("claimaudit.xml"))
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["report", ".", "-o", "out", "--fail-on", "never"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let xml = try String(contentsOf: out.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(xml.contains(#"<limits min-named-sources="3" max-unsourced-share="0.1000" max-anonymous-share="0.5000"/>"#))
        #expect(xml.contains(#"<over-limit metric="named-sources" value="1.0000" limit="3.0000">"#))
        let page = try ParsedHTML([UInt8](try Data(contentsOf: out.appendingPathComponent("articles/a.txt.html"))))
        #expect(page.text("//p[contains(@class,'verdict')]/strong") == "Fix before publishing:")
        #expect(page.count("//div[@data-metric='hedges-per-100-words' and contains(@class,'no-limit')]") == 1)

        let shipped = try CLIRunner.run(["report", ".", "-o", "out", "--no-config", "--fail-on", "never"], cwd: dir)
        #expect(shipped.status == 0, "\(shipped.stderr)")
        let again = try String(contentsOf: out.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(again.contains(#"<limits min-named-sources="1" max-unsourced-share="0.2500""#))
    }

    @Test func aSidecarLedgerAddsTheVerificationSectionToThatArticlesPage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["report", "examples", "-o", out.path, "--fail-on", "never"])
        #expect(r.status == 0, "\(r.stderr)")
        let withLedger = [UInt8](try Data(contentsOf: out.appendingPathComponent("articles/library-closures.md.html")))
        #expect(try ParsedHTML(withLedger).count("//section[@class='verification']") == 1)
        #expect(HTMLWellFormedness.problems(withLedger) == [])
        let without = try ParsedHTML([UInt8](try Data(contentsOf: out.appendingPathComponent("articles/transit-scoop.md.html"))))
        #expect(without.count("//section[@class='verification']") == 0)
    }
}
