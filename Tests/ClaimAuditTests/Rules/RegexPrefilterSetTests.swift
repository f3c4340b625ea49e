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

    /// With the shipped regex rules every literal is a whole ASCII word, so
    /// the set hashes each word once instead of probing literals at every
    /// word start: it must find exactly what the byte scan finds, and what
    /// each rule's own prefilter answers, around underscores, digits,
    /// ignorable bytes, non-ASCII neighbours, letters ICU folds to ASCII
    /// (ſ, K), and the edges of the range.
    @Test func wordScanAgreesWithByteScanAndEachPrefilter() throws {
        var patterns: [(String, Bool)] = []
        for rule in try RuleLoader.loadDefaults().enabledRules {
            if case .regex(let pattern, let caseSensitive) = rule.kind { patterns.append((pattern, caseSensitive)) }
        }
        patterns += [("\\b(?:critics|some)\\s+say\\b", false)]
        let prefilters = patterns.map { RegexPrefilter(pattern: $0.0, caseSensitive: $0.1) }
        let set = RegexPrefilterSet(prefilters)
        let byRuns = set.scansWords
        #expect(byRuns)
        var views = (RegexStartsTests.sentences + [
            "Some say so; CRITICS SAY; critics_say; some2 say; 2some say; ésome say; someé say", "some",
            "Many observers believe it. Several officials left. a number of cities", "ſome say", "\u{212A}ritics say",
            "critics-say some’ say ‘some say", "", " ", "s", "x some",
        ]).map { Array($0.utf8) }
        // Ignorable bytes inside, before and after words.
        views.append([0xFF] + Array("so".utf8) + [0xFF, 0xFF] + Array("me say".utf8) + [0xFF])
        views.append(Array("critics".utf8) + [0xFF] + Array("_say some".utf8))
        views.append(Array("x".utf8) + [0xFF] + Array("some say".utf8))
        var passedAndFailed = (0, 0)
        for view in views {
            var ranges = [0..<view.count]
            for cut in [1, 2, 3, 5] where cut < view.count { ranges += [cut..<view.count, 0..<(view.count - cut)] }
            for range in ranges {
                let words = view.withUnsafeBufferPointer { set.mayMatch($0, range) }
                let bytes = view.withUnsafeBufferPointer { set.mayMatch($0, range, byteScan: true) }
                #expect(words == bytes, "\(String(decoding: view, as: UTF8.self)) \(range)")
                for (i, p) in prefilters.enumerated() {
                    let own = p.map { p in view.withUnsafeBufferPointer { p.mayMatch($0, range) } } ?? true
                    #expect(words[i] == own, "\(i): \(String(decoding: view, as: UTF8.self)) \(range)")
                    if own { passedAndFailed.0 += 1 } else { passedAndFailed.1 += 1 }
                }
            }
        }
        #expect(passedAndFailed.0 > 20 && passedAndFailed.1 > 20)
    }

    /// Literals are found by their bounds (whole run, suffix, prefix, any
    /// part): all work by runs; a case-sensitive pattern keeps the byte scan.
    @Test func wordRunsCoverEveryBoundButNotCaseSensitivePatterns() {
        func byRuns(_ pattern: String, _ caseSensitive: Bool = false) -> Bool {
            RegexPrefilterSet([RegexPrefilter(pattern: pattern, caseSensitive: caseSensitive)]).scansWords
        }
        let bounded = byRuns("\\bnearly\\s+all\\b"), partWord = byRuns("rumou?red"), dotted = byRuns("\\bU\\.S\\.")
        let caseSensitive = byRuns("\\bSome\\b", true)
        #expect(bounded && partWord && dotted)
        #expect(!caseSensitive)
    }

    /// Every kind of bound, checked against the byte scan and each rule's
    /// own prefilter on words that hold the literal whole, as a prefix, as a
    /// suffix and in the middle.
    @Test func everyBoundAgreesWithTheByteScan() {
        let patterns = ["\\bover\\b", "over\\b", "\\bover", "over", "\\bre\\w*ed\\b", "rumou?red", "\\b(?:a|an)\\s+few\\b"]
        let prefilters = patterns.map { RegexPrefilter(pattern: $0, caseSensitive: false) }
        let set = RegexPrefilterSet(prefilters)
        let byRuns = set.scansWords
        #expect(byRuns)
        let texts = ["over", "OVER it", "overt", "moreover", "hangover", "leftovers", "a_over", "over_", "re-ed", "reed",
                     "rumoured rumored", "RUMOred", "an few", "a  few", "afew", "a\u{FF}few", "x"]
        for text in texts {
            var view = Array(text.utf8)
            if text.contains("\u{FF}") { view = view.map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF } }
            for range in [0..<view.count, min(1, view.count)..<view.count, 0..<max(0, view.count - 1)] {
                let words = view.withUnsafeBufferPointer { set.mayMatch($0, range) }
                let bytes = view.withUnsafeBufferPointer { set.mayMatch($0, range, byteScan: true) }
                #expect(words == bytes, "\(text) \(range)")
                for (i, p) in prefilters.enumerated() {
                    let own = p.map { p in view.withUnsafeBufferPointer { p.mayMatch($0, range) } } ?? true
                    #expect(words[i] == own, "\(patterns[i]): \(text) \(range)")
                }
            }
        }
    }
}
