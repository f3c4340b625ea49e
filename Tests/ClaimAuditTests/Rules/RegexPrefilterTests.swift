import Foundation
import Testing
@testable import ClaimAudit

/// The prefilter only skips claims the regex could not match: results with
/// and without it are the same, for the shipped patterns and hand-made ones.
@Suite struct RegexPrefilterTests {
    static let sentences = [
        "The council met on Tuesday.",
        "It is widely thought that the plan will pass.",
        "It\nwas claimed by nobody in particular.",
        "Edit is thought of as a verb.",
        "“This is thought to be rare,” she said.",
        "THIS HAS BEEN CLAIMED before.",
        "thiſ is thought to be old spelling.",
        "Some say the mayor will resign.",
        "But many argue that the vote was rushed.",
        "Critics have long argued otherwise, and experts say the same.",
        "Several economists pointed out the flaw.",
        "Many years ago the bridge fell.",
        "Some 40 people came.",
        "Nearly all of the residents left; almost half stayed.",
        "Roughly two-thirds voted, about the majority of members.",
        "Others contend the law is void.",
        "Someone said something about many things.",
        "The two critics said so.",
        "Anthropologists note the change.",
        "The rumoured deal was reported.",
        "It has been rumored that the deal is off.",
    ]

    func spans(_ rule: RegexRule, _ text: String, usePrefilter: Bool) -> [Range<Int>] {
        let doc = TextLoader.load(SourceText(path: "t", text: text))
        let range = 0..<doc.view.count
        if usePrefilter, !doc.view.withUnsafeBufferPointer({ rule.mayMatch($0, range) }) { return [] }
        return rule.matches(in: ClaimText(view: doc.view, range: range))
    }

    @Test func shippedRegexRulesMatchTheSameWithThePrefilter() throws {
        let rules = try RuleLoader.loadDefaults().enabledRules
        var patterns = 0, skipped = 0
        for rule in rules {
            guard case .regex(let pattern, let caseSensitive) = rule.kind else { continue }
            let compiled = try RegexRule(pattern, caseSensitive: caseSensitive)
            #expect(compiled.prefilter != nil, "no prefilter for \(rule.id)")
            patterns += 1
            for text in Self.sentences {
                let with = spans(compiled, text, usePrefilter: true)
                #expect(with == spans(compiled, text, usePrefilter: false), "\(rule.id): \(text)")
                if with.isEmpty && !TextLoader.load(SourceText(path: "t", text: text)).view
                    .withUnsafeBufferPointer({ compiled.mayMatch($0, 0..<$0.count) }) { skipped += 1 }
            }
        }
        #expect(patterns > 0)
        #expect(skipped > 0) // the prefilter does skip claims
    }

    @Test func requiredLiteralsFollowQuantifiersAlternationsAndLookarounds() throws {
        func literals(_ p: String) -> [String]? {
            RegexPrefilter(pattern: p, caseSensitive: false).map { $0.literals.map { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(literals(#"\brumou?red\b"#) == ["rumo", "red"])
        #expect(Set(literals(#"\b(?:it|this)\s+is\b"#) ?? []) == ["it", "this", "is"])
        #expect(literals(#"(?<!\bnot )\bsaid\b"#) == ["said"])
        #expect(literals(#"(?:very )?good"#) == ["good"])
        #expect(literals(#"(?:a|b)?c"#) == ["c"])
        #expect(literals(#"[0-9]+ percent"#) == ["percent"])
        #expect(literals(#"(?i)x"#) == nil)          // inline flags: not understood
        #expect(literals(#"\p{L}+"#) == nil)         // Unicode property escape
        #expect(literals(#"\d+"#) == nil)            // nothing required
        #expect(literals(#"a|\d"#) == nil)           // one branch requires nothing
    }

    @Test func caseSensitivePatternsCompareExactly() throws {
        let rule = try RegexRule(#"\bUN\b"#, caseSensitive: true)
        #expect(spans(rule, "the un vote", usePrefilter: true).isEmpty)
        #expect(!spans(rule, "the UN vote", usePrefilter: true).isEmpty)
    }

    @Test func ignorableBytesInsideAWordDoNotHideIt() throws {
        let rule = try RegexRule(#"\b(?:it|this) (?:is|was) thought\b"#, caseSensitive: false)
        let doc = try HTMLLoader.load(SourceText(path: "t.html", text: "<p><b>I</b>t is thought that it rained.</p>"))
        let range = 0..<doc.view.count
        #expect(doc.view.withUnsafeBufferPointer { rule.mayMatch($0, range) })
        #expect(!rule.matches(in: ClaimText(view: doc.view, range: range)).isEmpty)
    }

    @Test func wordBoundedLiteralsMustStandAsWholeWords() throws {
        func bounds(_ p: String) -> [String: String] {
            guard let f = RegexPrefilter(pattern: p, caseSensitive: false) else { return [:] }
            var out: [String: String] = [:]
            for (i, l) in f.literals.enumerated() {
                out[String(decoding: l, as: UTF8.self)] = (f.boundedStart[i] ? "<" : "") + (f.boundedEnd[i] ? ">" : "")
            }
            return out
        }
        #expect(bounds(#"\b(?:some|many)\b"#) == ["some": "<>", "many": "<>"])
        #expect(bounds(#"\bsome\s+people"#) == ["some": "<>", "people": "<"])
        #expect(bounds(#"\bpeoples?\b"#) == ["people": "<"])
        #expect(bounds(#"(?:some|many)+\b"#) == ["some": "", "many": ""])
        #expect(bounds(#"\s*so\b"#) == ["so": ">"])

        func passes(_ p: String, _ text: String) throws -> Bool {
            let rule = try RegexRule(p, caseSensitive: false)
            let doc = TextLoader.load(SourceText(path: "t", text: text))
            let range = 0..<doc.view.count
            return doc.view.withUnsafeBufferPointer { rule.mayMatch($0, range) }
        }
        let pattern = #"\b(?:some|many|others)\s+say\b"#
        #expect(try !passes(pattern, "Someone in Germany and another essay."))
        #expect(try passes(pattern, "Yet some say so."))
        #expect(try passes(pattern, "some\u{301} say"))      // non-ASCII neighbour: left to ICU
        #expect(try !passes(pattern, "Many_ say"))         // '_' is a word byte: no boundary after "many"
        #expect(try !passes(pattern, "many saying"))
    }
}
