import Testing
@testable import ClaimAudit

/// The internal-consistency checks run without a ledger.
@Suite struct ConsistencyTests {
    typealias F = VerificationFixture

    private func found(_ text: String, _ rule: String) throws -> [String] {
        F.findings(try F.audit(text, ledger: nil), rule).map { F.covered($0, in: text) }
    }

    @Test func conflictingFiguresForOneThingAreReported() throws {
        #expect(try found("The city signed a $15 billion deal with the port. Critics say the $14 billion deal is too large.",
                          "inconsistent-number") == ["the $14 billion deal"])
        #expect(try found("Wages rose by a 4% raise in May. The 5% raise came later.", "inconsistent-number") == ["The 5% raise"])
    }

    @Test func sameFigureOrDifferentThingsAreSilent() throws {
        #expect(try found("The city signed a $15 billion deal. The US$15bn deal is too large.", "inconsistent-number").isEmpty)
        #expect(try found("The city signed a $15 billion deal. The $3 million fee is separate.", "inconsistent-number").isEmpty)
        #expect(try found("The firm cut 400 jobs. The 200 jobs in Ohio go first.", "inconsistent-number").isEmpty)
    }

    @Test func nameSpelledTwoWaysIsReported() throws {
        #expect(try found("Dana Ortiz announced the plan. Ortis said it would save money.", "inconsistent-name") == ["Ortis"])
        #expect(try found("Katherine Olsen spoke first. Later Kathrine Olsen spoke again.", "inconsistent-name") == ["Kathrine"])
    }

    @Test func consistentOrUnrelatedNamesAreSilent() throws {
        #expect(try found("Dana Ortiz announced the plan. Ortiz said it would save money.", "inconsistent-name").isEmpty)
        #expect(try found("Dana Ortiz met Lee Hartman. Hartman and Ortiz disagreed.", "inconsistent-name").isEmpty)
        #expect(try found("Dana Ortiz spoke. Dan Ortiz, her brother, did not.", "inconsistent-name").isEmpty)
    }

    @Test func otherFormsOfOneWordAreNotMisspelledNames() throws {
        // Plural, adjective and demonym forms of a word used in a full name.
        #expect(try found("Senate Republican Dora Vance spoke. Republicans cheered.", "inconsistent-name").isEmpty)
        #expect(try found("The Democratic Party met. Democrats left early.", "inconsistent-name").isEmpty)
        #expect(try found("Governor Lee Alder of Texas spoke. A Texan farmer disagreed.", "inconsistent-name").isEmpty)
        #expect(try found("Latin America Weekly ran it. Latino voters read it.", "inconsistent-name").isEmpty)
    }

    @Test func capitalsShortWordsAndOrdinaryWordsAreNotCompared() throws {
        // Acronyms, four-letter words and words the article also writes in
        // lower case are not evidence of a name.
        #expect(try found("The Islamic State ISIS Network grew. ISIL fighters fled.", "inconsistent-name").isEmpty)
        #expect(try found("Robin Hood Fund gave money. Hook Road was closed.", "inconsistent-name").isEmpty)
        #expect(try found("Daily Politico Report ran it. Politics is hard, and politics is slow.", "inconsistent-name").isEmpty)
        #expect(try found("The White House spoke. While it did, others waited.", "inconsistent-name").isEmpty)
    }

    @Test func aSimilarWordInAnotherFullNameIsAnotherPerson() throws {
        #expect(try found("Chris Christie spoke. Christine Quinn answered him.", "inconsistent-name").isEmpty)
        #expect(try found("Barack Obama spoke of Osama bin Laden.", "inconsistent-name").isEmpty)
        // A shared first name keeps a surname's misspelling in view.
        #expect(try found("Gregory Pollack spoke. Then Gregory Pollak left.", "inconsistent-name") == ["Pollak"])
    }

    @Test func quotationGivenTwiceWithDifferentWordingIsReported() throws {
        let text = "“We will not back down on the library plan,” Ortiz said. Later she said: “We will never back down on the library plan.”"
        let report = try F.audit(text, ledger: nil)
        let f = F.findings(report, "inconsistent-quote")
        #expect(f.map { F.covered($0, in: text) } == ["“We will never back down on the library plan.”"])
        #expect(f.first?.message.contains("line 1 says ‘not’ where this one says ‘never’") == true, "\(f.map(\.message))")
    }

    @Test func repeatedOrPartialQuotationIsSilent() throws {
        #expect(try found("“We will not back down on the library plan,” Ortiz said. Later she said: “We will not back down on the library plan.”", "inconsistent-quote").isEmpty)
        #expect(try found("“We will not back down on the library plan,” Ortiz said. Again: “not back down on the library plan.”", "inconsistent-quote").isEmpty)
        #expect(try found("“We will not back down on the library plan,” Ortiz said. “The council meets every Monday at noon,” she added.", "inconsistent-quote").isEmpty)
    }

    @Test func titleThatChangesIsReported() throws {
        #expect(try found("CEO Dana Ortiz signed the deal. Former CEO Dana Ortiz declined to comment.", "inconsistent-title")
                == ["Former CEO Dana Ortiz"])
        #expect(try found("Dana Ortiz, the company's former CEO, signed. CEO Dana Ortiz declined to comment.", "inconsistent-title")
                == ["CEO Dana Ortiz"])
    }

    @Test func sameTitleOrDifferentPeopleAreSilent() throws {
        #expect(try found("CEO Dana Ortiz signed the deal. CEO Dana Ortiz declined to comment.", "inconsistent-title").isEmpty)
        #expect(try found("CEO Dana Ortiz signed the deal. Former CEO Lee Hartman declined to comment.", "inconsistent-title").isEmpty)
    }
}
