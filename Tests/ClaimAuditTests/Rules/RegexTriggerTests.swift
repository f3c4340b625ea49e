import Foundation
import Testing
@testable import ClaimAudit

/// The trigger only skips claims the regex could not match: results with and
/// without it are the same.
@Suite struct RegexTriggerTests {
    static let pattern = #"\b(?:it|this) (?:is|was|has been) (?:widely )?(?:thought|claimed)\b"#

    func spans(_ rule: RegexRule, _ text: String, useTrigger: Bool) -> [Range<Int>] {
        let doc = TextLoader.load(SourceText(path: "t", text: text))
        let range = 0..<doc.view.count
        if useTrigger, !doc.view.withUnsafeBufferPointer({ rule.mayMatch($0, range) }) { return [] }
        return rule.matches(in: ClaimText(view: doc.view, range: range))
    }

    @Test func triggerIsReadFromALeadingWordGroup() throws {
        let t = try #require(RegexTrigger(pattern: Self.pattern, caseSensitive: false))
        #expect(t.words == [Array("it".utf8), Array("this".utf8)])
        #expect(t.boundaryBefore && t.spaceAfter)
        #expect(RegexTrigger(pattern: #"\bsources? say"#, caseSensitive: false)?.words == [Array("source".utf8)])
        #expect(RegexTrigger(pattern: #"(?:a|b)?c"#, caseSensitive: false) == nil)
        #expect(RegexTrigger(pattern: #"[0-9]+ percent"#, caseSensitive: false) == nil)
    }

    @Test func claimsWithoutTheTriggerWordAreSkippedAndTheRestMatchAsBefore() throws {
        let rule = try RegexRule(Self.pattern, caseSensitive: false)
        let texts = [
            "The council met on Tuesday.",                       // no trigger: skipped
            "It is widely thought that the plan will pass.",     // match
            "It\nwas claimed by nobody in particular.",           // line break folds to a space
            "Edit is thought of as a verb.",                      // `it` inside a word: no boundary
            "Bandit was claimed; unit is thought.",               // no boundary either
            "“This is thought to be rare,” she said.",            // after a curly quote
            "THIS HAS BEEN CLAIMED before.",                      // case-insensitive
            "Itis thought.",                                      // no space after the word
            "thiſ is thought to be old spelling.",                // ſ folds to s under ICU
        ]
        for text in texts {
            #expect(spans(rule, text, useTrigger: true) == spans(rule, text, useTrigger: false), "\(text)")
        }
        let doc = TextLoader.load(SourceText(path: "t", text: texts[0]))
        #expect(!doc.view.withUnsafeBufferPointer { rule.mayMatch($0, 0..<doc.view.count) })
        #expect(!spans(rule, texts[1], useTrigger: true).isEmpty)
    }

    @Test func ignorableBytesInsideTheWordDoNotHideIt() throws {
        let rule = try RegexRule(Self.pattern, caseSensitive: false)
        let doc = HTMLLoaderTestDocument.load("<p><b>I</b>t is thought that it rained.</p>")
        let range = 0..<doc.view.count
        #expect(doc.view.withUnsafeBufferPointer { rule.mayMatch($0, range) })
        #expect(!rule.matches(in: ClaimText(view: doc.view, range: range)).isEmpty)
    }
}

enum HTMLLoaderTestDocument {
    static func load(_ html: String) -> Document {
        (try? HTMLLoader.load(SourceText(path: "t.html", text: html))) ?? TextLoader.load(SourceText(path: "t", text: ""))
    }
}
