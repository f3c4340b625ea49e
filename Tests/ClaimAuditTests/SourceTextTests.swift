import Testing
@testable import ClaimAudit

@Suite struct SourceTextTests {
    @Test func locationCountsLinesAndScalarColumns() {
        let s = SourceText(path: "x", text: "ab\r\ncé d\re")
        #expect(s.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(s.location(of: 4) == SourceLocation(line: 2, column: 1))
        // "cé " is 4 bytes; 'd' is the 4th scalar.
        #expect(s.location(of: 8) == SourceLocation(line: 2, column: 4))
        #expect(s.location(of: 10) == SourceLocation(line: 3, column: 1))
    }

    @Test func tokenizerKeepsAbbreviationsAndDecimalsWhole() {
        let text = "The U.S. paid $1.5 billion, Trump’s aide said."
        let doc = TextLoader.load(SourceText(path: "x", text: text))
        let tokens = Tokenizer.tokens(in: doc.view, range: 0..<doc.view.count)
        let words = tokens.map { doc.source.string($0.range) }
        #expect(words == ["The", "U.S.", "paid", "$", "1.5", "billion", ",", "Trump’s", "aide", "said", "."])
        #expect(tokens[7].key == TokenKey.of("trump's"))
    }
}
