import Testing
@testable import ClaimAudit

/// `NameConsistency.similar` compares ASCII keys on bytes; it must answer
/// as the `String` comparison (Characters, scalar edit distance) does.
@Suite struct NameSimilarityTests {
    static let words = [
        "ortiz", "ortis", "ortiza", "orti", "democrats", "democratic", "texas", "texan", "nevada's", "nevadans",
        "christie", "christine", "kristie", "mcconnell", "mcconnel", "macconnell", "sanders", "sandres", "o'neil",
        "o'neill", "al-sadr", "al-sadri", "smith", "smyth", "smithe", "republican", "republicans", "abcde", "abcdf",
        "bbcde", "abcdefgh", "abcdefhg", "abxdefgy", "café1", "cafe1", "zoë12", "zoe12", "12345", "12346",
    ]

    @Test func bytesAnswerAsStrings() {
        for a in Self.words {
            for b in Self.words {
                #expect(NameConsistency.similar(a, b) == NameConsistency.similarStrings(a, b), "\(a) \(b)")
            }
        }
        #expect(NameConsistency.similar("ortiz", "ortis"))
        #expect(!NameConsistency.similar("texas", "texan"))
        #expect(!NameConsistency.similar("ortiz", "ortiz"))
    }
}
