/// Every failure the library reports. Messages lead with `path:line:col:`
/// where a place is known, like a compiler's.
public enum ClaimAuditError: Error, Sendable, CustomStringConvertible {
    /// An input could not be read or parsed.
    case input(path: String, line: Int, column: Int, message: String)
    /// One or more rule files are invalid.
    case rules([XMLDiagnostic])
    /// A source ledger is invalid (bad XML, unknown id, unreadable file).
    case ledger([XMLDiagnostic])
    /// A file could not be written.
    case output(path: String, message: String)
    /// Anything the caller asked for that cannot be done.
    case usage(String)

    public var description: String {
        switch self {
        case let .input(path, line, column, message):
            return line > 0 ? "\(path):\(line):\(column): error: \(message)" : "\(path): error: \(message)"
        case let .rules(diagnostics), let .ledger(diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case let .output(path, message):
            return "\(path): error: \(message)"
        case let .usage(message):
            return "error: \(message)"
        }
    }
}
