import Foundation
import Testing
@testable import ClaimAudit

/// The source as PolNeAR marks it (`Attribution.sourcePhrase`): the name with
/// the appositive, identifying relative clause or party label that says who
/// the source is, while `source` stays the name. And the content beside such
/// a source.
@Suite struct SourceSpanTests {
    func attributions(_ text: String) -> [Attribution] {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.attributions).filter { !AttributionScope.isInherited($0) }
    }

    func first(_ text: String) -> Attribution? { attributions(text).first }

    @Test func invertedSourceKeepsItsAppositiveAsThePhrase() {
        let a = first("The ferry will resume in June, said Tomas Bell, the harbour master at Port Ellery.")
        #expect(a?.source?.text == "Tomas Bell")
        #expect(a?.sourcePhrase?.text == "Tomas Bell, the harbour master at Port Ellery")
        #expect(a?.content?.text == "The ferry will resume in June")
    }

    @Test func quotationBeforeAnInvertedCueIsTheContentNotTheAppositive() {
        let a = first("“The pier is sinking,” said Tomas Bell, an engineer with the port board.")
        #expect(a?.sourcePhrase?.text == "Tomas Bell, an engineer with the port board")
        #expect(a?.content?.text == "The pier is sinking")
    }

    @Test func twoAppositivesInARowBothBelongToTheSource() {
        let a = first("“We are ready,” said Lena Park, a partner at Orchard Hill, a consulting firm.")
        #expect(a?.sourcePhrase?.text == "Lena Park, a partner at Orchard Hill, a consulting firm")
    }

    @Test func appositiveBetweenCommasBeforeTheCue() {
        let a = first("Tomas Bell, the harbour master, said the ferry would resume in June.")
        #expect(a?.source?.text == "Tomas Bell")
        #expect(a?.sourcePhrase?.text == "Tomas Bell, the harbour master")
        #expect(a?.content?.text == "the ferry would resume in June")
    }

    @Test func nameSetOffAfterARoleJoinsTheRole() {
        let a = first("The port's chief engineer, Lena Park, said the pier was safe.")
        #expect(a?.sourcePhrase?.text == "The port's chief engineer, Lena Park")
    }

    @Test func partyAndStateInBracketsBelongToTheName() {
        let a = first("Sen. Ada Lim (D-Ore.) said the bill would pass.")
        #expect(a?.sourcePhrase?.text == "Sen. Ada Lim (D-Ore.)")
        #expect(a?.content?.text == "the bill would pass")
    }

    @Test func identifyingRelativeClauseBelongsToTheSource() {
        let a = first("“Turnout was strong,” said Omar Reyes, who chairs the county party.")
        #expect(a?.sourcePhrase?.text == "Omar Reyes, who chairs the county party")
    }

    @Test func relativeClauseGivingTheTermsIsLeftOut() {
        let a = first("“Turnout was weak,” said a party official, who spoke on condition of anonymity.")
        #expect(a?.sourcePhrase == nil)
        #expect(a?.content?.text == "Turnout was weak")
    }

    @Test func adverbsAfterACommaAreNotTheSource() {
        #expect(first("Bell, however, said the ferry would resume in June.")?.sourcePhrase == nil)
        #expect(first("“It was freezing,” said Mia Soto, 67 percent of whose votes came late.")?.sourcePhrase == nil)
    }

    /// PolNeAR marks an age after a name as part of the source, and what
    /// follows it ("67, of Exeter", "67, a retired nurse").
    @Test func ageAfterANameIsPartOfThePhrase() {
        #expect(first("“It was freezing,” said Mia Soto, 67.")?.sourcePhrase?.text == "Mia Soto, 67")
        #expect(first("“It was freezing,” said Mia Soto, 67, of Exeter.")?.sourcePhrase?.text == "Mia Soto, 67, of Exeter")
        #expect(first("Mia Soto, 67, a retired nurse, said the ferry was late.")?.sourcePhrase?.text == "Mia Soto, 67, a retired nurse")
    }

    @Test func openingAccordingToStopsAtTheComma() {
        let a = first("According to the county clerk, turnout rose by a third, the highest in a decade.")
        #expect(a?.source?.text == "the county clerk")
        #expect(a?.sourcePhrase == nil)
    }

    @Test func trailingAccordingToKeepsTheAppositive() {
        let a = first("Turnout rose by a third, according to Ruth Ames, the county clerk.")
        #expect(a?.sourcePhrase?.text == "Ruth Ames, the county clerk")
        #expect(a?.content?.text == "Turnout rose by a third")
    }

    @Test func sourcePhraseIsWrittenToJSONAndXML() throws {
        let report = try ContentSpanTests.auditor.audit(
            SourceText(path: "t.txt", text: "The ferry will resume in June, said Tomas Bell, the harbour master.\n"), format: .text)
        let json = String(decoding: try JSONReporter().render(AuditReport(documents: [report])), as: UTF8.self)
        #expect(json.contains("\"sourcePhrase\""))
        let xml = String(decoding: try XMLReporter().render(AuditReport(documents: [report])), as: UTF8.self)
        #expect(xml.contains("<source-phrase"))
    }
}

