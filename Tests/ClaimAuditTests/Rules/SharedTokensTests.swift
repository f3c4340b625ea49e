import Testing
@testable import ClaimAudit

/// The rule engine reuses the analyser's tokens of each claim instead of
/// tokenizing it again (`Analyzer.analyzeKeepingTokens`,
/// `RuleEngine.apply(…, tokens:)`): the findings must be exactly those of a
/// run that tokenizes every claim itself.
@Suite struct SharedTokensTests {
    static let ruleSet = try! RuleLoader.loadDefaults()
    static let analyzer = try! Analyzer(ruleSet: ruleSet)
    static let engine = try! RuleEngine(ruleSet: ruleSet)

    static let article = """
    Critics argue the ferry could be retired by 2031, and many residents say the timetable is a mess.

    “It may never sail again,” said Dana Whitlock, who runs the harbour café. The boat is said to carry \
    more freight than any other on the lake; it is widely believed that the council will sell it.

    Some officials reportedly wanted a bridge instead. The design has been criticized by engineers.
    """

    static func document(_ text: String) -> (Document, Segmentation) {
        let document = TextLoader.load(SourceText(path: "t.txt", text: text))
        return (document, Segmenter(labels: ruleSet.sectionLabels).segment(document))
    }

    @Test func findingsWithTheAnalysersTokensEqualFindingsWithFreshTokens() {
        let (document, segmentation) = Self.document(Self.article)
        let (claims, tokens) = Self.analyzer.analyzeKeepingTokens(document, segmentation)
        #expect(claims.count == tokens.count && claims.count == 5)
        var shared = claims, fresh = claims
        Self.engine.apply(to: &shared, document: document, segmentation: segmentation, tokens: tokens)
        Self.engine.apply(to: &fresh, document: document, segmentation: segmentation)
        #expect(shared.flatMap(\.findings).count > 5)
        #expect(shared.map(\.findings) == fresh.map(\.findings))
    }

    @Test func analyserTokensAreTheTokenizersTokensOfEachClaim() {
        let (document, segmentation) = Self.document(Self.article)
        let (claims, tokens) = Self.analyzer.analyzeKeepingTokens(document, segmentation)
        for (claim, t) in zip(claims, tokens) {
            #expect(t.range == claim.start..<claim.end)
            #expect(t.tokens == Tokenizer.tokens(in: document.view, range: claim.start..<claim.end))
        }
    }

    @Test func tokensOfAnotherClaimAreNotUsed() {
        let (document, segmentation) = Self.document(Self.article)
        let (claims, tokens) = Self.analyzer.analyzeKeepingTokens(document, segmentation)
        // Given out of order (or too few), the engine tokenizes the claim itself.
        let shifted = Array(tokens.dropFirst())
        for (i, claim) in claims.enumerated() {
            let range = claim.start..<claim.end
            #expect(RuleEngine.tokens(of: i, range, shifted, document.view) == Tokenizer.tokens(in: document.view, range: range))
        }
        var viaShifted = claims, fresh = claims
        Self.engine.apply(to: &viaShifted, document: document, segmentation: segmentation, tokens: shifted)
        Self.engine.apply(to: &fresh, document: document, segmentation: segmentation)
        #expect(viaShifted.map(\.findings) == fresh.map(\.findings))
    }
}
