import Foundation
import Testing
@testable import ClaimAudit

/// The CI formats: SARIF against the official 2.1.0 schema, JUnit and
/// Checkstyle parsed back through libxml2, GitHub and Markdown escaping.
@Suite struct CIReporterTests {
    /// Two articles (one clean), document-level and claim findings, a path
    /// with a space and a percent sign, a hostile rule message.
    static func report() throws -> AuditReport {
        let strict = DocumentRules(thresholds: MetricThresholds(minNamedSources: 2, maxUnsourcedShare: nil,
                                                                maxAnonymousShare: nil, maxHedgesPer100Words: nil))
        var hedged = try LintFixture.lint(LintFixture.hedged + "Critics argue the plan may fail.\n",
                                          path: "news/my story 100%.md", rules: strict)
        // A message written to break formats: newline, %, pipes, markup, "::".
        hedged.claims[hedged.claims.count - 1].findings.append(Finding(
            rule: "house.odd", category: "style", severity: .error,
            message: "Line one\nline two %0A | <b>bold</b> ::error::x & \"q\"", start: 10, end: 12,
            location: SourceLocation(line: 3, column: 11)))
        hedged.refreshSummary()
        let clean = try LintFixture.lint("# Fine\n\nThe mayor Ann Bo said the road opens Monday.\n",
                                         path: "news/clean.md", rules: DocumentRules(thresholds: .none))
        return AuditReport(tool: "TEST", documents: [hedged, clean])
    }

    static func render(_ id: String) throws -> [UInt8] {
        if id == "sarif" {
            // As `lint` builds it: with rule descriptions.
            return try SARIFReporter(descriptions: SARIFReporter.descriptions(for: LintFixture.defaultRules)).render(try report())
        }
        return try Reporters.make(id)!.render(try report())
    }

    // MARK: SARIF

