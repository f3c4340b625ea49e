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
}
