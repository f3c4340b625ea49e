import Foundation
import Testing
@testable import ClaimAudit

/// An error that stops a command (a bad stylesheet, configuration,
/// baseline or rule pack, an output that cannot be written) is printed once
/// on standard error, exactly as the library words it, and the exit status
/// is 2: in every command, through the one `Console.exitOnError`.
@Suite struct CommandErrorTests {
    static func fixtures() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        func put(_ name: String, _ text: String) throws {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("good.txt", "The council approved the budget on Tuesday, the mayor said.\n")
        try put("bad.css", "a < b")
        try put("bad.xsl", "<xsl:stylesheet")
        try put("badconf.xml", "<claimaudit xmlns=\"https://claimaudit.dev/ns/config/1\" fail-on=\"warnin\"/>\n")
        try put("badrules/broken.xml", "<pack xmlns=\"https://claimaudit.dev/ns/rules/1\" id=\"x\">\n  <rule id=\"a\"\n</pack>\n")
        return dir
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var stderr: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let brokenPack = "badrules/broken.xml:3:1: error: error parsing attribute name\n"
        + "badrules/broken.xml:3:1: error: attributes construct error\n"
        + "badrules/broken.xml:3:1: error: Couldn't find end of Start Tag rule line 2\n"
    static let badConfig = "badconf.xml:1:56: error: Element 'claimaudit', attribute 'fail-on': [facet 'enumeration'] "
        + "The value 'warnin' is not an element of the set {'error', 'warning', 'info', 'never'}.\n"

    static let cases: [Case] = [
        Case(arguments: ["audit", "good.txt", "--format", "html", "--stylesheet", "bad.css"],
             stderr: "bad.css:1:3: error: a report stylesheet may not contain “<” (it could end the <style> element)\n"),
        Case(arguments: ["report", "good.txt", "-o", "site", "--stylesheet", "bad.xsl"],
             stderr: "bad.xsl:1:16: error: Namespace prefix xsl on stylesheet is not defined\n"),
        Case(arguments: ["report", "good.txt", "-o", "good.txt"],
             stderr: "good.txt/articles: error: cannot create the folder: Not a directory\n"),
        Case(arguments: ["audit", "good.txt", "--format", "html", "--config", "badconf.xml"], stderr: badConfig),
        Case(arguments: ["lint", "--config", "badconf.xml", "good.txt"], stderr: badConfig),
        Case(arguments: ["lint", "--no-config", "good.txt", "--write-baseline", "no/such/b.json"],
             stderr: "no/such/b.json: error: cannot create a temporary file: No such file or directory\n"),
        Case(arguments: ["lint", "--no-config", "good.txt", "-o", "no/such/l.json"],
             stderr: "no/such/l.json: error: cannot create a temporary file: No such file or directory\n"),
        Case(arguments: ["lint", "--no-config", "good.txt", "--baseline", "nope.json"],
             stderr: "nope.json: error: cannot open: No such file or directory\n"),
        Case(arguments: ["lint", "--no-config", "--rules", "badrules", "good.txt"], stderr: brokenPack),
        Case(arguments: ["report", "good.txt", "-o", "site", "--rules", "badrules"], stderr: brokenPack),
        Case(arguments: ["rules", "validate", "badrules"], stderr: brokenPack),
        Case(arguments: ["rules", "list", "--rules", "badrules"], stderr: brokenPack),
        Case(arguments: ["eval", "--sentences", "nope.csv"], stderr: "nope.csv: error: cannot open: No such file or directory\n"),
    ]

    @Test(arguments: cases)
    func stoppingErrorIsPrintedOnceWithStatusTwo(_ c: Case) throws {
        let dir = try Self.fixtures()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(c.arguments, cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == c.stderr)
    }
}
