/// The one report model every writer renders.
public struct AuditReport: Sendable, Codable {
    /// claimaudit's version, for readers of saved reports.
    public var tool: String
    public var documents: [DocumentReport]

    public init(tool: String = ClaimAuditVersion.string, documents: [DocumentReport]) {
        self.tool = tool
        self.documents = documents
    }

    /// The most severe finding in the report, if any.
    public var worstSeverity: Severity? {
        documents.lazy.compactMap(\.worstSeverity).max()
    }
}

/// The audit of one input.
public struct DocumentReport: Sendable, Codable {
    public var path: String
    public var format: InputFormat
    public var claims: [Claim]
    /// Findings about the whole document rather than one claim: per-article
    /// metrics against thresholds, input warnings (encoding), unused
    /// suppressions, ledger coverage gaps. Their offsets point at what they
    /// concern, or at 0 (line 1, column 1) when nothing narrower fits.
    public var documentFindings: [Finding]
    public var summary: Summary
    /// What the source ledger says and how the copy held up against it;
    /// nil when the article was audited without a ledger.
    public var verification: VerificationSection? = nil
    /// Ids of the rules that ran the `unsourced-claim` check (a house rule
    /// may reuse the check under its own id), so the summary counts their
    /// findings as unsourced claims; nil means the shipped rule only. Not
    /// written by the reporters.
    public var unsourcedRules: [String]? = nil

    public init(path: String, format: InputFormat, claims: [Claim], documentFindings: [Finding] = [],
                unsourcedRules: [String]? = nil) {
        self.path = path
        self.format = format
        self.claims = claims
        self.documentFindings = documentFindings
        self.unsourcedRules = unsourcedRules
        self.summary = Summary(claims: claims, documentFindings: documentFindings,
                               unsourcedRules: unsourcedRules ?? Summary.shippedUnsourcedRules)
    }

    /// Every finding: document findings first, then claim findings in
    /// document order.
    public var findings: [Finding] { documentFindings + claims.flatMap(\.findings) }

    /// The most severe of `findings`, if any, without building that array:
    /// the one fold behind `AuditReport.worstSeverity` and the `--fail-on`
    /// checks of the commands that stream one document at a time.
    public var worstSeverity: Severity? {
        var worst = documentFindings.lazy.map(\.severity).max()
        for claim in claims {
            if let s = claim.findings.lazy.map(\.severity).max(), worst.map({ s > $0 }) ?? true { worst = s }
        }
        return worst
    }

    /// Adds document-level findings and refreshes the summary's counts.
    public mutating func addDocumentFindings(_ new: [Finding]) {
        documentFindings.append(contentsOf: new)
        refreshSummary()
    }

    /// Recomputes the summary after claims or findings were changed in place.
    public mutating func refreshSummary() {
        summary = Summary(claims: claims, documentFindings: documentFindings,
                          unsourcedRules: unsourcedRules ?? Summary.shippedUnsourcedRules)
    }
}

public enum ClaimAuditVersion {
    public static let string = "0.1.0"
}
