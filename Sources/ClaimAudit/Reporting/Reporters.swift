/// Every output format, by `--format` name.
public enum Reporters {
    public static let identifiers: [String] = [
        TerminalReporter.identifier, JSONReporter.identifier,
    ]

    public static func make(_ identifier: String, options: ReportOptions = ReportOptions()) -> (any Reporter)? {
        switch identifier {
        case TerminalReporter.identifier: TerminalReporter(options: options)
        case JSONReporter.identifier: JSONReporter()
        default: nil
        }
    }
}
