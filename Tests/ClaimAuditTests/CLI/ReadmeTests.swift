import Foundation
import Testing

/// Keeps the README honest: its sample output and its house-rule example
/// are checked against the real binary.
@Suite struct ReadmeTests {
    static let readme = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The body of the first fenced block of `language` that contains `marker`.
    func block(_ language: String, containing marker: String) throws -> String {
        let parts = Self.readme.components(separatedBy: "```" + language + "\n")
        for part in parts.dropFirst() {
            let body = part.components(separatedBy: "\n```")[0]
            if body.contains(marker) { return body }
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    @Test func sampleOutputMatchesTheBinary() throws {
        let sample = try block("text", containing: "$ swift run claimaudit audit examples/transit-scoop.md")
        let expected = sample.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        let r = try CLIRunner.run(["audit", "examples/transit-scoop.md"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .newlines) == expected.trimmingCharacters(in: .newlines),
                "README sample output is stale: paste the real output of the first README command")
    }

    @Test func houseRuleExampleValidates() throws {
        let xml = try block("xml", containing: "house.sources-say")
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data((xml + "\n").utf8).write(to: dir.appendingPathComponent("house.xml"))
        let r = try CLIRunner.run(["rules", "validate", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// The finding-pattern example is a bare `<rule>`: wrapped in a pack, it
    /// loads and its examples pass.
    @Test func findingPatternExampleValidates() throws {
        let rule = try block("xml", containing: "house.thought-to-be")
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="https://claimaudit.dev/ns/rules/1" id="house">
        \(rule)
        </pack>

        """
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(xml.utf8).write(to: dir.appendingPathComponent("house.xml"))
        let r = try CLIRunner.run(["rules", "validate", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1 rules"), "\(r.stdout)")
    }
}
