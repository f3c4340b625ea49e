import ArgumentParser
import ClaimAudit

/// `--min-confidential-sources`, shared by `audit` and `report`: the house
/// policy the ledger check applies to every article with a source ledger.
struct VerificationOption: ParsableArguments {
    @Option(help: ArgumentHelp("Independent confidential sources each anonymous claim needs (checked against the article's source ledger).", valueName: "n"))
    var minConfidentialSources: Int = 2

    func validate() throws {
        if minConfidentialSources < 1 { throw ValidationError("--min-confidential-sources must be at least 1.") }
    }

    var options: VerificationOptions { VerificationOptions(minConfidentialSources: minConfidentialSources) }
}
