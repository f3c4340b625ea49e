import Testing
@testable import ClaimAudit

@Suite struct PhraseMatcherTests {
    func tokens(_ text: String) -> (Document, [Token]) {
        let doc = TextLoader.load(SourceText(path: "t", text: text))
        return (doc, Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count))
    }

    @Test func inflectedVerbFormsMatchCaseInsensitively() {
        let m = PhraseMatcher([("say", 1), ("be expected to", 2)], inflect: true)
        let (doc, toks) = tokens("He SAID it was expected to rain; she says so, saying more.")
        let found = m.matches(in: toks).map { (doc.source.string(toks[$0.tokens.lowerBound].start..<toks[$0.tokens.upperBound - 1].end), $0.payload) }
        #expect(found.map(\.0) == ["SAID", "was expected to", "says", "saying"])
        #expect(found.map(\.1) == [1, 2, 1, 1])
    }

    @Test func phrasesRespectWordBoundaries() {
        let m = PhraseMatcher([("may", 1)])
        let (_, toks) = tokens("Mayors mayhem dismay")
        #expect(m.matches(in: toks).isEmpty)
    }

    @Test func longestMatchComesFirstAtAPosition() {
        let m = PhraseMatcher([("according", 1), ("according to", 2)])
        let (_, toks) = tokens("according to sources")
        #expect(m.matches(in: toks, at: 0).map(\.payload) == [2, 1])
    }

    @Test func inflectorDoublesFinalConsonantAndHandlesIrregulars() {
        #expect(Inflector.forms(of: "admit").contains("admitted"))
        #expect(Inflector.forms(of: "tell").contains("told"))
        #expect(Inflector.forms(of: "deny").contains("denied"))
        #expect(Inflector.forms(of: "concede").contains("conceding"))
    }
}
