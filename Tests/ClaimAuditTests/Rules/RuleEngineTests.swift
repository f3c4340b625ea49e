import Testing
@testable import ClaimAudit

@Suite struct RuleEngineTests {
    static func rule(_ id: String, _ kind: RuleKind, message: String = "“{match}”") -> Rule {
        Rule(id: id, category: "test", severity: .warning, message: message, kind: kind,
             origin: RuleOrigin(path: "test.xml", line: 1))
    }

    static func phrases(_ id: String, _ list: [String], inflect: Bool = false, scope: MatchScope = .all,
                        lower: Set<String> = [], except: [String] = []) -> Rule {
        rule(id, .phrases(PhraseList(phrases: list, inflect: inflect, scope: scope, lowercaseOnly: lower, exceptions: except)))
    }

    /// Runs the engine over one claim spanning the whole document.
    static func findings(_ document: Document, _ rules: [Rule], quotations: [Quotation] = [],
                         existing: [Finding] = []) throws -> [Finding] {
        let engine = try RuleEngine(ruleSet: RuleSet(rules: rules))
        var claims = [Claim(id: "c1", start: 0, end: document.view.count, location: SourceLocation(line: 1, column: 1),
                            text: document.text(0..<document.view.count), section: nil, block: .paragraph,
                            findings: existing)]
        engine.apply(to: &claims, document: document, segmentation: Segmentation(quotations: quotations))
        return claims[0].findings
    }

    static func findings(_ text: String, _ rules: [Rule], quotations: [Quotation] = []) throws -> [Finding] {
        try findings(TextLoader.load(SourceText(path: "t.txt", text: text)), rules, quotations: quotations)
    }

