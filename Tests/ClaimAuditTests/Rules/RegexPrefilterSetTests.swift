import Testing
@testable import ClaimAudit

/// One pass over a claim for all regex rules answers exactly what each
/// rule's own prefilter answers.
@Suite struct RegexPrefilterSetTests {
    @Test func combinedScanAgreesWithEachRulesPrefilter() throws {
        var patterns: [(String, Bool)] = []
        for rule in try RuleLoader.loadDefaults().enabledRules {
            if case .regex(let pattern, let caseSensitive) = rule.kind { patterns.append((pattern, caseSensitive)) }
        }
        patterns += [("\\bSome\\b", true), ("\\bsome\\b", true), ("nearly\\s+all", false), ("(?i)x", false),
                     ("Critics\\s+say", true), ("critics", false)]
        let prefilters = patterns.map { RegexPrefilter(pattern: $0.0, caseSensitive: $0.1) }
        #expect(prefilters.contains { $0 == nil }) // a rule without prefilter always passes
        let set = RegexPrefilterSet(prefilters)
        let texts = RegexStartsTests.sentences + [
            "SOME SAY so; Critics say; critics said; someone nearly\nall", "so\u{FF}me critics", "x",
        ]
        var passedAndFailed = (0, 0)
        for text in texts {
            let view = TextLoader.load(SourceText(path: "t", text: text)).view
            for range in [0..<view.count, min(3, view.count)..<view.count] {
                let combined = view.withUnsafeBufferPointer { set.mayMatch($0, range) }
                for (i, p) in prefilters.enumerated() {
                    let own = p.map { p in view.withUnsafeBufferPointer { p.mayMatch($0, range) } } ?? true
                    #expect(combined[i] == own, "\(patterns[i].0): \(text) \(range)")
                    if own { passedAndFailed.0 += 1 } else { passedAndFailed.1 += 1 }
                }
            }
        }
        #expect(passedAndFailed.0 > 0 && passedAndFailed.1 > 0)
    }
}
