import Testing
@testable import ClaimAudit

/// The content word lists of `unsourced-claim` live in `rules/sourcing.xml`,
/// so a house pack can extend them without writing Swift.
@Suite struct UnsourcedLexiconTests {
    /// The shipped rules with `id`'s entries extended by `extra`.
    func auditor(extending id: String, with extra: [String]) throws -> Auditor {
        var rules = try RuleLoader.load(directory: TestPaths.packageRoot.appendingPathComponent("rules").path)
        var list = rules.lexicon(id)
        #expect(!list.phrases.isEmpty, "\(id) ships in rules/sourcing.xml")
        list.phrases += extra
        rules.lexicons[id] = Lexicon(id: id, entries: list)
        return try Auditor(ruleSet: rules)
    }

    func unsourced(_ auditor: Auditor, _ text: String) throws -> Bool {
        let report = try auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.findings).contains { $0.rule == "unsourced-claim" }
    }

    @Test func aHouseSpeechActNounSourcesTheSentence() throws {
        let text = "The union issued a stern communique to the harbour board on Monday."
        #expect(try unsourced(ShippedRules.auditor, text))
        #expect(try !unsourced(auditor(extending: "speech-act-nouns", with: ["communique"]), text))
    }

    @Test func aHouseIssuingVerbSourcesTheSentence() throws {
        let text = "The union hurled a formal complaint at the harbour board on Monday."
        #expect(try unsourced(ShippedRules.auditor, text))
        #expect(try !unsourced(auditor(extending: "issuing-verbs", with: ["hurled"]), text))
    }

    @Test func aHouseRecordNounSourcesAPreposedPhrase() throws {
        let text = "In her deposition on Friday, the mayor sold the pier for $2 million."
        #expect(try unsourced(ShippedRules.auditor, text))
        #expect(try !unsourced(auditor(extending: "record-nouns", with: ["deposition"]), text))
    }

    @Test func aHouseDataNounSourcesAPreposedPhrase() throws {
        let text = "In the harbour board's audit, the ferry lost $2 million in 2023."
        #expect(try unsourced(ShippedRules.auditor, text))
        #expect(try !unsourced(auditor(extending: "data-nouns", with: ["audit"]), text))
    }
}
