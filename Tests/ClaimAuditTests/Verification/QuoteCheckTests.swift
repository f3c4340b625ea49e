import Testing
@testable import ClaimAudit

@Suite struct QuoteCheckTests {
    typealias F = VerificationFixture

    private func quoteFindings(_ text: String) throws -> (notFound: [Finding], nearMiss: [Finding], report: DocumentReport) {
        let report = try F.audit(text)
        return (F.findings(report, "quote-not-found"), F.findings(report, "quote-near-miss"), report)
    }

    @Test func exactQuotationIsVerifiedAndSilent() throws {
        let r = try quoteFindings("“We will not back down on the library plan,” Ortiz said.")
        #expect(r.notFound.isEmpty && r.nearMiss.isEmpty)
        #expect(r.report.verification?.quotes.map(\.status) == [.verified])
        #expect(r.report.verification?.quotes.first?.transcript == "call")
    }

    @Test func straightQuotesCaseDashesAndWhiteSpaceAreForgiven() throws {
        let r = try quoteFindings("\"WE WILL NOT back   down on the library plan,\" Ortiz said. “The decision is ours — not theirs,” she said.")
        #expect(r.notFound.isEmpty && r.nearMiss.isEmpty)
        #expect(r.report.verification?.quotes.map(\.status) == [.verified, .verified])
    }

    @Test func ellipsisInsideQuotationSkipsTranscriptWords() throws {
        let r = try quoteFindings("“The branches cost us four million dollars a year … nobody uses them after six,” Ortiz said.")
        #expect(r.notFound.isEmpty && r.nearMiss.isEmpty)
        let dots = try quoteFindings("“The branches cost us four million dollars a year... nobody uses them after six,” Ortiz said.")
        #expect(dots.notFound.isEmpty && dots.nearMiss.isEmpty)
    }

    @Test func bracketedInsertionAndCapitalisationAreEditorial() throws {
        let r = try quoteFindings("“[T]he branches cost [the city] four million dollars a year,” Ortiz said.")
        #expect(r.notFound.isEmpty && r.nearMiss.isEmpty, "\(r.nearMiss.map(\.message))")
    }

    @Test func sicKeepsTheWordBeforeItAsWritten() throws {
        let ledger = try F.ledger(F.wrap("""
          <source id="ortiz" record="on"><name>Dana Ortiz</name><role>Mayor</role><basis>b</basis></source>
          <transcript id="t" source="ortiz"><text>The libary budget is final and it stays final.</text></transcript>
        """))
        let ok = try F.audit("“The libary [sic] budget is final,” Ortiz said.", ledger: ledger)
        #expect(F.findings(ok, "quote-near-miss").isEmpty && F.findings(ok, "quote-not-found").isEmpty)
        let fixed = try F.audit("“The library budget is final,” Ortiz said.", ledger: ledger)
        #expect(F.findings(fixed, "quote-near-miss").count == 1)
    }

    @Test func nearMissGetsWordLevelDiff() throws {
        let text = "“We won't back down on the library plan,” Ortiz said."
        let r = try quoteFindings(text)
        #expect(r.notFound.isEmpty)
        #expect(r.nearMiss.count == 1)
        #expect(r.nearMiss.first?.message == "Quotation differs from the transcript of Dana Ortiz: transcript says ‘will not’ where the copy says ‘won't’.")
        #expect(F.covered(r.nearMiss[0], in: text) == "“We won't back down on the library plan,”")
        #expect(r.report.verification?.quotes.first?.status == .nearMiss)
    }

    @Test func droppedWordWithoutEllipsisIsANearMiss() throws {
        let r = try quoteFindings("“The branches cost us four million dollars a year, and nobody uses them after six,” Ortiz said.")
        #expect(r.nearMiss.first?.message.contains("the copy leaves out ‘honestly’") == true, "\(r.nearMiss.map(\.message))")
    }

    @Test func quotationFoundNowhereIsAnError() throws {
        let r = try quoteFindings("“The libraries are a luxury we cannot afford,” Ortiz said.")
        #expect(r.notFound.count == 1 && r.notFound[0].severity == .error)
        #expect(r.nearMiss.isEmpty)
        #expect(r.report.verification?.quotes.first?.status == .notFound)
    }

    @Test func pronounSpeakerResolvesToTheLastLedgerSource() throws {
        let r = try quoteFindings("“We will not back down,” Ortiz said. “The libraries are a luxury we cannot afford,” she said.")
        #expect(r.notFound.count == 1)
    }

    @Test func speakerWithoutTranscriptIsReported() throws {
        let ledger = try F.ledger(F.wrap("""
          <source id="ortiz" record="on"><name>Dana Ortiz</name><role>Mayor</role><basis>b</basis></source>
        """))
        let report = try F.audit("“We will not back down on the plan,” Ortiz said.", ledger: ledger)
        #expect(F.findings(report, "quote-not-found").first?.message.contains("no transcript or notes of ortiz") == true)
        #expect(report.verification?.quotes.first?.status == .noTranscript)
    }

    @Test func shortScareQuotesAndUnknownSpeakersAreNotChecked() throws {
        let r = try quoteFindings("Ortiz called the plan “historic” on Monday. “Nothing like this was ever said,” Lee Hartman said.")
        #expect(r.notFound.isEmpty && r.nearMiss.isEmpty)
        #expect(r.report.verification?.quotes.isEmpty == true)
    }

    @Test func withoutLedgerNoQuoteIsChecked() throws {
        let report = try F.audit("“The libraries are a luxury we cannot afford,” Ortiz said.", ledger: nil)
        #expect(F.findings(report, "quote-not-found").isEmpty)
        #expect(report.verification == nil)
    }

    @Test func alignmentItemsReadEditorialMarks() {
        let items = QuoteAlignment.items("[T]he plan … is [sic] final [for now]")
        let words = items.compactMap { if case .word(let w) = $0 { return w.key } else { return nil } }
        #expect(words == ["the", "plan", "is", "final"])
        #expect(items.contains(.gap(max: nil)))
        #expect(items.last == .gap(max: QuoteAlignment.insertionSpan))
    }
}
