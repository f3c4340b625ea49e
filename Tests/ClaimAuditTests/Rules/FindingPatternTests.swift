import Testing
@testable import ClaimAudit

/// `kind="pattern"` rules with `<tokens emit="finding">`: loading, schema and
/// meaning errors, examples, and the findings they report (spans, message,
/// choice order, optional steps, exceptions, the `match` capture, scope).
@Suite struct FindingPatternTests {
    /// A pack holding one finding-pattern rule around `tokens`.
    static func pack(_ tokens: String, id: String = "house.passive", examples: String = """
            <example expect="match">The levy <mark>is thought to</mark> raise little.</example>
            <example expect="none">The levy raised little.</example>
        """) -> String {
        RuleFixtures.pack("""
          <rule id="\(id)" kind="pattern" category="weasel" severity="warning">
            <summary>House rule: a passive that hides who holds the view.</summary>
            <message>Passive “{match}”: who says so?</message>
            \(tokens)
        \(examples)
          </rule>
        """, id: "house")
    }

    /// "is/was (widely)? thought to" or "is/was said", not "… by", prose only.
    static let passive = """
    <tokens emit="finding" scope="prose">
          <choice><word>is</word><word>was</word></choice>
          <word min="0">widely</word>
          <choice>
            <group><word>thought</word><word>to</word></group>
            <word>said</word>
          </choice>
          <except><word>said</word><word>by</word></except>
        </tokens>
    """

    static func load(_ tokens: String, examples: String? = nil) throws -> RuleSet {
        let text = examples.map { pack(tokens, examples: $0) } ?? pack(tokens)
        return try RuleLoader.load(sources: [("house.xml", Array(text.utf8))])
    }

    /// Findings of the loaded rules over `text` as one claim.
    static func findings(_ text: String, _ tokens: String = passive, quotations: [Quotation] = []) throws -> [Finding] {
        try RuleEngineTests.findings(TextLoader.load(SourceText(path: "t.txt", text: text)), load(tokens).rules,
                                     quotations: quotations)
    }

    static func spans(_ text: String, _ found: [Finding]) -> [String] { RuleEngineTests.spans(text, found) }

    // MARK: Loading

    @Test func findingPatternLoadsWithItsScopeAndChoice() throws {
        let rule = try #require(try Self.load(Self.passive).rule("house.passive"))
        guard case .tokenPattern(let pattern) = rule.kind else { Issue.record("not a pattern"); return }
        #expect(pattern.output == .finding)
        #expect(rule.patternScope == .prose)
        #expect(rule.severity == .warning && rule.category == "weasel")
        guard case .choice(let alternatives, 1, 1) = pattern.steps[0] else { Issue.record("no choice first"); return }
        #expect(alternatives == [.test(.literal("is"), min: 1, max: 1), .test(.literal("was"), min: 1, max: 1)])
        #expect(pattern.exceptions.count == 1)
    }

    @Test func attributionPatternsStillDefaultToAttributions() throws {
        let set = try RuleFixtures.load(["a.xml": Self.pack("""
            <tokens><capture name="source"><name/></capture><capture name="cue"><word>said</word></capture></tokens>
            """, examples: """
                <example expect="match"><mark>Ana said</mark> so.</example>
                <example expect="none">So it goes.</example>
            """)])
        guard case .tokenPattern(let pattern) = set.rule("house.passive")?.kind else { Issue.record("not a pattern"); return }
        #expect(pattern.output == .attribution)
    }

    // MARK: Errors, with path:line

    @Test func choiceWithOneStepIsASchemaErrorAtItsLine() throws {
        let text = Self.pack("<tokens emit=\"finding\"><choice><word>is</word></choice></tokens>")
        let d = try RuleFixtures.diagnostics(["one.xml": text])
        let first = try #require(d.first)
        // Line 6 is `    <tokens emit="finding"><choice>…`: the column is the <choice>'s.
        #expect(first.file == "one.xml" && first.line == 6 && first.column == 28)
        #expect(first.message.contains("choice"))
        #expect(first.message.hasSuffix("(rule house.passive)"))
        #expect(first.description.hasPrefix("one.xml:6:28: error: "))
    }

    /// The column `XMLPositions.locating` gives a schema error with no node:
    /// the `<name` of the element the message names, else the line's first tag.
    static func elementColumn(_ source: SourceText, line: Int, message: String) -> Int {
        XMLPositions.column(ofTag: XMLPositions.elementName(in: message), line: line, in: source)
    }

    @Test func schemaErrorColumnIsTheNamedElementsCountedInScalars() {
        let bytes = SourceText(path: "t.xml", text: "<a>\n  «é» <b/><choice x=\"1\">\n")
        #expect(Self.elementColumn(bytes, line: 2, message: "Element 'choice': Missing child element(s).") == 11)
        // No element named, or not on the line: the line's first tag.
        #expect(Self.elementColumn(bytes, line: 2, message: "Something else.") == 7)
        #expect(Self.elementColumn(bytes, line: 2, message: "Element 'rule': …") == 7)
        #expect(Self.elementColumn(bytes, line: 9, message: "Element 'choice': …") == 0)
    }

