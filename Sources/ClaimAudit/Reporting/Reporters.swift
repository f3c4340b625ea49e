/// Every output format, by `--format` name.
public enum Reporters {
    public static let identifiers: [String] = [
        TerminalReporter.identifier, JSONReporter.identifier,
        XMLReporter.identifier, HTMLReporter.identifier,
        SARIFReporter.identifier, JUnitReporter.identifier, CheckstyleReporter.identifier,
        GitHubReporter.identifier, MarkdownReporter.identifier,
    ]

    /// One line per format for `--help`: `name: summary`.
    public static var descriptions: [String] {
        [
            (TerminalReporter.identifier, TerminalReporter.summary),
            (JSONReporter.identifier, JSONReporter.summary),
            (XMLReporter.identifier, XMLReporter.summary),
            (HTMLReporter.identifier, HTMLReporter.summary),
            (SARIFReporter.identifier, SARIFReporter.summary),
            (JUnitReporter.identifier, JUnitReporter.summary),
            (CheckstyleReporter.identifier, CheckstyleReporter.summary),
            (GitHubReporter.identifier, GitHubReporter.summary),
            (MarkdownReporter.identifier, MarkdownReporter.summary),
        ].map { "\($0): \($1)" }
    }

    public static func make(_ identifier: String, options: ReportOptions = ReportOptions()) -> (any Reporter)? {
        switch identifier {
        case TerminalReporter.identifier: TerminalReporter(options: options)
        case JSONReporter.identifier: JSONReporter()
        case XMLReporter.identifier: XMLReporter()
        case HTMLReporter.identifier: HTMLReporter()
        case SARIFReporter.identifier: SARIFReporter()
        case JUnitReporter.identifier: JUnitReporter()
        case CheckstyleReporter.identifier: CheckstyleReporter()
        case GitHubReporter.identifier: GitHubReporter()
        case MarkdownReporter.identifier: MarkdownReporter()
        default: nil
        }
    }
}
