import Foundation
import Testing
@testable import ClaimAudit

/// `rules/lexicons-*.xml` are the source of truth; `DefaultLexicons` reads
/// their embedded copies for rule sets that carry no lexicons
/// (`--no-default-rules`).
@Suite struct LexiconTests {
    @Test func builtInLexiconsMirrorTheShippedXML() throws {
        let rules = TestPaths.packageRoot.appendingPathComponent("rules").path
        let paths = InputReader.files(in: rules, withExtension: "xml").filter { $0.hasPrefix(rules + "/lexicons-") }
        #expect(paths.count >= 6)
        let loaded = try RuleLoader.load(files: paths)
        #expect(Set(loaded.lexicons.keys) == Set(DefaultLexicons.all.keys))
        for (id, list) in DefaultLexicons.all {
            #expect(loaded.lexicons[id]?.entries.phrases == list.phrases, "lexicon \(id) differs from rules/lexicons-*.xml")
            #expect(loaded.lexicons[id]?.entries.inflect == list.inflect, "lexicon \(id) inflect differs")
        }
    }

    @Test func lexiconsAreSplitIntoOnePackPerFamily() throws {
        // Each family has its own file, and every lexicon id lives in exactly one.
        let families = ["reporting-verbs", "attitude-verbs", "source-nouns", "documents", "outlets", "phrases"]
        var seen: [String: String] = [:]
        for family in families {
            let path = TestPaths.packageRoot.appendingPathComponent("rules/lexicons-\(family).xml").path
            let set = try RuleLoader.load(files: [path])
            #expect(!set.lexicons.isEmpty, "rules/lexicons-\(family).xml holds no lexicon")
            for id in set.lexicons.keys {
                #expect(seen[id] == nil, "lexicon \(id) is in both \(seen[id] ?? "") and \(family)")
                seen[id] = family
            }
        }
        #expect(seen["cue-verbs"] == "reporting-verbs")
        #expect(seen["belief-verbs"] == "attitude-verbs")
        #expect(seen["intent-verbs"] == "attitude-verbs")
        #expect(seen["anonymous-sources"] == "source-nouns")
        #expect(seen["documents"] == "documents")
        #expect(seen["outlets"] == "outlets")
        #expect(DefaultLexicons.paths.count == families.count)
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
