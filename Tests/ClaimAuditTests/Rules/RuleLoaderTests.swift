import Testing
@testable import ClaimAudit

@Suite struct RuleLoaderTests {
    @Test func validPackLoadsRulesExamplesAndLexicons() throws {
        let set = try RuleFixtures.load(["a.xml": RuleFixtures.pack(RuleFixtures.phrasesRule() + """
              <lexicon id="cue-verbs" inflect="true"><entry>say</entry><entry> tell </entry></lexicon>
            """)])
        let rule = try #require(set.rule("demo"))
        #expect(rule.severity == .warning)
        #expect(rule.category == "hedging")
        #expect(rule.message == "Found “{match}”.")
        #expect(rule.origin.line == 3)
        guard case .phrases(let list) = rule.kind else { Issue.record("not phrases"); return }
        #expect(list.phrases == ["maybe"])
        #expect(rule.examples.count == 2)
        let example = rule.examples[0]
        #expect(example.text == "It will maybe rain.")
        #expect(example.marks == [8..<13])
        #expect(example.expectsMatch)
        #expect(example.line == 7)
        #expect(set.lexicon("cue-verbs").phrases == ["say", "tell"])
        #expect(set.lexicon("cue-verbs").inflect)
    }

    @Test func malformedXMLReportsLineAndColumn() throws {
        let text = RuleFixtures.pack(RuleFixtures.phrasesRule()).replacingOccurrences(of: "</summary>", with: "</summry>")
        let d = try RuleFixtures.diagnostics(["broken.xml": text])
        let first = try #require(d.first)
        #expect(first.file == "broken.xml")
        #expect(first.line == 4)
        #expect(first.column > 0)
        #expect(first.description.hasPrefix("broken.xml:4:\(first.column): error: "))
    }

    @Test func schemaViolationNamesLineAndRule() throws {
        let text = RuleFixtures.pack(RuleFixtures.phrasesRule(id: "loud")
            .replacingOccurrences(of: "severity=\"warning\"", with: "severity=\"fatal\""))
        let d = try RuleFixtures.diagnostics(["bad.xml": text])
        #expect(d.count == 1)
        #expect(d.first?.line == 3)
        #expect(d.first?.message.contains("fatal") == true)
        #expect(d.first?.message.hasSuffix("(rule loud)") == true)
        #expect(d.first?.message.contains("{https://") == false)
    }

    @Test func missingChildElementIsASchemaError() throws {
        let text = RuleFixtures.pack(RuleFixtures.phrasesRule(id: "quiet")
            .replacingOccurrences(of: "<summary>Demo rule.</summary>", with: ""))
        let d = try RuleFixtures.diagnostics(["bad.xml": text])
        #expect(d.first?.message.contains("summary") == true)
        #expect(d.first?.message.hasSuffix("(rule quiet)") == true)
    }

    @Test func badRegexIsReportedWithRuleId() throws {
        let text = RuleFixtures.pack("""
              <rule id="broken-regex" kind="regex" category="weasel" severity="warning">
                <summary>s</summary>
                <message>m</message>
                <pattern>it (is|was</pattern>
                <example expect="match">it is</example>
                <example expect="none">no</example>
              </rule>
            """)
        let d = try RuleFixtures.diagnostics(["r.xml": text])
        #expect(d.count == 1)
        // At the <pattern> that does not compile.
        #expect(d.first?.line == 6)
        #expect(d.first?.description.contains("r.xml:6:5: error: pattern does not compile") == true)
        #expect(d.first?.message.hasSuffix("(rule broken-regex)") == true)
    }

    @Test func duplicateRuleIdInOneFileIsAnError() throws {
        let text = RuleFixtures.pack(RuleFixtures.phrasesRule(id: "twice") + "\n" + RuleFixtures.phrasesRule(id: "twice"))
        let d = try RuleFixtures.diagnostics(["dup.xml": text])
        #expect(d.count == 1)
        #expect(d.first?.message.contains("duplicate rule id 'twice'") == true)
        #expect(d.first?.line == 10)
    }

