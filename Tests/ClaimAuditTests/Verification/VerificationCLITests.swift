import Foundation
import Testing
@testable import ClaimAudit

@Suite struct VerificationCLITests {
    static let example = "examples/library-closures.md"

    @Test func exampleArticleExercisesEveryCheck() throws {
        let r = try CLIRunner.run(["audit", Self.example, "--format", "json"])
        #expect(r.status == 1, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let doc = (json["documents"] as! [[String: Any]])[0]
        var rules = Set<String>()
        for claim in doc["claims"] as! [[String: Any]] {
            for f in claim["findings"] as! [[String: Any]] { rules.insert(f["rule"] as! String) }
        }
        for f in doc["documentFindings"] as! [[String: Any]] { rules.insert(f["rule"] as! String) }
        for check in VerificationChecks.names { #expect(rules.contains(check), "example does not trigger \(check)") }
        let claims = doc["claims"] as! [[String: Any]]
        let linked = claims.flatMap { ($0["attributions"] as! [[String: Any]]) }.filter { $0["rule"] as? String == "link-source" }
        #expect(!linked.isEmpty)
        let v = doc["verification"] as! [String: Any]
        #expect((v["quotes"] as! [[String: Any]]).contains { $0["status"] as? String == "verified" })
        #expect((v["numbers"] as! [[String: Any]]).contains { $0["status"] as? String == "found" })
    }

    @Test func explicitLedgerOptionAndPolicyOption() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try "The mayor drafted a second round of cuts, according to a senior aide.".write(to: article, atomically: true, encoding: .utf8)
        let ledger = dir.appendingPathComponent("elsewhere.xml")
        try VerificationFixture.standard.write(to: ledger, atomically: true, encoding: .utf8)
        let strict = try CLIRunner.run(["audit", article.path, "--ledger", ledger.path, "--fail-on", "never"])
        #expect(strict.status == 0 && strict.stdout.contains("[too-few-confidential-sources]"), "\(strict.stderr)")
        let lenient = try CLIRunner.run(["audit", article.path, "--ledger", ledger.path, "--min-confidential-sources", "1"])
        #expect(!lenient.stdout.contains("[too-few-confidential-sources]"))
        let none = try CLIRunner.run(["audit", article.path])
        #expect(!none.stdout.contains("[too-few-confidential-sources]"))
    }

    @Test func ledgerErrorsExitTwoWithPathAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("story.md")
        try "Ortiz said the plan is final.".write(to: article, atomically: true, encoding: .utf8)
        let ledger = dir.appendingPathComponent("story.sources.xml")
        try VerificationFixture.wrap("""
          <source id="a" record="on"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
          <transcript id="t" source="a" path="missing.txt"/>
        """).write(to: ledger, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["audit", article.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(ledger.path):4:33: error: transcript 't': cannot read 'missing.txt'"), "\(r.stderr)")

        let missing = try CLIRunner.run(["audit", article.path, "--ledger", dir.appendingPathComponent("nope.xml").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.xml: error: cannot open"), "\(missing.stderr)")

        try "<ledger".write(to: ledger, atomically: true, encoding: .utf8)
        let broken = try CLIRunner.run(["audit", article.path])
        #expect(broken.status == 2 && broken.stderr.contains("\(ledger.path):1:"), "\(broken.stderr)")
    }

    @Test func ledgerOptionNeedsOneArticle() throws {
        let r = try CLIRunner.run(["audit", "a.md", "b.md", "--ledger", "x.xml"])
        #expect(r.status == 64 || r.status == 2)
        #expect(r.stderr.contains("--ledger needs exactly one article"))
    }
}

@Suite struct ReadmeLedgerTests {
    /// The README's ledger example is a valid ledger (its one file is stubbed).
    @Test func readmeLedgerExampleLoads() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```xml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        let xml = try #require(blocks.first { $0.contains("https://claimaudit.dev/ns/ledger/1") })
        let ledger = try VerificationFixture.ledger(xml, files: ["story/draft-budget.txt": "Spending is $12.5 million."])
        #expect(ledger.sources.map(\.id) == ["ortiz", "aide"])
        #expect(ledger.documents.first?.text == "Spending is $12.5 million.")
        #expect(ledger.transcripts.first?.source == "ortiz")
    }

    /// Every verification rule the README's table names exists.
    @Test func readmeTableNamesShippedRules() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for check in VerificationChecks.ledgerChecks { #expect(readme.contains("`\(check)`"), "\(check)") }
    }
}
