import Testing
@testable import ClaimAudit

@Suite struct LedgerCoverageTests {
    typealias F = VerificationFixture

    @Test func namedSourceMissingFromLedgerIsReportedOnce() throws {
        let text = "The branches are busy, said Lee Hartman, a librarian. Hartman said so again on Tuesday, said Lee Hartman."
        let found = F.findings(try F.audit(text), "source-not-in-ledger")
        #expect(found.count >= 1)
        #expect(F.covered(found[0], in: text) == "Lee Hartman")
        #expect(Set(found.map { F.covered($0, in: text) }).count == found.count)
    }

    @Test func ledgerSourcesByNameSurnameOrTitleAreKnown() throws {
        let report = try F.audit("The branches cost too much, Ortiz said. Mayor Dana Ortiz said it again. She said it twice.")
        #expect(F.findings(report, "source-not-in-ledger").isEmpty)
        #expect(report.verification?.sources.first { $0.id == "ortiz" }?.claims == ["c1", "c2"])
    }

    @Test func anonymousClaimWithoutConfidentialSupportIsReported() throws {
        let text = "The mayor will resign next year, according to two people familiar with her plans."
        let found = F.findings(try F.audit(text), "anonymous-not-covered")
        #expect(found.count == 1)
        #expect(F.covered(found[0], in: text) == "two people familiar with her plans")
    }

    @Test func anonymousClaimBackedByTwoSourcesIsSilent() throws {
        let report = try F.audit("The mayor plans to close the Eastside branch, according to two aides familiar with the plan.")
        #expect(F.findings(report, "anonymous-not-covered").isEmpty)
        #expect(F.findings(report, "too-few-confidential-sources").isEmpty)
        #expect(report.verification?.sources.filter { $0.claims == ["c1"] }.map(\.id) == ["aide", "clerk"])
    }

    @Test func housePolicyMinimumIsConfigurable() throws {
        let text = "The mayor drafted a second round of cuts, according to a senior aide."
        let strict = try F.audit(text)
        let found = F.findings(strict, "too-few-confidential-sources")
        #expect(found.count == 1)
        #expect(found[0].message == "Anonymous claim rests on 1 (aide) confidential source(s) in the ledger; house policy needs 2.")
        let lenient = try F.audit(text, options: VerificationOptions(minConfidentialSources: 1))
        #expect(F.findings(lenient, "too-few-confidential-sources").isEmpty)
    }

    @Test func unusedLedgerSourcesAndMissingSnippetsAreDocumentGaps() throws {
        let report = try F.audit("The branches cost too much, Ortiz said.")
        let gaps = report.documentFindings.filter { $0.rule == "ledger-coverage-gap" }
        #expect(gaps.contains { $0.message.contains("Ledger source aide (a senior aide, story.sources.xml:8) supports no claim") })
        #expect(gaps.contains { $0.message.contains("supports “The mayor drafted a second round of cuts”, which is not in the article") })
        #expect(!gaps.contains { $0.message.contains("source ortiz") })
        #expect(report.verification?.gaps.contains { $0.claim == nil } == true)
        #expect(report.claims.allSatisfy { !$0.findings.contains { $0.rule == "ledger-coverage-gap" } })
    }

    @Test func fullyCoveredCopyHasNoGaps() throws {
        let report = try F.audit("“We will not back down,” Ortiz said. The mayor plans to close the Eastside branch, according to two aides. The mayor drafted a second round of cuts, according to a senior aide.")
        #expect(report.documentFindings.filter { $0.rule == "ledger-coverage-gap" }.isEmpty, "\(report.documentFindings.map(\.message))")
    }
}

@Suite struct LeakCheckTests {
    typealias F = VerificationFixture

    @Test func confidentialNameInCopyIsAnError() throws {
        let text = "The plan is final, Robin Vance said. Vance declined to say more."
        let found = F.findings(try F.audit(text), "confidential-source-named")
        #expect(found.map { F.covered($0, in: text) } == ["Robin Vance", "Vance"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(F.findings(try F.audit(text), "source-not-in-ledger").isEmpty)
    }

    @Test func lowerCaseWordIsNotTheSurname() throws {
        let found = F.findings(try F.audit("The plan is in the vance of the fleet, a senior aide said."), "confidential-source-named")
        #expect(found.isEmpty)
    }

    @Test func titleOrganisationAndDetailTogetherIdentifyTheSource() throws {
        let text = "The deputy chief of staff in the mayor's office, a former port authority lawyer, said the plan was final."
        let found = F.findings(try F.audit(text), "confidential-source-identifiable")
        #expect(found.count == 1)
        #expect(F.covered(found[0], in: text) == "former port authority lawyer")
    }

    @Test func descriptionWithoutTheDistinctiveDetailIsSilent() throws {
        let report = try F.audit("A senior aide in the mayor's office said the plan was final. The deputy chief of staff was not there.")
        #expect(F.findings(report, "confidential-source-identifiable").isEmpty)
        #expect(F.findings(report, "confidential-source-named").isEmpty)
    }

    @Test func piecesInSeparateParagraphsAreSilent() throws {
        let report = try F.audit("The deputy chief of staff was there.\n\nThe mayor's office declined to comment.\n\nA former port authority lawyer spoke.")
        #expect(F.findings(report, "confidential-source-identifiable").isEmpty)
    }
}