    @Test func ruleNeedsMatchAndNoneExamples() throws {
        let onlyMatch = RuleFixtures.phrasesRule(id: "no-none", examples: """
                <example expect="match">It will <mark>maybe</mark> rain.</example>
            """)
        let onlyNone = RuleFixtures.phrasesRule(id: "no-match", examples: """
                <example expect="none">It will rain.</example>
            """)
        let d = try RuleFixtures.diagnostics(["e.xml": RuleFixtures.pack(onlyMatch + "\n" + onlyNone)])
        #expect(d.map(\.message) == [
            "needs at least one <example expect=\"none\"> (rule no-none)",
            "needs at least one <example expect=\"match\"> (rule no-match)",
        ])
    }

    @Test func unknownCheckNameIsRejected() throws {
        let text = RuleFixtures.pack("""
              <rule id="mystery" kind="check" check="read-minds" category="sourcing" severity="warning">
                <summary>s</summary>
                <message>m</message>
                <example expect="match">a</example>
                <example expect="none">b</example>
              </rule>
            """)
        let d = try RuleFixtures.diagnostics(["c.xml": text])
        #expect(d.first?.message.contains("unknown check 'read-minds'") == true)
        #expect(d.first?.message.contains(KnownChecks.unsourcedClaim) == true)
    }

    @Test func payloadMustMatchKind() throws {
        let text = RuleFixtures.pack(RuleFixtures.phrasesRule(id: "mixed")
            .replacingOccurrences(of: "kind=\"phrases\"", with: "kind=\"regex\""))
        let d = try RuleFixtures.diagnostics(["k.xml": text])
        #expect(d.first?.message == "kind=\"regex\" needs a <pattern> element after <message> (rule mixed)")
    }

    @Test func doctypeAndExternalEntityAreRefused() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE pack [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <pack xmlns="\(RuleFixtures.ns)" id="x">&secret;</pack>
            """
        let d = try RuleFixtures.diagnostics(["xxe.xml": xxe])
        #expect(d.count == 1)
        #expect(d.first?.line == 2)
        #expect(d.first?.message.contains("DOCTYPE") == true)
        #expect(d.first?.message.contains("root:") == false)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var entities = "<!ENTITY a0 \"ha\">"
        for i in 1...10 { entities += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE pack [\(entities)]>
            <pack xmlns="\(RuleFixtures.ns)" id="x">&a10;</pack>
            """
        let clock = ContinuousClock()
        let start = clock.now
        let d = try RuleFixtures.diagnostics(["bomb.xml": bomb])
        #expect(clock.now - start < .seconds(1))
        #expect(d.first?.message.contains("DOCTYPE") == true)
    }

    @Test func errorsFromEveryFileAreCollected() throws {
        let d = try RuleFixtures.diagnostics([
            "a.xml": "<pack",
            "b.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "Bad_Id")),
            "c.xml": RuleFixtures.pack(RuleFixtures.phrasesRule()),
        ])
        #expect(Set(d.map(\.file)) == ["a.xml", "b.xml"])
        #expect(d.first?.file == "a.xml")
    }

    @Test func laterPackOverridesRuleWithSameId() throws {
        let set = try RuleFixtures.load([
            "1-base.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "demo", phrases: ["maybe"])),
            "2-house.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(id: "demo", phrases: ["maybe", "perchance"]), id: "house"),
        ])
        #expect(set.rules.count == 1)
        guard case .phrases(let list) = set.rules[0].kind else { Issue.record("not phrases"); return }
        #expect(list.phrases == ["maybe", "perchance"])
        #expect(set.rules[0].origin.path.hasSuffix("2-house.xml"))
    }

    @Test func exampleMarksAreByteRangesAfterFoldingWhiteSpace() throws {
        let set = try RuleFixtures.load(["m.xml": RuleFixtures.pack(RuleFixtures.phrasesRule(examples: """
                <example expect="match">
                  Café   owners  <mark>maybe</mark>
                  agree.</example>
                <example expect="none">No.</example>
            """))])
        let example = try #require(set.rule("demo")?.examples.first)
        #expect(example.text == "Café owners maybe agree.")
        let bytes = Array(example.text.utf8)
        #expect(String(decoding: bytes[example.marks[0]], as: UTF8.self) == "maybe")
    }

    @Test func missingFolderAndEmptyFolderAreErrors() throws {
        #expect(throws: ClaimAuditError.self) { try RuleLoader.load(directory: "/nonexistent/rules") }
        #expect(throws: ClaimAuditError.self) { try RuleFixtures.load([:]) }
    }

    @Test func shippedPacksLoadFromHomeAndFromEmbeddedCopies() throws {
        let fromHome = try RuleLoader.loadDefaults()
        #expect(fromHome.rule("hedging") != nil)
        #expect(fromHome.rule("section-labels") != nil)
        let embedded = ResourceLocator.embeddedFiles(in: "rules", withExtension: "xml")
        let fromEmbedded = try RuleLoader.load(sources: embedded.map { ($0.path, Array($0.text.utf8)) })
        #expect(fromEmbedded.rules.map(\.id) == fromHome.rules.map(\.id))
    }

    @Test func packsLoadConcurrentlyAgainstTheSharedSchema() async throws {
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { (try? RuleLoader.loadDefaults().rules.count) ?? -1 } }
            var out: [Int] = []
            for await n in group { out.append(n) }
            return out
        }
        let expected = try RuleLoader.loadDefaults().rules.count
        #expect(counts == Array(repeating: expected, count: 8))
    }
}