    static func spans(_ text: String, _ found: [Finding]) -> [String] {
        let bytes = Array(text.utf8)
        return found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func phraseRulesShareOnePassAndFillMatch() throws {
        let text = "Officials said the plan could fail, and critics argue it might."
        let found = try Self.findings(text, [
            Self.phrases("hedge", ["could", "might"]),
            Self.phrases("weasel", ["critics argue"]),
        ]).sorted { $0.start < $1.start }
        #expect(found.map(\.rule) == ["hedge", "weasel", "hedge"])
        #expect(Self.spans(text, found) == ["could", "critics argue", "might"])
        #expect(found[1].message == "“critics argue”")
        #expect(found[1].line == 1 && found[1].column == 41)
        #expect(found[1].severity == .warning && found[1].category == "test")
    }

    @Test func inflectedVerbPhrasesMatch() throws {
        let text = "The deal was expected to close. She appeared to agree."
        let found = try Self.findings(text, [Self.phrases("h", ["be expected to", "appear to"], inflect: true)])
        #expect(Self.spans(text, found) == ["was expected to", "appeared to"])
    }

    @Test func proseScopeSkipsQuotedWordsAndQuotesScopeKeepsOnlyThem() throws {
        let text = "It may rain. “It may snow,” she said."
        let bytes = Array(text.utf8)
        let open = 13, close = bytes.count - 13 // “ and ” are 3 bytes each
        let quote = Quotation(range: open..<(close + 3), content: (open + 3)..<close)
        #expect(String(decoding: bytes[quote.content], as: UTF8.self) == "It may snow,")
        let prose = try Self.findings(text, [Self.phrases("p", ["may"], scope: .prose)], quotations: [quote])
        #expect(prose.map(\.start) == [3])
        let quoted = try Self.findings(text, [Self.phrases("q", ["may"], scope: .quotes)], quotations: [quote])
        #expect(quoted.map(\.start) == [open + 6])
        let all = try Self.findings(text, [Self.phrases("a", ["may"])], quotations: [quote])
        #expect(all.count == 2)
    }

    @Test func overlappingMatchesOfOneRuleReportOnce() throws {
        let text = "Many experts say the bridge is unsafe."
        let found = try Self.findings(text, [Self.phrases("w", ["many experts", "experts say", "many experts say"])])
        #expect(Self.spans(text, found) == ["Many experts say"])
        let two = try Self.findings(text, [Self.phrases("w", ["many experts", "experts say"])])
        #expect(Self.spans(text, two) == ["Many experts"])
    }

    @Test func differentRulesMayShareASpan() throws {
        let found = try Self.findings("It may rain.", [Self.phrases("a", ["may"]), Self.phrases("b", ["may"])])
        #expect(Set(found.map(\.rule)) == ["a", "b"])
    }

    @Test func findingAlreadyOnClaimIsNotRepeated() throws {
        let doc = TextLoader.load(SourceText(path: "t.txt", text: "It may rain."))
        let earlier = Finding(rule: "a", category: "test", severity: .warning, message: "x", start: 3, end: 6,
                              location: SourceLocation(line: 1, column: 4))
        let found = try Self.findings(doc, [Self.phrases("a", ["may"])], existing: [earlier])
        #expect(found.count == 1)
    }

    @Test func lowercaseOnlyPhraseSkipsTheMonth() throws {
        let text = "Fares rose in May. Fares may rise again. May officials act?"
        let found = try Self.findings(text, [Self.phrases("h", ["may"], lower: ["may"])])
        #expect(Self.spans(text, found) == ["may"])
        #expect(found.first?.start == 25)
    }

    @Test func exceptionCancelsOverlappingMatchOfItsRule() throws {
        let text = "He was admitted to the hospital. He admitted the error."
        let found = try Self.findings(text, [Self.phrases("v", ["admit"], inflect: true, except: ["be admitted to"])])
        #expect(found.map(\.start) == [36])
    }

    @Test func regexMatchesAcrossLineBreaksAndMarkupWithFileOffsets() throws {
        // "it is <b>thought</b>\nthat": markup blanked to ignorable bytes.
        let source = "Now it is <b>thought</b>\n  that prices fell."
        var view = Array(source.utf8)
        for i in 10..<13 { view[i] = Document.ignorable }
        for i in 20..<24 { view[i] = Document.ignorable }
        let doc = Document(source: SourceText(path: "t.html", text: source), format: .html, view: view,
                           blocks: [Block(kind: .paragraph, range: 0..<view.count)])
        let found = try Self.findings(doc, [Self.rule("r", .regex(pattern: #"\bit is thought that\b"#, caseSensitive: false))])
        #expect(found.count == 1)
        #expect(found.first?.start == 4)
        #expect(found.first?.end == 31)
        #expect(found.first?.message == "“it is thought that”")
    }

    @Test func regexOffsetsSurviveMultibyteText() throws {
        let text = "Café owners — it is rumoured 😀 — will strike."
        let found = try Self.findings(text, [Self.rule("r", .regex(pattern: #"it is rumou?red"#, caseSensitive: false))])
        #expect(Self.spans(text, found) == ["it is rumoured"])
    }

    @Test func regexCaseSensitivityIsHonoured() throws {
        let rules = [Self.rule("r", .regex(pattern: "Sources", caseSensitive: true))]
        #expect(try Self.findings("sources said", rules).isEmpty)
        #expect(try Self.findings("Sources said", rules).count == 1)
    }

    @Test func invalidRegexFailsEngineConstruction() {
        #expect(throws: ClaimAuditError.self) {
            try RuleEngine(ruleSet: RuleSet(rules: [Self.rule("r", .regex(pattern: "(", caseSensitive: false))]))
        }
    }

    @Test func disabledRulesDoNotRun() throws {
        var r = Self.phrases("h", ["may"])
        r.enabled = false
        #expect(try Self.findings("It may rain.", [r]).isEmpty)
    }

    @Test func exampleRunnerReportsExamplesThatMisbehave() throws {
        var r = Self.phrases("h", ["may"])
        r.examples = [
            RuleExample(text: "It may rain.", marks: [3..<6], expectsMatch: true, line: 5),
            RuleExample(text: "It may rain.", marks: [7..<11], expectsMatch: true, line: 6),
            RuleExample(text: "It rains.", marks: [], expectsMatch: true, line: 7),
            RuleExample(text: "It may rain.", marks: [], expectsMatch: false, line: 8),
        ]
        let auditor = try Auditor(ruleSet: RuleSet(rules: [r]))
        let failures = RuleExamples.failures(of: [r], auditor: auditor)
        #expect(failures.map(\.line) == [6, 7, 8])
        #expect(failures[1].description == "test.xml:7: error: example does not trigger h")
        #expect(failures[0].message.contains("“rain”"))
    }
}
