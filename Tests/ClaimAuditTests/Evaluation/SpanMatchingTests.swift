import Testing
@testable import ClaimAudit

@Suite struct SpanMatchingTests {
    @Test func partialMatchIsOneToOneAndPrefersLargestOverlap() {
        // Prediction 0 overlaps both gold spans; gold 1 shares more words.
        let pairs = SpanMatching.partial(predicted: [[1, 2, 3], [1]], gold: [[1], [2, 3]])
        #expect(Set(pairs.map { "\($0.0)-\($0.1)" }) == ["0-1", "1-0"])
    }

    @Test func partialMatchNeedsASharedToken() {
        #expect(SpanMatching.partial(predicted: [[1, 2]], gold: [[3]]).isEmpty)
    }

    @Test func exactMatchNeedsTheSameWordSet() {
        #expect(SpanMatching.exact(predicted: [[1, 2], [4]], gold: [[1, 2, 3], [4], [4]]).map(\.1) == [1])
    }

    @Test func wordIndexConvertsCodePointsAndJoinsApostrophes() {
        let text = "“It’s done,” she said: U.S. co-founder."
        let words = WordIndex(bytes: Array(text.utf8))
        // “ is one code point but three bytes.
        #expect(words.byteRange(codePoints: 1..<5) == 3..<9)
        let itIs = words.tokens([words.byteRange(codePoints: 1..<5)!])
        #expect(itIs.count == 1)
        let colon = BratFixture.codePoints(of: ":", in: text)!
        let colonTokens = words.tokens([words.byteRange(codePoints: colon)!])
        #expect(colonTokens.count == 1 && colonTokens.first! < 0)
        let all = words.tokens([0..<Array(text.utf8).count])
        #expect(all.count == 6) // It’s, done, she, said, U.S, co-founder
        #expect(words.byteRange(codePoints: 0..<1000) == nil)
    }
}
