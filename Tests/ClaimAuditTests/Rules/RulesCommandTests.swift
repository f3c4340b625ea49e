import Foundation
import Testing

/// `claimaudit rules list` and `claimaudit rules validate`, end to end.
@Suite struct RulesCommandTests {
    @Test func listShowsIdSeverityKindCategoryAndSummary() throws {
        let r = try CLIRunner.run(["rules", "list"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("weasel-agentless-passive ") })
        let columns = line.split(separator: " ", omittingEmptySubsequences: true)
        #expect(Array(columns.prefix(4)) == ["weasel-agentless-passive", "warning", "pattern", "weasel"])
    }

    @Test func listAsJSONHasOneObjectPerRule() throws {
        let r = try CLIRunner.run(["rules", "list", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let hedging = try #require(rules.first { $0["id"] as? String == "hedging" })
        #expect(hedging["severity"] as? String == "warning")
        #expect(hedging["kind"] as? String == "phrases")
        #expect(hedging["category"] as? String == "hedging")
        #expect((hedging["summary"] as? String)?.isEmpty == false)
    }

    @Test func validateReportsSchemaErrorsAndFailingExamplesWithExitTwo() throws {
        let dir = try RuleFixtures.folder([
            "house.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "house.maybe", examples: """
                    <example expect="match">It will <mark>maybe</mark> rain.</example>
                    <example expect="match">It will perhaps rain.</example>
                    <example expect="none">It will rain.</example>
                """)),
            "loud.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "loud")
                .replacingOccurrences(of: "severity=\"warning\"", with: "severity=\"loud\"")),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["rules", "validate", dir])
        #expect(r.status == 2)
        // Schema errors carry the column of what they are about (here the `severity` attribute of `  <rule`).
        #expect(r.stderr.contains("loud.xml:3:53: error: Element 'rule', attribute 'severity'"))
        #expect(r.stderr.contains("(rule loud)"))

        let single = try CLIRunner.run(["rules", "validate", dir + "/house.xml"])
        #expect(single.status == 2)
        // A failing example is reported at its `<example` (line 8, column 5).
        #expect(single.stderr.contains("house.xml:8:5: error: example does not trigger house.maybe"), "\(single.stderr)")
    }

    @Test func validateAcceptsAGoodHousePack() throws {
        let dir = try RuleFixtures.folder(["house.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "house.maybe"))])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["rules", "validate", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok: 1 rules"))
    }

    @Test func copiedBinaryFallsBackToEmbeddedPacks() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("claimaudit")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        let r = try CLIRunner.run(["rules", "validate"], cwd: dir, executable: copy,
                                  environment: ProcessInfo.processInfo.environment.filter { $0.key != "CLAIMAUDIT_HOME" })
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok: "), "\(r.stdout)")
    }
}
