import Foundation
import Testing
@testable import ClaimAudit

/// `rules/lexicons.xml` is the source of truth; `DefaultLexicons` reads its
/// embedded copy for rule sets that carry no lexicons (`--no-default-rules`).
@Suite struct LexiconTests {
    @Test func builtInLexiconsMirrorTheShippedXML() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("rules/lexicons.xml").path
        let loaded = try RuleLoader.load(files: [path])
        #expect(Set(loaded.lexicons.keys) == Set(DefaultLexicons.all.keys))
        for (id, list) in DefaultLexicons.all {
            #expect(loaded.lexicons[id]?.entries.phrases == list.phrases, "lexicon \(id) differs from rules/lexicons.xml")
            #expect(loaded.lexicons[id]?.entries.inflect == list.inflect, "lexicon \(id) inflect differs")
        }
    }

    @Test func loadedLexiconsReplaceTheBuiltIns() throws {
        // A house lexicon without "say" turns "said" off as a cue.
        var set = RuleSet()
        set.lexicons["cue-verbs"] = Lexicon(id: "cue-verbs", entries: PhraseList(phrases: ["tell"], inflect: true))
        let analyzer = try Analyzer(ruleSet: set)
        let claims = AnalysisFixture.claims(["Ruiz said the bridge was safe.", "Ruiz told me the bridge was safe."], analyzer: analyzer)
        #expect(claims[0].attributions.isEmpty)
        #expect(claims[1].attributions.first?.cue?.text == "told")
    }
}
