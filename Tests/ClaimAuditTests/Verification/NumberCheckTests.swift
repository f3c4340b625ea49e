import Testing
@testable import ClaimAudit

@Suite struct NumberFormsTests {
    private func values(_ text: String) -> [Quantity] { NumberForms.quantities(in: text) }

    @Test func moneyInEveryFormIsOneValue() {
        let forms = ["$15 billion", "15,000,000,000", "US$15bn", "$15bn", "15 billion dollars"]
        let qs = forms.map { values("The deal is worth \($0) in all.")[0] }
        for q in qs { #expect(q.value == 15e9, "\(q)") }
        #expect(qs[0].matches(qs[1]) && qs[1].matches(qs[2]) && qs[2].matches(qs[0]))
        #expect(!qs[0].matches(values("worth $14 billion")[0]))
    }

    @Test func percentagesInEveryForm() {
        let qs = ["12%", "12 percent", "12 per cent"].map { values("Visits fell \($0) last year.")[0] }
        for q in qs { #expect(q.kind == .percent && q.value == 12) }
        #expect(!qs[0].matches(values("It cost 12 dollars")[0]))
    }

    @Test func datesInEveryForm() {
        let qs = ["March 3, 2024", "3 March 2024", "2024-03-03"].map { values("The vote was on \($0) at noon.")[0] }
        for q in qs { #expect(q.kind == .date(month: 3, day: 3, year: 2024), "\(q)") }
        let yearless = values("It happens on March 3 again.")[0]
        #expect(yearless.matches(qs[0]))
        #expect(!values("On March 4, 2024.")[0].matches(qs[0]))
    }

    @Test func rangesCoverTheWholeFigure() {
        let text = "It costs US$15bn, up 8%."
        let qs = values(text)
        let bytes = Array(text.utf8)
        #expect(qs.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["US$15bn", "8%"])
    }

    @Test func ordinalsAndWordsWithDigitsAreSkipped() {
        #expect(values("The 3rd meeting of the G7 in the B-52 hangar.").isEmpty)
        #expect(values("the 2nd and 21st").isEmpty)
    }

    @Test func modalMayIsNotAMonth() {
        #expect(values("Prices may 3 times rise").first?.kind == .amount)
        #expect(values("On May 3, 2024.").first?.kind == .date(month: 5, day: 3, year: 2024))
    }

    @Test func approximateFigureMatchesWithinTenPercent() {
        let about = values("about $15 billion")[0]
        #expect(about.approximate)
        #expect(about.matches(values("$14.2 billion")[0]))
        #expect(!values("$15 billion")[0].matches(values("$14.2 billion")[0]))
    }
}

@Suite struct NumberCheckTests {
    typealias F = VerificationFixture

    @Test func wrongFigureInDocumentClaimIsAnError() throws {
        let text = "Library spending is $13.5 million, according to the draft budget."
        let report = try F.audit(text)
        let found = F.findings(report, "number-not-in-document")
        #expect(found.count == 1 && found[0].severity == .error)
        #expect(F.covered(found[0], in: text) == "$13.5 million")
        #expect(found[0].message == "“$13.5 million” does not appear in “Port Halden draft budget 2025” (it has “$12.5 million”).")
        #expect(report.verification?.numbers.map(\.status) == [.notFound])
    }

    @Test func equivalentFormsOfDocumentFiguresAreSilent() throws {
        let report = try F.audit("The port deal is worth $15 billion and branches save $4m a year, according to the draft budget. Library spending fell 8 percent, the draft budget shows.")
        #expect(F.findings(report, "number-not-in-document").isEmpty, "\(report.findings.map(\.message))")
        #expect(report.verification?.numbers.count == 3)
        #expect(report.verification?.numbers.allSatisfy { $0.status == .found } == true)
    }

    @Test func datesAreChecked() throws {
        #expect(F.findings(try F.audit("The council votes on March 18, 2025, according to the draft budget."), "number-not-in-document").isEmpty)
        #expect(F.findings(try F.audit("The council votes on March 19, 2025, according to the draft budget."), "number-not-in-document").count == 1)
    }

    @Test func linkToLedgerDocumentCitesIt() throws {
        let bad = try F.audit("Spending is [$13 million](https://budget.porthalden.example/2025/).", format: .markdown)
        #expect(F.findings(bad, "number-not-in-document").count == 1)
        let good = try F.audit("Spending is [$12.5 million](https://budget.porthalden.example/2025/).", format: .markdown)
        #expect(F.findings(good, "number-not-in-document").isEmpty)
    }

    @Test func figuresInQuotationsAndUnattributedClaimsAreNotChecked() throws {
        let report = try F.audit("Spending is $99 million. “It is $98 million,” the draft budget's author said, according to the draft budget.")
        #expect(F.findings(report, "number-not-in-document").isEmpty)
    }
}
