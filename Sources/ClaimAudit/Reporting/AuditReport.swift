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
        documents.flatMap { $0.claims.flatMap { $0.findings.map(\.severity) } }.max()
    }
}

/// The audit of one input.
public struct DocumentReport: Sendable, Codable {
    public var path: String
    public var format: InputFormat
    public var claims: [Claim]
    public var summary: Summary

    public init(path: String, format: InputFormat, claims: [Claim]) {
        self.path = path
        self.format = format
        self.claims = claims
        self.summary = Summary(claims: claims)
    }

    /// Every finding in document order.
    public var findings: [Finding] { claims.flatMap(\.findings) }
}

public enum ClaimAuditVersion {
    public static let string = "0.1.0"
}
