import Testing
@testable import ClaimAudit

/// `quote-severity` on `regex` rules (`<pattern>`) and finding patterns
/// (`<tokens emit="finding">`), as phrase rules have it: a house rule that
/// also fires inside direct quotations, there at its own level; without the
/// attribute such rules behave as before.
@Suite struct PatternQuoteSeverityTests {
    /// A house pack with one regex rule and one finding-pattern rule, both
    /// for "is/was thought to", with `payloadAttributes` on both payloads.
    static func housePack(_ payloadAttributes: String) -> String {
        RuleFixtures.pack("""
          <rule id="house.thought-regex" kind="regex" category="weasel" severity="warning">
            <summary>House rule: a passive "is thought to" hides who thinks so.</summary>
            <message>“{match}”: say who thinks so.</message>
            <pattern \(payloadAttributes)>\\b(?:is|was) thought to\\b</pattern>
            <example expect="match">The levy <mark>is thought to</mark> raise little.</example>
            <example expect="none">The levy raised little.</example>
          </rule>
          <rule id="house.thought-tokens" kind="pattern" category="weasel" severity="warning">
            <summary>House rule: a passive "is thought to" hides who thinks so.</summary>
            <message>“{match}”: say who thinks so.</message>
            <tokens emit="finding" \(payloadAttributes)>
              <choice><word>is</word><word>was</word></choice>
              <word>thought to</word>
            </tokens>
            <example expect="match">The levy <mark>is thought to</mark> raise little.</example>
            <example expect="none">The levy raised little.</example>
          </rule>
        """, id: "house")
    }

    /// One article: the phrase once in the writer's prose, once inside a
    /// direct quotation the segmenter finds itself.
    static let article = """
    The levy is thought to raise little.

    “The toll was thought to be fair,” the mayor said on Tuesday.

    """

    /// (rule, severity, matched words) of the house rules' findings when the
    /// shipped packs and `house` are audited together over `article`.
    static func houseFindings(_ house: String) throws -> [String] {
        var rules = try RuleLoader.loadDefaults()
        rules.merge(try RuleFixtures.load(["house.xml": house]))
        let report = try Auditor(ruleSet: rules).audit(SourceText(path: "a.txt", text: article), format: .text)
        let bytes = Array(article.utf8)
        return report.findings.filter { $0.rule.hasPrefix("house.") }.map {
            "\($0.rule) \($0.severity.rawValue) \(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))"
        }.sorted()
    }

    @Test func houseRulesWithQuoteSeverityFireInQuotationsAtThatLevel() throws {
        let found = try Self.houseFindings(Self.housePack(#"scope="all" quote-severity="info""#))
        #expect(found == [
            "house.thought-regex info was thought to",
            "house.thought-regex warning is thought to",
            "house.thought-tokens info was thought to",
            "house.thought-tokens warning is thought to",
        ])
    }

    @Test func houseRulesWithoutQuoteSeverityStaySilentInProseScope() throws {
        let found = try Self.houseFindings(Self.housePack(#"scope="prose""#))
        #expect(found == [
            "house.thought-regex warning is thought to",
            "house.thought-tokens warning is thought to",
        ])
    }

    @Test func withoutQuoteSeverityAQuotedMatchKeepsTheRuleSeverity() throws {
        // scope="all" alone, as before the attribute existed: the rule's level everywhere.
        let found = try Self.houseFindings(Self.housePack(#"scope="all""#))
        #expect(found == [
            "house.thought-regex warning is thought to",
            "house.thought-regex warning was thought to",
            "house.thought-tokens warning is thought to",
            "house.thought-tokens warning was thought to",
        ])
    }

    @Test func quoteSeverityLoadsOntoTheRuleAndDefaultsToNone() throws {
        let with = try RuleFixtures.load(["house.xml": Self.housePack(#"quote-severity="error""#)])
        #expect(with.rule("house.thought-regex")?.patternQuoteSeverity == .error)
        #expect(with.rule("house.thought-tokens")?.patternQuoteSeverity == .error)
        let without = try RuleFixtures.load(["house.xml": Self.housePack("")])
        #expect(without.rule("house.thought-regex")?.patternQuoteSeverity == nil)
        #expect(without.rule("house.thought-tokens")?.patternQuoteSeverity == nil)
    }

    @Test func aMatchOnlyTouchingAQuotationKeepsTheRuleSeverity() throws {
        // As for phrase rules: only a match wholly inside one quotation's content is lowered.
        var rule = Rule(id: "r", category: "weasel", severity: .warning, message: "{match}",
                        kind: .regex(pattern: #"\bthought to be\b"#, caseSensitive: false),
                        origin: RuleOrigin(path: "t.xml", line: 1))
        rule.patternQuoteSeverity = .info
        let text = "It was thought to be fair. Later it was thought to be fair."
        // Quotation contents by byte offsets: "be fair" (touching the first
        // match) and "thought to be fair" (holding the second).
        let first = 18..<25, second = 40..<58
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[first], as: UTF8.self) == "be fair")
        #expect(String(decoding: bytes[second], as: UTF8.self) == "thought to be fair")
        let quotes = [Quotation(range: first, content: first), Quotation(range: second, content: second)]
        let found = try RuleEngineTests.findings(text, [rule], quotations: quotes).sorted { $0.start < $1.start }
        #expect(found.map(\.start) == [7, 40])
        #expect(found.map(\.severity) == [.warning, .info])
    }

    @Test func quoteSeverityOnAnAttributionPatternIsAnErrorAtTheAttribute() throws {
        let text = RuleFixtures.pack("""
          <rule id="house.said" kind="pattern" category="sourcing" severity="info">
            <summary>Demo attribution pattern.</summary>
            <message>{match}</message>
            <tokens quote-severity="info"><capture name="source"><name/></capture><capture name="cue"><word>said</word></capture></tokens>
            <example expect="match"><mark>Ana said</mark> so.</example>
            <example expect="none">So it goes.</example>
          </rule>
        """, id: "house")
        let d = try RuleFixtures.diagnostics(["house.xml": text])
        let first = try #require(d.first)
        #expect(first.file == "house.xml" && first.line == 6)
        #expect(first.message.contains("quote-severity=\"…\" belongs only on emit=\"finding\" patterns"))
    }

    @Test func quoteSeverityMustBeASeverity() throws {
        let d = try RuleFixtures.diagnostics(["house.xml": Self.housePack(#"quote-severity="low""#)])
        #expect(!d.isEmpty)
        #expect(d.allSatisfy { $0.file == "house.xml" })
    }
}
