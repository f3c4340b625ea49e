/// The verification checks a `kind="check"` rule may name, and the enabled
/// rules configuring each. A house pack may re-define a rule by id (its
/// severity, wording, or `enabled="false"`).
public enum VerificationChecks {
    public static let quoteNotFound = "quote-not-found"
    public static let quoteNearMiss = "quote-near-miss"
    public static let numberNotInDocument = "number-not-in-document"
    public static let sourceNotInLedger = "source-not-in-ledger"
    public static let anonymousNotCovered = "anonymous-not-covered"
    public static let tooFewConfidentialSources = "too-few-confidential-sources"
    public static let ledgerCoverageGap = "ledger-coverage-gap"
    public static let confidentialSourceNamed = "confidential-source-named"
    public static let confidentialSourceIdentifiable = "confidential-source-identifiable"
    public static let inconsistentNumber = "inconsistent-number"
    public static let inconsistentName = "inconsistent-name"
    public static let inconsistentQuote = "inconsistent-quote"
    public static let inconsistentTitle = "inconsistent-title"

    /// Checks that need a source ledger; their rule examples are audited
    /// against `ExampleLedger`.
    public static let ledgerChecks: [String] = [
        quoteNotFound, quoteNearMiss, numberNotInDocument, sourceNotInLedger, anonymousNotCovered,
        tooFewConfidentialSources, ledgerCoverageGap, confidentialSourceNamed, confidentialSourceIdentifiable,
    ]
    public static let consistencyChecks: [String] = [inconsistentNumber, inconsistentName, inconsistentQuote, inconsistentTitle]
    public static let names: [String] = ledgerChecks + consistencyChecks

    /// Whether `rule` is a check that needs a ledger.
    public static func needsLedger(_ rule: Rule) -> Bool {
        if case .check(let name) = rule.kind { return ledgerChecks.contains(name) }
        return false
    }
}

/// Enabled rules per verification check, and how they become findings.
struct VerificationRules: Sendable {
    let byCheck: [String: [Rule]]

    init(ruleSet: RuleSet) {
        var byCheck: [String: [Rule]] = [:]
        for rule in ruleSet.enabledRules {
            if case .check(let name) = rule.kind, VerificationChecks.names.contains(name) {
                byCheck[name, default: []].append(rule)
            }
        }
        self.byCheck = byCheck
    }

    func enabled(_ check: String) -> Bool { !(byCheck[check]?.isEmpty ?? true) }

    /// One finding per enabled rule of `check` at `range`. The message
    /// fills `{match}` with the words at `range` and `{key}` from `fill`.
    func findings(_ check: String, range: Range<Int>, document: Document, fill: [String: String] = [:]) -> [Finding] {
        guard let rules = byCheck[check] else { return [] }
        return rules.map { rule in
            var message = rule.message.replacingOccurrences(of: "{match}", with: document.text(range))
            for (key, value) in fill { message = message.replacingOccurrences(of: "{\(key)}", with: value) }
            let location = document.source.location(of: min(range.lowerBound, document.source.bytes.count))
            return Finding(rule: rule.id, category: rule.category, severity: rule.severity, message: message,
                           start: range.lowerBound, end: range.upperBound, location: location)
        }
    }
}
