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
        documents.flatMap { $0.findings.map(\.severity) }.max()
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

    public init(path: String, format: InputFormat, claims: [Claim], documentFindings: [Finding] = []) {
        self.path = path
        self.format = format
        self.claims = claims
        self.documentFindings = documentFindings
        self.summary = Summary(claims: claims, documentFindings: documentFindings)
    }

    /// Every finding: document findings first, then claim findings in
    /// document order.
    public var findings: [Finding] { documentFindings + claims.flatMap(\.findings) }

    /// Adds document-level findings and refreshes the summary's counts.
    public mutating func addDocumentFindings(_ new: [Finding]) {
        documentFindings.append(contentsOf: new)
        summary = Summary(claims: claims, documentFindings: documentFindings)
    }

    /// Recomputes the summary after claims or findings were changed in place.
    public mutating func refreshSummary() {
        summary = Summary(claims: claims, documentFindings: documentFindings)
    }
}

public enum ClaimAuditVersion {
    public static let string = "0.1.0"
}
