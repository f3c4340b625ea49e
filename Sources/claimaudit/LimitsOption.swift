import ArgumentParser
import ClaimAudit

/// `--config` / `--no-config` for the HTML reports: the house limits that
/// judge each article (verdict, figures, index) are the lint
/// configuration's document-level metric rules, so `lint` and the editor's
/// report never disagree; the shipped defaults without a configuration.
struct LimitsOption: ParsableArguments {
    @Option(help: ArgumentHelp("The configuration whose metric limits judge each article in the HTML report (default: claimaudit.xml or .claimaudit.xml found upward from the working directory).", valueName: "file"))
    var config: String?

    @Flag(help: "Ignore any configuration file: judge articles by the shipped limits.")
    var noConfig = false

    func validate() throws {
        if noConfig && config != nil { throw ValidationError("Give --config or --no-config, not both.") }
    }

    /// The limits in force (exit 2 on a bad configuration).
    func thresholds() throws -> MetricThresholds {
        guard !noConfig, let path = config ?? ConfigLoader.discover() else { return MetricThresholds() }
        return try Console.exitOnError { try DocumentRules(config: ConfigLoader.load(path: path)).thresholds }
    }
}