    @Test func unknownEmitValueIsASchemaError() throws {
        let d = try RuleFixtures.diagnostics(["emit.xml": Self.pack("<tokens emit=\"warning\"><word>is</word></tokens>")])
        #expect(d.first?.line == 6)
        #expect(d.first?.message.contains("warning") == true)
        #expect(d.first?.message.hasSuffix("(rule house.passive)") == true)
    }

    @Test func matchCaptureOnlyInFindingPatternsAndNoCueInThem() throws {
        let cue = try RuleFixtures.diagnostics(["cue.xml": Self.pack(
            "<tokens emit=\"finding\"><capture name=\"cue\"><word>is</word></capture><word>thought</word></tokens>")])
        #expect(cue.count == 1)
        // At the <tokens> element the problem is about.
        #expect(cue.first?.description.hasPrefix("cue.xml:6:5: error: ") == true)
        #expect(cue.first?.message.contains("capture cue is not allowed") == true)

        let match = try RuleFixtures.diagnostics(["match.xml": Self.pack(
            "<tokens><capture name=\"cue\"><word>said</word></capture><capture name=\"match\"><name/></capture></tokens>")])
        #expect(match.contains { $0.message.contains("<capture name=\"match\"> belongs only in emit=\"finding\"") })
    }

    @Test func attributionAndScopeAttributesBelongToTheirOwnKind() throws {
        let kind = try RuleFixtures.diagnostics(["k.xml": Self.pack(
            "<tokens emit=\"finding\" attribution=\"named\"><word>is</word><word>thought</word></tokens>")])
        #expect(kind.first?.line == 6)
        #expect(kind.first?.message.contains("attribution=") == true)
        let scope = try RuleFixtures.diagnostics(["s.xml": Self.pack(
            "<tokens scope=\"prose\"><capture name=\"cue\"><word>said</word></capture></tokens>")])
        #expect(scope.first?.line == 6)
        #expect(scope.first?.message.contains("scope=") == true)
    }

