import Testing
@testable import ClaimAudit

/// The `content` span of an attribution: what it states, and for a
/// quotation beside its cue, the whole quotation.
@Suite struct ContentSpanTests {
    static let auditor = try! Auditor(ruleSet: try! RuleLoader.loadDefaults())

    func attributions(_ text: String) -> [Attribution] {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.attributions).filter { !AttributionScope.isInherited($0) }
    }

    func content(_ text: String) -> String? { attributions(text).first?.content?.text }

    @Test func reportedClauseAfterTheCue() {
        #expect(content("Mayor Ana Ruiz said that the bridge will reopen in May.") == "that the bridge will reopen in May")
    }

    @Test func clauseBeforeATrailingCue() {
        #expect(content("The bridge will reopen in May, the mayor said.") == "The bridge will reopen in May")
    }

    @Test func accordingToGovernsTheRestOfTheSentence() {
        #expect(content("According to city records, the bridge cost $40 million.") == "the bridge cost $40 million")
    }

    @Test func multiSentenceQuotationRunsToTheClosingMark() {
        let text = "“The deck is rotten. The cables are worse. We had no choice,” the engineer said on Friday.\n"
        let a = attributions(text)
        #expect(a.count == 1)
        #expect(a.first?.content?.text == "The deck is rotten. The cables are worse. We had no choice")
    }

    @Test func quotationAfterAColonIsTheContent() {
        let text = "The engineer was blunt: “The deck is rotten. We had no choice.”\n"
        #expect(content(text) == "The deck is rotten. We had no choice.")
    }

    @Test func quotationOverTwoParagraphsRunsToItsLastMark() {
        let text = "The engineer said: “The deck is rotten.\n\n“The cables are worse.”\n"
        let c = attributions(text).first?.content
        #expect(c?.text.hasPrefix("The deck is rotten.") == true)
        #expect(c?.text.hasSuffix("The cables are worse.") == true)
    }

    @Test func contentOffsetsPointIntoTheFile() {
        let text = "Mayor Ana Ruiz said the bridge will reopen.\n"
        let c = attributions(text).first!.content!
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[c.start..<c.end], as: UTF8.self) == "the bridge will reopen")
    }
}

/// Constructions added for issue 3, each with its own sentence.
@Suite struct CoverageFormsTests {
    func attributions(_ text: String) -> [Attribution] {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.attributions).filter { !AttributionScope.isInherited($0) }
    }

    @Test func accordingToTakesTheWholeClauseAsSource() {
        let a = attributions("The fund lost $3 million, according to a newly released audit of the city accounts.\n")
        #expect(a.first?.source?.text == "a newly released audit of the city accounts")
        #expect(a.first?.cue?.text == "according to")
    }

    @Test func gerundAfterAPrepositionSpeaksForTheSubject() {
        let a = attributions("Ruiz ended the meeting by saying the bridge would reopen in May.\n")
        #expect(a.contains { $0.cue?.text == "saying" && $0.source?.text == "Ruiz" })
    }

    @Test func documentWithAParticipleBeforeItsVerb() {
        let a = attributions("A transit survey released Monday found that most riders back the plan.\n")
        #expect(a.first?.kind == .document)
        #expect(a.first?.rule == "document-finding-participle")
        #expect(a.first?.source?.text.hasPrefix("A transit survey released Monday") == true)
    }

    @Test func findingVerbWithAThatClause() {
        let a = attributions("The engineers discovered that the cables had corroded.\n")
        #expect(a.first?.rule == "finding-that")
        #expect(a.first?.source?.text == "The engineers")
        #expect(a.first?.content?.text == "that the cables had corroded")
    }

    @Test func findingWithoutAClauseIsNoAttribution() {
        #expect(attributions("The engineers discovered rust on the cables.\n").isEmpty)
    }

    @Test func pronounSourceIsResolvedToTheLastNamedSpeaker() {
        let text = "Mayor Ana Ruiz said the bridge would reopen in May.\n\nShe said the cost had doubled.\n"
        let a = attributions(text)
        let she = a.first { $0.source?.text == "She" }
        #expect(she?.resolvedSource?.text == "Mayor Ana Ruiz")
        #expect(she?.kind == .named)
    }

    @Test func pronounTooFarFromAnyNameStaysUnresolved() {
        let text = "Mayor Ana Ruiz said the bridge would reopen.\n\nThe river rose.\n\nThe rain stopped.\n\nHe said the cost had doubled.\n"
        let he = attributions(text).first { $0.source?.text == "He" }
        #expect(he != nil)
        #expect(he?.resolvedSource == nil)
    }

    @Test func theSourceAddedIsAnAttribution() {
        let text = "Two officials said the talks had stalled. The deal could still close in June, the source added.\n"
        #expect(attributions(text).contains { $0.cue?.text == "added" && $0.source?.text == "the source" })
    }

    @Test func beliefsAndIntentionsAreAttributed() {
        #expect(attributions("The council wants to raise fares next year.\n").first?.cue?.text == "wants")
        #expect(attributions("Ruiz believes the bridge is safe.\n").first?.cue?.text == "believes")
    }

    @Test func inversionAndColonAndTranscript() {
        #expect(attributions("The deck is rotten, said the city engineer.\n").first?.source?.text == "the city engineer")
        #expect(attributions("Ruiz put it plainly: “We had no choice.”\n").first?.source?.text == "Ruiz")
        #expect(attributions("RUIZ: We had no choice.\n").first?.source?.text == "RUIZ")
    }

    @Test func sectionLabelsAndTalliesBeforeAColonNameNoSpeaker() {
        #expect(attributions("Breaking: The bridge over the Elm River will close.\n").isEmpty)
        #expect(attributions("Contributing: Dana Ruiz.\n").isEmpty)
        #expect(attributions("Q: Will the bridge reopen in May?\n").isEmpty)
        #expect(attributions("Editor's Note: This story was updated on Friday.\n").isEmpty)
        #expect(attributions("Ruiz: 412 votes.\n").isEmpty)
        // A name before the colon still speaks.
        #expect(attributions("Ruiz: The bridge will reopen in May.\n").first?.source?.text == "Ruiz")
    }

    @Test func askedOpeningAQuestionIsACue() {
        let opening = attributions("Asked whether the bridge would reopen, the engineer shrugged.\n")
        #expect(opening.contains { $0.cue?.text == "Asked" && $0.rule == "asked-question" })
        let when = attributions("The council gave no answer when asked whether the delay would last.\n")
        #expect(when.contains { $0.cue?.text == "asked" && $0.rule == "when-asked" })
        // "asked about" is one cue (PolNeAR keeps the preposition).
        let about = attributions("The council gave no answer when asked about the delay.\n")
        #expect(about.contains { $0.cue?.text == "asked about" && $0.rule == "when-asked-about" })
        // With a subject the speaker is kept (the subject constructions take it).
        let subject = attributions("Ruiz asked whether the deck had been inspected.\n")
        #expect(!subject.contains { $0.rule == "asked-question" })
    }

    @Test func anonymousWithAffiliationKeepsItsDescription() {
        let a = attributions("A City Hall official said the vote would be delayed.\n")
        #expect(a.first?.kind == .anonymous)
        #expect(a.first?.source?.text == "A City Hall official")
    }
}
