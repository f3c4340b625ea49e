import Testing
@testable import ClaimAudit

/// `kind="pattern"` rules: parsing, compiling and matching over tokens.
@Suite struct TokenPatternTests {
    /// A pack with one pattern rule (plus the shipped lexicons).
    func auditor(_ tokens: String, id: String = "house.pattern") throws -> Auditor {
        let pack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="https://claimaudit.dev/ns/rules/1" id="house">
          <rule id="\(id)" kind="pattern" category="attribution" severity="info">
            <summary>Test pattern.</summary>
            <message>{match}</message>
            \(tokens)
            <example expect="match">x</example>
            <example expect="none">y</example>
          </rule>
        </pack>
        """
        let set = try RuleLoader.load(sources: [("house.xml", Array(pack.utf8))])
        return try Auditor(ruleSet: set)
    }

    func attributions(_ auditor: Auditor, _ text: String) -> [Attribution] {
        auditor.audit(TextLoader.load(SourceText(path: "t.txt", text: text))).claims.flatMap(\.attributions)
    }

    static let briefed = """
    <tokens>
      <capture name="source"><name/></capture>
      <group min="0"><punct>,</punct><skip max="6"/><punct>,</punct></group>
      <capture name="cue"><lemma>brief</lemma><word>the board</word></capture>
      <capture name="content"><rest/></capture>
      <except><lemma>brief</lemma><word>the board</word><word>on nothing</word></except>
    </tokens>
    """

    @Test func capturesSourceCueAndContentAndNamesTheRule() throws {
        let a = attributions(try auditor(TokenPatternTests.briefed), "Ana Ruiz briefed the board that costs had doubled.")
        let mine = a.filter { $0.rule == "house.pattern" }
        #expect(mine.count == 1)
        #expect(mine.first?.source?.text == "Ana Ruiz")
        #expect(mine.first?.cue?.text == "briefed the board")
        #expect(mine.first?.content?.text == "that costs had doubled")
        #expect(mine.first?.kind == .named)
    }

    @Test func optionalAppositiveBetweenCommas() throws {
        let a = attributions(try auditor(TokenPatternTests.briefed), "Ana Ruiz, the city engineer, briefs the board every week.")
        #expect(a.first { $0.rule == "house.pattern" }?.source?.text == "Ana Ruiz")
    }

    @Test func antiPatternCancelsTheMatch() throws {
        let a = attributions(try auditor(TokenPatternTests.briefed), "Ana Ruiz briefed the board on nothing at all.")
        #expect(!a.contains { $0.rule == "house.pattern" })
    }

    @Test func cueInsideAQuotationIsNotMatched() throws {
        let a = attributions(try auditor(TokenPatternTests.briefed), "The clerk wrote: “Ana Ruiz briefed the board on costs.”")
        #expect(!a.contains { $0.rule == "house.pattern" })
    }

    @Test func lexiconReferenceAndFixedKind() throws {
        let tokens = """
        <tokens attribution="anonymous">
          <capture name="source"><word>people</word><word>familiar with</word><any max="3"/></capture>
          <capture name="cue"><lexicon ref="cue-verbs"/></capture>
        </tokens>
        """
        let a = attributions(try auditor(tokens), "People familiar with the talks said the deal was close.")
        let mine = a.first { $0.rule == "house.pattern" }
        #expect(mine?.kind == .anonymous)
        #expect(mine?.cue?.text == "said")
        // No content capture: the governed words are used.
        #expect(mine?.content?.text == "the deal was close")
    }

    @Test func unknownLexiconIsARuleError() throws {
        let tokens = "<tokens><capture name=\"cue\"><lexicon ref=\"no-such-list\"/></capture></tokens>"
        #expect {
            _ = try auditor(tokens)
        } throws: { error in
            "\(error)".contains("no-such-list")
        }
    }

    @Test func patternWithoutACueCaptureIsRejected() throws {
        let tokens = "<tokens><capture name=\"source\"><name/></capture><word>said</word></tokens>"
        #expect {
            _ = try auditor(tokens)
        } throws: { error in
            "\(error)".contains("cue")
        }
    }

    @Test func unboundedRepeatAndOptionalWord() throws {
        let tokens = """
        <tokens>
          <capture name="source"><cap min="1" max="unbounded"/></capture>
          <word min="0">quietly</word>
          <capture name="cue"><word>let slip</word></capture>
        </tokens>
        """
        let auditor = try auditor(tokens)
        #expect(attributions(auditor, "Board Member Ana Ruiz quietly let slip that the vote failed.").first { $0.rule == "house.pattern" }?.source?.text
            == "Board Member Ana Ruiz")
        #expect(attributions(auditor, "Ruiz let slip that the vote failed.").contains { $0.rule == "house.pattern" })
    }
}