    @Test func sarifMatchesTheOfficialSchema() throws {
        let bytes = try Self.render("sarif")
        let schema = TestPaths.packageRoot.appendingPathComponent("Tests/Schemas/sarif-schema-2.1.0.json")
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("out.sarif")
        try Data(bytes).write(to: file)
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("SKIP: python3 jsonschema not installed"); sys.exit(0)
        schema = json.load(open(sys.argv[1]))
        doc = json.load(open(sys.argv[2]))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(doc))
        for e in errors: print("INVALID:", list(e.path), e.message)
        print("VALID" if not errors else "")
        sys.exit(1 if errors else 0)
        """
        // python3 from PATH (a pyenv or venv one may hold jsonschema).
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let r = try CLIRunner.run(["python3", "-c", script, schema.path, file.path], executable: env)
        if r.status == 127 {
            print("SKIP sarifMatchesTheOfficialSchema: python3 not found")
            return
        }
        if r.stdout.hasPrefix("SKIP") {
            print("SKIP sarifMatchesTheOfficialSchema: \(r.stdout)")
            return
        }
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("VALID"))
    }

    @Test func sarifStructure() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try Self.render("sarif"))) as! [String: Any]
        #expect(json["version"] as? String == "2.1.0")
        let run = (json["runs"] as! [[String: Any]])[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        #expect(driver["name"] as? String == "claimaudit")
        let ruleObjects = driver["rules"] as! [[String: Any]]
        let rules = ruleObjects.map { $0["id"] as! String }
        for id in ["hedging", "named-sources"] {
            let rule = ruleObjects.first { $0["id"] as? String == id }
            #expect(((rule?["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(id)")
        }
        #expect(Set(rules).count == rules.count)
        let results = run["results"] as! [[String: Any]]
        let report = try Self.report()
        #expect(results.count == report.documents.reduce(0) { $0 + $1.findings.count })
        for r in results {
            let id = r["ruleId"] as! String
            #expect(rules[r["ruleIndex"] as! Int] == id)
            #expect(["error", "warning", "note"].contains(r["level"] as! String))
            let loc = ((r["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
            let uri = (loc["artifactLocation"] as! [String: Any])["uri"] as! String
            #expect(uri == "news/my%20story%20100%25.md")
            #expect(((loc["region"] as! [String: Any])["startLine"] as! Int) >= 1)
            #expect(((r["partialFingerprints"] as! [String: Any])["claimaudit/v1"] as! String).count == 16)
        }
        let hedge = results.first { $0["ruleId"] as? String == "hedging" }!
        let region = ((hedge["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any]
        let finding = report.documents[0].findings.first { $0.rule == "hedging" }!
        #expect(region["startLine"] as? Int == finding.line)
        #expect(region["startColumn"] as? Int == finding.column)
        #expect(region["byteOffset"] as? Int == finding.start)
        #expect(region["byteLength"] as? Int == finding.end - finding.start)
    }

    @Test func sarifFingerprintIgnoresLineMoves() throws {
        func fingerprint(_ text: String) throws -> String {
            let doc = try LintFixture.lint(text, path: "a.md", rules: DocumentRules(thresholds: .none))
            let bytes = try SARIFReporter().render(AuditReport(documents: [doc]))
            let json = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
            let result = ((json["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]])[0]
            return (result["partialFingerprints"] as! [String: String])["claimaudit/v1"]!
        }
        #expect(try fingerprint(LintFixture.hedged) == fingerprint("Intro.\n\n" + LintFixture.hedged))
    }

    // MARK: JUnit and Checkstyle, read back through libxml2

    @Test func junitParsesBackWithOneFailurePerFinding() throws {
        let doc = try XMLDocument.parse(try Self.render("junit"), path: "junit.xml")
        let root = try #require(doc.root)
        #expect(root.name == "testsuites")
        let report = try Self.report()
        let total = report.documents.reduce(0) { $0 + $1.findings.count }
        #expect(root.attribute("failures") == String(total))
        let suites = root.children
        #expect(suites.map { $0.attribute("name") } == report.documents.map(\.path))
        let first = suites[0].children
        #expect(first.count == report.documents[0].findings.count)
        #expect(first.allSatisfy { $0.children.first?.name == "failure" })
        let odd = try #require(first.first { $0.attribute("name")?.hasPrefix("house.odd") == true })
        #expect(odd.children[0].attribute("message") == "Line one\nline two %0A | <b>bold</b> ::error::x & \"q\"")
        // The clean article is one passing test case.
        #expect(suites[1].children.count == 1)
        #expect(suites[1].children[0].children.isEmpty)
        #expect(suites[1].attribute("failures") == "0")
    }

    @Test func checkstyleParsesBackWithOneErrorPerFinding() throws {
        let doc = try XMLDocument.parse(try Self.render("checkstyle"), path: "checkstyle.xml")
        let root = try #require(doc.root)
        #expect(root.name == "checkstyle")
        let files = root.children
        let report = try Self.report()
        #expect(files.map { $0.attribute("name") } == report.documents.map(\.path))
        let errors = files[0].children
        #expect(errors.count == report.documents[0].findings.count)
        #expect(errors.allSatisfy { ["error", "warning", "info"].contains($0.attribute("severity") ?? "") })
        let hedge = try #require(errors.first { $0.attribute("source") == "claimaudit.hedging" })
        let finding = report.documents[0].findings.first { $0.rule == "hedging" }!
        #expect(hedge.attribute("line") == String(finding.line))
        #expect(hedge.attribute("column") == String(finding.column))
        #expect(files[1].children.isEmpty)
    }

    // MARK: GitHub and Markdown

    @Test func githubAnnotationsAreOneLineEachAndEscaped() throws {
        let text = String(decoding: try Self.render("github"), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let annotations = lines.filter { $0.hasPrefix("::") }
        #expect(annotations.count == (try Self.report()).documents.reduce(0) { $0 + $1.findings.count })
        for line in annotations {
            #expect(line.range(of: #"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^:]+::"#,
                               options: .regularExpression) != nil, "\(line)")
        }
        let odd = try #require(annotations.first { $0.contains("house.odd") })
        #expect(odd.hasPrefix("::error file=news/my story 100%25.md,line=3,col=11,"))
        #expect(odd.hasSuffix("::Line one%0Aline two %250A | <b>bold</b> ::error::x & \"q\""))
        #expect(lines.last?.hasPrefix("claimaudit: ") == true)
    }

    @Test func markdownSummaryEscapesCellsAndCounts() throws {
        let text = String(decoding: try Self.render("markdown"), as: UTF8.self)
        #expect(text.hasPrefix("## claimaudit: 2 articles, "))
        #expect(text.contains("| news/clean.md | "))
        #expect(text.contains("Line one line two %0A \\| &lt;b&gt;bold&lt;/b&gt; ::error::x &amp; \"q\""))
        #expect(!text.contains("<b>"))
        #expect(text.contains("<details><summary>news/my story 100%.md: "))
        // Every table row has the same number of unescaped pipes as its header.
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && line.contains("`") {
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 5, "\(line)")
        }
    }

    @Test func everyCIFormatIsRegistered() {
        for id in ["sarif", "junit", "checkstyle", "github", "markdown"] {
            #expect(Reporters.identifiers.contains(id))
            #expect(Reporters.make(id) != nil)
        }
    }
}
