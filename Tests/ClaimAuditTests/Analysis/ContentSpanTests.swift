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
