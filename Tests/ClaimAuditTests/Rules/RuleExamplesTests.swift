import Foundation
import Testing
@testable import ClaimAudit

/// Every example of every shipped rule (all of `rules/`), run through the
/// full `Auditor` as a plain-text article. A failure names the example's
/// `path:line`.
@Suite struct RuleExamplesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: Rule
        var example: RuleExample
        var testDescription: String {
            "\(rule.id) \(example.expectsMatch ? "match" : "none") @ \(shortPath):\(example.line)"
        }
        var shortPath: String { rule.origin.path.split(separator: "/").suffix(2).joined(separator: "/") }
    }

    static let rulesFolder = TestPaths.packageRoot.appendingPathComponent("rules").path

    /// The shipped rule set, or the error that kept it from loading.
    static let shipped: Result<RuleSet, any Error> = Result { try RuleLoader.load(directory: rulesFolder) }

    static let auditor: Auditor? = {
        guard let set = try? shipped.get() else { return nil }
        return try? Auditor(ruleSet: set)
    }()

    static var cases: [Case] {
        guard let set = try? shipped.get() else { return [] }
        return set.enabledRules.flatMap { rule in rule.examples.map { Case(rule: rule, example: $0) } }
    }

    @Test func shippedPacksLoadAndEveryRuleHasExamples() throws {
        let set = try Self.shipped.get()
        #expect(!set.rules.isEmpty)
        #expect(Self.auditor != nil, "the shipped rules do not compile into an Auditor")
        for rule in set.rules where rule.enabled {
            let matches = rule.examples.filter(\.expectsMatch).count
            #expect(matches > 0, "\(rule.origin): \(rule.id) has no match example")
            #expect(rule.examples.count > matches, "\(rule.origin): \(rule.id) has no none example")
        }
    }

    @Test(arguments: cases)
    func exampleBehavesAsDocumented(_ c: Case) throws {
        let auditor = try #require(Self.auditor)
        let failure = RuleExamples.failure(of: c.example, in: c.rule, auditor: auditor)
        #expect(failure == nil, "\(c.rule.origin.path):\(c.example.line): \(failure ?? "") — text: \(c.example.text)")
    }
}
