import Testing
@testable import ClaimAudit

@Suite struct SummaryTests {
    func claim(_ id: String, _ attributions: [(AttributionKind, String)]) -> Claim {
        Claim(id: id, start: 0, end: 1, location: SourceLocation(line: 1, column: 1), text: "x", section: nil,
              block: .paragraph,
              attributions: attributions.map { Attribution(kind: $0.0, cue: nil, source: Span(start: 0, end: 1, text: $0.1), rule: "t") })
    }

    @Test func namedSourcesFoldSpokespeopleAndPossessivesIntoTheOrganisation() {
        let s = Summary(claims: [
            claim("c1", [(.named, "Meta")]),
            claim("c2", [(.named, "a Meta spokesperson")]),
            claim("c3", [(.named, "Meta's")]),
            claim("c4", [(.outlet, "Bloomberg")]),
        ])
        #expect(s.sources.map(\.name) == ["Meta", "Bloomberg"])
        #expect(s.sources.first?.claims == 3)
    }

    @Test func documentsAndPronounsAreNotListedAsNamedSources() {
        let s = Summary(claims: [
            claim("c1", [(.document, "records")]),
            claim("c2", [(.named, "she")]),
            claim("c3", [(.named, "Dana Okafor")]),
        ])
        #expect(s.sources.map(\.name) == ["Dana Okafor"])
        #expect(s.namedAttributions == 2)
    }

    func finding(_ rule: String, _ category: String) -> Finding {
        Finding(rule: rule, category: category, severity: .info, message: "m", start: 0, end: 1,
                location: SourceLocation(line: 1, column: 1))
    }

    /// Hedges are the hedging category, as the HTML report underlines them:
    /// the shipped uncertainty and approximator rules and a house rule filed
    /// there count, not only the rule `hedging`.
    @Test func hedgesCountEveryRuleOfTheHedgingCategory() {
        var c = claim("c1", [])
        c.text = "one two three four five six seven eight nine ten"
        c.findings = [
            finding("hedging", "hedging"),
            finding("hedging-uncertainty", "hedging"),
            finding("hedging-approximator", "hedging"),
            finding("house.perhaps", "hedging"),
            finding("hedging", "house-style"),      // the rule replaced by a house pack under its own category
            finding("weasel-attribution", "weasel"),
            finding("unsourced-claim", "sourcing"),
        ]
        let s = Summary(claims: [c, claim("c2", [])])
        #expect(s.hedges == 5)
        #expect(s.hedgeDensity == 250)
        #expect(s.words == 11)
        #expect(abs(s.hedgesPer100Words - 500.0 / 11) < 1e-9)
        #expect(c.findings.filter(Summary.isHedge).map(\.rule) == ["hedging", "hedging-uncertainty", "hedging-approximator", "house.perhaps", "hedging"])
    }
}

@Suite struct SourceTallyTests {
    func claim(_ attributions: [(AttributionKind, String)]) -> Claim {
        SummaryTests().claim("c", attributions)
    }

    @Test func anonymousSourcesAreOneGroupWithTheirDescriptionsFolded() {
        let t = SourceTally(claims: [
            claim([(.anonymous, "Sources")]),
            claim([(.anonymous, "the sources")]),
            claim([(.anonymous, "people familiar with the plan"), (.anonymous, "sources")]),
            claim([(.named, "Meta")]),
        ])
        #expect(t.anonymousClaims == 3)
        #expect(t.anonymousDescriptions.map(\.name) == ["sources", "people familiar with the plan"])
        #expect(t.anonymousDescriptions.map(\.claims) == [3, 1])
        #expect(t.named.map(\.name) == ["Meta"])
    }

    @Test func titlesAndSurnamesFoldIntoOneNamedSource() {
        let t = SourceTally(claims: [
            claim([(.named, "Dana Okafor")]),
            claim([(.named, "Okafor")]),
            claim([(.named, "Mayor Luis Brandt")]),
            claim([(.named, "Brandt")]),
            claim([(.named, "Dr. Brandt")]),
            claim([(.named, "a Meta spokesperson")]),
            claim([(.named, "Meta")]),
        ])
        #expect(t.named.map(\.name) == ["Luis Brandt", "Dana Okafor", "Meta"])
        #expect(t.named.map(\.claims) == [3, 2, 2])
    }

    /// `mergeSurnames` tests spaces on bytes for ASCII keys; non-ASCII keys
    /// keep the Character tests, so a space followed by a combining mark is
    /// not a word break and accented surnames still merge.
    @Test func surnameMergingAcrossASCIIAndNonASCIINames() {
        let t = SourceTally(claims: [
            claim([(.named, "Zoë Okafor")]), claim([(.named, "Okafor")]),
            claim([(.named, "Ana Núñez")]), claim([(.named, "Núñez")]),
            claim([(.named, "Ida \u{301}Berg")]), claim([(.named, "Berg")]),
            claim([(.named, "Lu Berg")]),
        ])
        #expect(t.named.map(\.name) == ["Zoë Okafor", "Ana Núñez", "Lu Berg", "Ida \u{301}Berg"])
        #expect(t.named.map(\.claims) == [2, 2, 2, 1])
    }

    @Test func aSurnameSharedByTwoPeopleStaysApart() {
        let t = SourceTally(claims: [
            claim([(.named, "Ann Lee")]), claim([(.named, "Bo Lee")]), claim([(.named, "Lee")]),
        ])
        #expect(t.named.map(\.name) == ["Ann Lee", "Bo Lee", "Lee"])
    }
}
