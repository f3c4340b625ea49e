/// One output format. Each reporter is one type in `Reporters/`.
public protocol Reporter: Sendable {
    /// The `--format` value.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// Renders the whole report to bytes (UTF-8 text or XML).
    func render(_ report: AuditReport) throws -> [UInt8]
}

/// Options every reporter may read.
public struct ReportOptions: Sendable {
    /// Use ANSI colour (terminal only).
    public var color: Bool
    public init(color: Bool = false) {
        self.color = color
    }
}