/// Content boundaries (`ContentSpan`): adjuncts and recipients before the
/// complement, trailing cues followed by adjuncts, contrast clauses.
@Suite struct ContentBoundaryTests {
    func content(_ text: String) -> String? {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.attributions).first { !AttributionScope.isInherited($0) }?.content?.text
    }

    @Test func timeAdjunctBeforeThatIsNotContent() {
        #expect(content("The mayor said on Friday that the pier would close.") == "that the pier would close")
    }

    @Test func secondSpeechVerbOfTheSubjectEndsTheContent() {
        #expect(content("Ruiz said the pier had failed and accused the board of neglect.") == "the pier had failed")
        #expect(content("Ruiz said the pier had failed, and warned that the ferry would stop.") == "the pier had failed")
        // "and" before anything else stays in the statement.
        #expect(content("Ruiz said the pier had rusted and the ferry had stopped.") == "the pier had rusted and the ferry had stopped")
    }

    @Test func relativeClauseAfterTheStatementIsNotContent() {
        #expect(content("Ruiz said the pier would close in May, which surprised the board.") == "the pier would close in May")
    }

    @Test func recipientOfToldIsNotContent() {
        #expect(content("Ruiz told the harbour board that the pier would close.") == "that the pier would close")
    }

    @Test func cueFollowedOnlyByAdjunctsStatesWhatCameBefore() {
        #expect(content("The pier will close in May, the mayor said in an interview with a local radio station.")
            == "The pier will close in May")
    }

    @Test func quotationBeforeTheCueWinsOverWordsAfterTheSource() {
        #expect(content("“We are done,” Ruiz said to a crowd of about 300 dock workers.") == "We are done")
    }

    @Test func contrastClauseEndsTheStatement() {
        #expect(content("Ruiz said the pier would close in May, but the ferry company disputed the date.")
            == "the pier would close in May")
    }

    @Test func quotationThatStartsTheStatementJoinsTheWordsAfterIt() {
        #expect(content("Ruiz called the plan “a disgrace” and a waste of money.") == "the plan “a disgrace” and a waste of money")
    }
}

/// Inheritance added in session 3: in document order, a colon lead, and a
/// quoted paragraph continuing the previous paragraph's speaker.
@Suite struct InheritanceOrderTests {
    func claims(_ text: String) -> [Claim] {
        try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text).claims
    }

    @Test func sentenceAfterACarriedOverQuoteInheritsToo() {
        let c = claims("“We will rebuild the pier,” Ruiz said. “It will take a year. Nobody doubts that.”\n")
        #expect(c.count == 3)
        #expect(c.allSatisfy { $0.kind == .named })
        #expect(c.last?.attributions.first?.source?.text == "Ruiz")
    }

    @Test func paragraphAfterAColonLeadIsWhatTheLeadIntroduces() {
        let c = claims("In a letter to the board, Ruiz wrote:\n\nThe pier cannot be saved. The ferry must move.\n\nThe board met on Monday.\n")
        #expect(c[1].attributions.first?.rule == "colon-lead")
        #expect(c[2].attributions.first?.rule == "colon-lead")
        #expect(c[3].attributions.isEmpty)
    }

    @Test func quotedParagraphContinuesThePreviousSpeaker() {
        let c = claims("“The pier is finished,” said Ruiz, the harbour master.\n\n“We warned the board for years.”\n\nThe board met on Monday.\n")
        #expect(c[1].attributions.first?.rule == "carry-over-paragraph")
        #expect(c[1].attributions.first?.source?.text == "Ruiz")
        #expect(c[2].attributions.isEmpty)
    }

    @Test func unquotedParagraphDoesNotContinueTheSpeaker() {
        let c = claims("“The pier is finished,” said Ruiz.\n\nThe board met on Monday.\n")
        #expect(c[1].attributions.isEmpty)
    }

    @Test func quotedSentenceAfterAReportedStatementCarriesItsSpeaker() {
        let c = claims("Ruiz said the pier was finished. “We warned the board for years.”\n")
        #expect(c[1].attributions.first?.rule == "carry-over-quote")
        #expect(c[1].attributions.first?.source?.text == "Ruiz")
    }

    @Test func quotedParagraphContinuesTheLastSpeakerOfThePreviousParagraph() {
        let c = claims("Ruiz said the pier was finished. The board met on Monday.\n\n“We warned the board for years.”\n")
        #expect(c[2].attributions.first?.rule == "carry-over-paragraph")
        #expect(c[2].attributions.first?.source?.text == "Ruiz")
        // Two paragraphs away, nothing is carried.
        let d = claims("Ruiz said the pier was finished.\n\nThe board met on Monday.\n\n“We warned the board for years.”\n")
        #expect(d[2].attributions.isEmpty)
    }
}

