import Testing
@testable import ClaimAudit

/// The flat trie (open-addressed edge table) must find exactly what a naive
/// phrase-by-phrase scan finds, however many phrases share prefixes.
@Suite struct PhraseMatcherTableTests {
    static let vocabulary = ["the", "mayor", "said", "officials", "say", "according", "to", "two", "aides",
                             "it", "is", "was", "reported", "expected", "council", "that", "a", "new", "plan"]

    /// Deterministic pseudo-random words (no `Random` seed differences between runs).
    struct Words {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func naive(_ phrases: [([UInt64], Int)], _ tokens: [Token]) -> Set<[Int]> {
        var found = Set<[Int]>()
        for start in tokens.indices {
            for (keys, payload) in phrases where start + keys.count <= tokens.count {
                let ok = keys.indices.allSatisfy { k in
                    keys[k] == PhraseMatcher.wildcard ? tokens[start + k].kind == .word : tokens[start + k].key == keys[k]
                }
                if ok { found.insert([payload, start, start + keys.count]) }
            }
        }
        return found
    }

    @Test func manyOverlappingPhrasesMatchLikeANaiveScan() {
        var rng = Words(state: 42)
        var matcher = PhraseMatcher()
        var phrases: [([UInt64], Int)] = []
        for payload in 0..<600 {
            let length = 1 + rng.next(4)
            let words = (0..<length).map { _ in rng.next(10) == 0 ? "*" : Self.vocabulary[rng.next(Self.vocabulary.count)] }
            let phrase = words.joined(separator: " ")
            matcher.add(phrase, payload: payload)
            phrases.append((PhraseMatcher.keys(of: phrase), payload))
        }
        let text = (0..<400).map { _ in Self.vocabulary[rng.next(Self.vocabulary.count)] }.joined(separator: " ") + "."
        let doc = TextLoader.load(SourceText(path: "t", text: text))
        let tokens = Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count)
        let found = matcher.matches(in: tokens)
        #expect(Set(found.map { [$0.payload, $0.tokens.lowerBound, $0.tokens.upperBound] }) == naive(phrases, tokens))
        #expect(found.count == Set(found.map { [$0.payload, $0.tokens.lowerBound, $0.tokens.upperBound] }).count)
        // Ordered by start, then longest first.
        for (a, b) in zip(found, found.dropFirst()) {
            #expect(a.tokens.lowerBound < b.tokens.lowerBound
                    || (a.tokens.lowerBound == b.tokens.lowerBound && a.tokens.upperBound >= b.tokens.upperBound))
        }
    }

    @Test func wildcardMatchesOneWordButNotPunctuation() {
        let m = PhraseMatcher([("said * aides", 1)])
        let doc = TextLoader.load(SourceText(path: "t", text: "He said two aides; said , aides."))
        let tokens = Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count)
        #expect(m.matches(in: tokens).map { doc.source.string(tokens[$0.tokens.lowerBound].start..<tokens[$0.tokens.upperBound - 1].end) } == ["said two aides"])
    }

    @Test func payloadsOfOnePhraseKeepTheirOrderAndAreNotRepeated() {
        var m = PhraseMatcher()
        m.add("officials say", payload: 7)
        m.add("officials say", payload: 3)
        m.add("officials say", payload: 7)
        #expect(m.formCount == 2)
        let doc = TextLoader.load(SourceText(path: "t", text: "Officials say so."))
        let tokens = Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count)
        #expect(m.matches(in: tokens, at: 0).map(\.payload) == [7, 3])
        #expect(PhraseMatcher().isEmpty && !m.isEmpty)
    }
}
