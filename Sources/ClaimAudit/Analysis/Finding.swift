/// How serious a finding is. Ordered: `info < warning < error`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem a rule found in a claim.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule id (`hedging`, `unsourced-claim`, a house rule's id).
    public var rule: String
    /// The rule's category (`sourcing`, `hedging`, `weasel`, `style`).
    public var category: String
    public var severity: Severity
    /// The message shown to the writer, with the matched words filled in.
    public var message: String
    /// UTF-8 byte offsets into the input (end exclusive) of what triggered it.
    public var start: Int
    public var end: Int
    /// 1-based line and column of `start`.
    public var line: Int
    public var column: Int

    public init(rule: String, category: String, severity: Severity, message: String,
                start: Int, end: Int, location: SourceLocation) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.line = location.line
        self.column = location.column
    }
}