/// Compound subjects and a complementiser "that" before the subject.
@Suite struct SubjectBoundaryTests {
    func source(_ text: String) -> String? {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        return report.claims.flatMap(\.attributions).first { !AttributionScope.isInherited($0) }?.source?.text
    }

    @Test func compoundSubjectWithADeterminerIsOneSource() {
        #expect(source("Ruiz and her deputies said the pier would close.") == "Ruiz and her deputies")
    }

    @Test func pronounAndNounPhraseIsOneSource() {
        #expect(source("He and other board members said the vote was unfair.") == "He and other board members")
    }

    @Test func currentAndFormerOfficialsIsOneSource() {
        #expect(source("Current and former harbour officials said the pier was unsafe.") == "Current and former harbour officials")
    }

    @Test func verbBeforeAndIsNotPartOfTheSource() {
        #expect(source("The board voted on Monday and its members said the pier would close.") == "its members")
    }

    @Test func complementiserThatIsNotPartOfTheSource() {
        #expect(source("The report noted that inspectors said the pier was unsafe.") != "that inspectors")
    }
}

/// "“Why not?” Ruiz said." split after the question mark: the speaker
/// sentence states the quotation before it.
@Suite struct TrailingSpeakerTests {
    @Test func speakerSentenceAfterAQuotedQuestionStatesIt() throws {
        let report = try! ContentSpanTests.auditor.audit(
            SourceText(path: "t.txt", text: "“Who will pay for the pier?” Ruiz asked.\n\nThe board met on Monday.\n"), format: .text)
        let c = report.claims
        try #require(c.count == 3)
        #expect(c[1].attributions.first?.content?.text == "Who will pay for the pier?")
        #expect(c[0].attributions.first?.rule == "trailing-speaker")
        #expect(c[0].kind == .named)
        #expect(c[2].attributions.isEmpty)
    }
}

/// The left edge of a subject found before its cue: what is and is not part
/// of the source.
@Suite struct SubjectLeftEdgeTests {
    func source(_ text: String) -> String? {
        let report = try! ContentSpanTests.auditor.audit(SourceText(path: "t.txt", text: text), format: .text)
        let a = report.claims.flatMap(\.attributions).first { !AttributionScope.isInherited($0) }
        return (a?.sourcePhrase ?? a?.source)?.text
    }

    @Test func slashJoinsTwoPollsters() {
        #expect(source("A Harbour Times/Ellery Radio poll found that most voters back the ferry.") == "A Harbour Times/Ellery Radio poll")
        #expect(source("Harbour Times/Ellery Radio reporters said the crossing was unsafe.") == "Harbour Times/Ellery Radio reporters")
    }

    @Test func articleBeforeANumeralStays() {
        #expect(source("The two ferry captains said the crossing was unsafe.") == "The two ferry captains")
    }

    @Test func adjectiveInEdStaysAfterADeterminer() {
        #expect(source("The unsigned memo said the crossing was unsafe.") == "The unsigned memo")
        #expect(source("A newly released audit found that the crossing was unsafe.") == "A newly released audit")
        #expect(source("The embattled harbour master said the crossing was unsafe.") == "The embattled harbour master")
        #expect(source("Ruiz apologized and said the crossing was unsafe.") == "Ruiz")
    }

    @Test func sentenceAdverbAndTimePhraseAreLeftOut() {
        #expect(source("Now Bell says the crossing is unsafe.") == "Bell")
        #expect(source("This year Bell said the crossing was unsafe.") == "Bell")
    }
}