    @Test func unknownLexiconInAFindingPatternNamesTheRule() throws {
        let set = try Self.load("<tokens emit=\"finding\"><word>is</word><lexicon ref=\"no-such-words\"/></tokens>")
        #expect {
            _ = try RuleEngine(ruleSet: set)
        } throws: { error in
            "\(error)".contains("no-such-words") && "\(error)".contains("house.passive")
        }
    }

    // MARK: Examples

    @Test func examplesOfAFindingPatternRunAsFindings() throws {
        let good = try Self.load(Self.passive)
        #expect(RuleExamples.failures(of: good.rules, auditor: try Auditor(ruleSet: good)).isEmpty)

        let examples = """
                <example expect="match">The toll <mark>was said</mark> to be fair.</example>
                <example expect="none">The toll is thought to be fair.</example>
            """
        let bad = try Self.load(Self.passive, examples: examples)
        let line = Self.pack(Self.passive, examples: examples).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("The toll is thought") }! + 1
        let failures = RuleExamples.failures(of: bad.rules, auditor: try Auditor(ruleSet: bad))
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("should not trigger house.passive but does at “is thought to”") == true)
        #expect(failures.first?.line == line)
    }

    // MARK: Findings

    @Test func findingCoversTheMatchWithOffsetsAndMessage() throws {
        let text = "Tolls fell. The levy is widely thought to raise little."
        let found = try Self.findings(text)
        #expect(Self.spans(text, found) == ["is widely thought to"])
        let f = try #require(found.first)
        #expect(f.rule == "house.passive" && f.category == "weasel" && f.severity == .warning)
        #expect(f.start == 21 && f.end == 41)
        #expect(f.line == 1 && f.column == 22)
        #expect(f.message == "Passive “is widely thought to”: who says so?")
    }

    @Test func choicesAreTriedInOrderAndMatchesDoNotOverlap() throws {
        let text = "It was said the levy is thought to be fair, and it was said again."
        #expect(Self.spans(text, try Self.findings(text)) == ["was said", "is thought to", "was said"])
    }

    @Test func exceptionCancelsOnlyTheMatchItOverlaps() throws {
        let text = "The levy was said by the mayor to be fair; the toll was said to be worse."
        #expect(Self.spans(text, try Self.findings(text)) == ["was said"])
        #expect(try Self.findings(text).first?.start == 52)
    }

    @Test func proseScopeDropsFindingsInsideQuotations() throws {
        let text = "“It is thought to be fair,” she wrote. It was said to be fair."
        let bytes = Array(text.utf8)
        let close = 28 // ” after "fair,"
        #expect(String(decoding: bytes[3..<close], as: UTF8.self) == "It is thought to be fair,")
        let quote = Quotation(range: 0..<(close + 3), content: 3..<close)
        let found = try Self.findings(text, quotations: [quote])
        #expect(Self.spans(text, found) == ["was said"])
    }

    @Test func matchCaptureNarrowsTheFinding() throws {
        let tokens = """
        <tokens emit="finding">
              <word>according to</word>
              <capture name="match"><choice><word>sources</word><word>insiders</word></choice></capture>
            </tokens>
        """
        let text = "The plan, according to insiders, is dead."
        #expect(Self.spans(text, try Self.findings(text, tokens)) == ["insiders"])
    }

    @Test func optionalAndRepeatedChoices() throws {
        let tokens = """
        <tokens emit="finding">
              <word>very</word>
              <choice min="0" max="unbounded"><word>very</word><word>really</word></choice>
              <choice><word>unique</word><word>perfect</word></choice>
            </tokens>
        """
        let text = "A very unique plan, a very really very perfect day, a very good one."
        #expect(Self.spans(text, try Self.findings(text, tokens)) == ["very unique", "very really very perfect"])
    }

    @Test func findingPatternsMakeNoAttributions() throws {
        let set = try Self.load("""
            <tokens emit="finding"><name/><word>said</word></tokens>
            """, examples: """
                <example expect="match"><mark>Ana Ruiz said</mark> so.</example>
                <example expect="none">So it goes.</example>
            """)
        let auditor = try Auditor(ruleSet: set)
        let report = auditor.audit(TextLoader.load(SourceText(path: "t.txt", text: "Ana Ruiz said the levy is fair.")))
        #expect(!report.claims.flatMap(\.attributions).contains { $0.rule == "house.passive" })
        #expect(report.findings.filter { $0.rule == "house.passive" }.count == 1)
    }

    @Test func choiceWorksInAttributionPatternsToo() throws {
        let set = try Self.load("""
            <tokens>
                  <capture name="source"><name/></capture>
                  <capture name="cue"><choice><word>briefed reporters</word><group><lemma>tell</lemma><word>the board</word></group></choice></capture>
                  <capture name="content"><rest/></capture>
                </tokens>
            """, examples: """
                <example expect="match"><mark>Ana Ruiz told the board</mark> costs had doubled.</example>
                <example expect="none">The board met.</example>
            """)
        #expect(RuleExamples.failures(of: set.rules, auditor: try Auditor(ruleSet: set)).isEmpty)
        let report = try Auditor(ruleSet: set).audit(TextLoader.load(SourceText(path: "t.txt",
            text: "Ana Ruiz briefed reporters that costs had doubled. Li Wen tells the board it is fine.")))
        let mine = report.claims.flatMap(\.attributions).filter { $0.rule == "house.passive" }
        #expect(mine.map { $0.cue?.text } == ["briefed reporters", "tells the board"])
        #expect(mine.map { $0.source?.text } == ["Ana Ruiz", "Li Wen"])
    }

    // MARK: The requirement filter

    /// Skipping claims by the requirement filter never loses a match: the
    /// findings equal those of the same patterns run on every claim.
    @Test func requirementFilterNeverSkipsAMatchingClaim() throws {
        let set = try Self.load(Self.passive)
        let findings = try #require(try TokenPatternFindings(ruleSet: set, lexicons: AttributionLexicons(ruleSet: set)))
        // (is|was) then ((thought to) | said): two terms, {is,was}+{said} and {is,was}+{thought}+{to}.
        #expect(findings.terms[0].count == 2)
        let sentences = [
            "The levy is thought to work.", "The levy was said to work.", "It is said.", "It was thought so.",
            "Thought to be lost, it is.", "Said the mayor: it is.", "To be fair, it was not thought out.",
            "The ship is thought to sail.", "Nothing here.", "IS WIDELY THOUGHT TO", "was said by them, is said",
            "is is is said said thought to", "Was it said? It was.",
        ]
        var matched = 0
        for s in sentences {
            let view = Array(s.utf8)
            let t = ClaimTokens(view: view, range: 0..<view.count, quotations: [])
            let filtered = findings.matches(in: t).map(\.tokens), all = findings.matches(in: t, filtered: false).map(\.tokens)
            #expect(filtered == all, "\(s)")
            matched += all.count
        }
        #expect(matched == 7)
    }

    @Test func requirementTermsOfChoicesAndSequences() {
        let key = { (w: String) in TokenKey.of(w) }
        let steps: [PatternStep] = [
            .choice([.test(.literal("is"), min: 1, max: 1), .test(.literal("was"), min: 1, max: 1)], min: 1, max: 1),
            .test(.anyWord, min: 1, max: 1),
            .choice([.test(.literal("seen as"), min: 1, max: 1), .test(.literal("deemed"), min: 1, max: 1)], min: 1, max: 1),
        ]
        let terms = FindingRequirement.terms(steps)
        #expect(terms.count == 2)
        #expect(terms.contains([[key("is"), key("was")], [key("deemed")]]))
        #expect(terms.contains([[key("is"), key("was")], [key("seen")], [key("as")]]))
        // An optional choice, or one with an alternative that needs nothing, requires nothing.
        #expect(FindingRequirement.terms([.choice([.test(.literal("a"), min: 1, max: 1), .test(.anyWord, min: 1, max: 1)],
                                                  min: 1, max: 1)]) == [[]])
        #expect(FindingRequirement.terms([.choice([.test(.literal("a"), min: 1, max: 1), .test(.literal("b"), min: 1, max: 1)],
                                                  min: 0, max: 1)]) == [[]])
    }
}
