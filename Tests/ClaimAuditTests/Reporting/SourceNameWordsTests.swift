import Testing
@testable import ClaimAudit

/// The byte-level fast path for ASCII source names gives the same words as
/// the `Character` path it short-cuts.
@Suite struct SourceNameWordsTests {
    @Test func asciiFastPathAgreesWithCharacterPath() throws {
        let samples = [
            "Trump", "a spokesman for the campaign", "Clinton's aides", "the Smiths'", "\"Sanders,\"",
            "  officials  said ", "Gov. Chris Christie's office", "x''s", "'s", "...", "CNN;\nreporters:",
            "U.S. officials", "boss's boss", "a", "",
        ]
        for text in samples {
            let fast = try #require(SourceName.asciiWords(text))
            #expect(fast == SourceName.characterWords(text), "\(text)")
        }
        #expect(SourceName.asciiWords("Trump’s") == nil)
        #expect(SourceName.asciiWords("a\r\nb") == nil)
        #expect(SourceName.display("a spokesman for Meta's") == "Meta")
    }

    @Test func surnamesMergeThroughTheLastWordIndexAndNonASCIISurnamesToo() {
        let claims = [("José Peña", 1), ("Peña", 2), ("Ann Lee", 1), ("Lee", 1), ("Kim", 1), ("Ann Lee Kim", 1)]
            .flatMap { name, n in (0..<n).map { _ in SummaryTests().claim("c", [(.named, name)]) } }
        let t = SourceTally(claims: claims)
        #expect(t.named.map(\.name) == ["José Peña", "Ann Lee", "Ann Lee Kim"])
        #expect(t.named.map(\.claims) == [3, 2, 2])
    }
}
