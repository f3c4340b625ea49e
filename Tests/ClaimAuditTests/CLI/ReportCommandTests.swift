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
}
