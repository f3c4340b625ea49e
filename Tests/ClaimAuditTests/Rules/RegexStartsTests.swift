import Foundation
import Testing
@testable import ClaimAudit

/// ICU tried only where a match may start gives exactly the matches of
/// ICU's own search over the whole claim.
@Suite struct RegexStartsTests {
    static let sentences = RegexPrefilterTests.sentences + [
        "Some of the critics say so, and many others believe it; some experts argued.",
        "However, others said no. Yet some think otherwise.",
        "Meanwhile many years passed and some 300 came; several times critics claimed.",
        "The plan is thought to be dead; it was widely believed; this has been claimed.",
        "It is considered by some a failure, and was criticized by the press.",
        "How many say so? As many as ten said it; too many argue.",
        "Kritics say (Kelvin sign K) and \u{17F}ome say that many believe.",
        "Almost everyone, nearly all, about half and more or less the whole.",
        "𝒜 wide scalar before: some experts say, others argue.",
        "",
        "many",
    ]

    func claim(_ text: String) -> ClaimText {
        let doc = TextLoader.load(SourceText(path: "t", text: text))
        return ClaimText(view: doc.view, range: 0..<doc.view.count)
    }

    @Test func anchoredAtStartsMatchesTheWholeSearchForShippedRules() throws {
        var withStarts = 0
        for rule in try RuleLoader.loadDefaults().enabledRules {
            guard case .regex(let pattern, let caseSensitive) = rule.kind else { continue }
            let compiled = try RegexRule(pattern, caseSensitive: caseSensitive)
            if compiled.starts != nil { withStarts += 1 }
            for text in Self.sentences {
                let c = claim(text)
                #expect(compiled.matches(in: c) == compiled.matchesScanningAll(in: c), "\(rule.id): \(text)")
            }
        }
        #expect(withStarts > 0)
    }

    @Test func handMadePatternsAgreeWithTheWholeSearch() throws {
        let patterns = [
            "\\bsome\\b", "^(?:but\\s+)?many|critics\\s+say", "(?<!the )\\b(?:a\\s+few|several)\\b(?!\\s+times)",
            "rumou?red", "(?:it|this)?\\s*is\\b", "x*many", "(?:(?:so)?me)+",
        ]
        for p in patterns {
            for caseSensitive in [false, true] {
                let compiled = try RegexRule(p, caseSensitive: caseSensitive)
                for text in Self.sentences {
                    let c = claim(text)
                    #expect(compiled.matches(in: c) == compiled.matchesScanningAll(in: c), "\(p): \(text)")
                }
            }
        }
    }

    @Test func startSetsAreReadOffThePattern() {
        func starts(_ p: String) -> (Set<String>, Bool)? {
            RegexStarts(pattern: p, caseSensitive: false).map {
                (Set($0.literals.map { String(decoding: $0, as: UTF8.self) }), $0.atClaimStart)
            }
        }
        #expect(starts("\\b(?:Some|many)\\b")! == (["some", "many"], false))
        #expect(starts("^(?:but,?\\s+)?some|(?<!the )critics")! == (["critics"], true))
        #expect(starts("(?:it\\s+)?is")! == (["it", "is"], false))
        #expect(starts("rumou?red")! == (["rumo"], false))
        #expect(starts("\\s+some") == nil)
        #expect(starts("(?:some)?") == nil) // can match empty
        #expect(starts("(?i)some") == nil)
        #expect(starts("[a-z]ome") == nil)
    }

    @Test func foldingScalarsFallBackToTheWholeSearch() throws {
        let starts = try #require(RegexStarts(pattern: "some", caseSensitive: false))
        #expect(starts.candidates(in: claim("\u{17F}ome say")) == nil)
        #expect(starts.candidates(in: claim("Some say, and some")) == [0, 14])
        #expect(RegexStarts(pattern: "some", caseSensitive: true)?.candidates(in: claim("\u{17F}ome some")) == [5])
    }

    @Test func literalsAfterWordBoundaryOnlyStartAtWordStarts() throws {
        let starts = try #require(RegexStarts(pattern: "(?<!x )\\b(?:(?:some\\s+)?many|some)|is", caseSensitive: false))
        #expect(starts.literals.map { String(decoding: $0, as: UTF8.self) } == ["some", "many", "is"])
        #expect(starts.bounded == [true, true, false])
        #expect(starts.candidates(in: claim("handsome some, this is")) == [9, 17, 20])
        let ends = try #require(RegexStarts(pattern: "\\ba\\s+few|\\bsome\\b|many_", caseSensitive: false))
        #expect(ends.boundedEnd == [true, true, false])
        #expect(ends.candidates(in: claim("and a few, somehow some")) == [4, 19])
    }
}
