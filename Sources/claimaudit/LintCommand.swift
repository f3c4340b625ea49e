import ArgumentParser
import ClaimAudit
import Foundation
import Synchronization

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint a repository of articles in CI: config, suppressions, baseline, CI formats.",
        discussion: """
        Walks the given folders (default: the current one) for articles that \
        match the configuration's include globs and none of its exclude globs, \
        audits them in parallel, and reports in the chosen format. The \
        configuration is claimaudit.xml or .claimaudit.xml, found by walking up \
        from the working directory, or given with --config.

        Exit status: 0 when no finding reaches fail-on, 1 when one does, 2 for \
        usage, configuration, rule or input errors (an unreadable article is \
        reported and the others are still linted).
        """
    )

    @Argument(help: ArgumentHelp("Folders or articles to lint (default: .).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Configuration file (default: nearest claimaudit.xml or .claimaudit.xml).", valueName: "file"))
    var config: String?

    @Flag(help: "Ignore any configuration file: shipped rules, default globs.")
    var noConfig = false

    @OptionGroup var reportFormat: ReportFormatOptions

    @Option(help: FailLevel.help(default: "the config's fail-on, else error"))
    var failOn: FailLevel?

    @Option(name: .shortAndLong, help: ArgumentHelp("Files audited at once (default: number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every current finding in this baseline file (then exit 0 unless an input failed).", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Lint only files git reports as changed since this revision (plus untracked files).", valueName: "rev"))
    var changedSince: String?

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var color: ColorOption

    @Option(help: "Show progress on standard error: auto (when it is a terminal and the run is long), always or never.")
    var progress: ColorMode = .auto

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if noConfig && config != nil { throw ValidationError("Give --config or --no-config, not both.") }
    }

    func run() throws {
        let setup = try loadSetup()
        let files = try selectFiles(setup.walker)
        let linter = try makeLinter(setup)
        if files.files.isEmpty && files.errors.isEmpty {
            // Normal with --changed-since; worth a word otherwise.
            Console.error("claimaudit: no articles to lint (include: \(setup.walker.include.map(\.pattern).joined(separator: " ")))")
        }
        for error in files.errors { Console.error(error.description) }
        // Read before linting, so a bad baseline costs no audit. A run that
        // records a baseline reports every finding, as before.
        var known: Baseline? = nil
        if writeBaseline == nil, let baseline {
            known = try Console.exitOnError { try Baseline.read(baseline) }
        }
        let reporter = try makeReporter(linter)
        let file = try OutputFile.open(reportFormat.output)

        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let meter = ProgressMeter(total: files.files.count, mode: progress)
        var report: (@Sendable (Int) -> Void)? = nil
        if let meter { report = { meter.update($0) } }
        let run = StreamedLint(linter: linter, jobs: jobs, root: setup.config.root,
                               baseline: known, recordsBaseline: writeBaseline != nil)
        // Each article's report is written as soon as it is its turn.
        let outcome = try Console.exitOnError(cleanup: { meter?.finish() }) {
            try run.run(files.files, reporter: reporter, progress: report,
                        failed: { error in
                            meter?.finish()
                            Console.error(error.description)
                        },
                        write: file.write)
        }
        meter?.finish()

        if let writeBaseline, let recorded = outcome.recorded {
            try Console.exitOnError {
                try AtomicFile.write(try recorded.encoded(), to: writeBaseline)
                let count = recorded.entries.reduce(0) { $0 + $1.count }
                Console.error("claimaudit: wrote \(count) findings to baseline \(writeBaseline)")
            }
        }
        try file.commit()
        if !files.errors.isEmpty || outcome.failures > 0 { throw ExitCode(2) }
        if writeBaseline != nil { return }
        let level = failOn ?? setup.config.failOn.flatMap(FailLevel.init(rawValue:)) ?? .error
        try level.check(worst: outcome.worstSeverity)
    }

    /// The format's reporter, with the rule descriptions (sarif) or the
    /// configured limits (html) lint knows.
    func makeReporter(_ linter: Linter) throws -> any Reporter {
        let format = reportFormat.format
        if format == SARIFReporter.identifier {
            return SARIFReporter(descriptions: SARIFReporter.descriptions(for: linter.auditor.ruleSet))
        }
        if format == HTMLReporter.identifier {
            // The editor's verdict is judged by the same limits as the document rules.
            return HTMLReporter(options: HTMLOptions(thresholds: linter.documentRules.thresholds))
        }
        let options = ReportOptions(color: color.enabled(output: reportFormat.output))
        guard let reporter = Reporters.make(format, options: options) else { throw ExitCode(2) }
        return reporter
    }

    // MARK: Steps

    struct Setup {
        var config: LintConfig
        var ruleSet: RuleSet
        var walker: FileWalker
    }

    /// Config (found or given), rule packs, config applied: exit 2 on any problem.
    func loadSetup() throws -> Setup {
        let settings = try Console.exitOnError {
            if !noConfig, let path = config ?? ConfigLoader.discover() { return try ConfigLoader.load(path: path) }
            return LintConfig(root: PathNames.currentDirectory())
        }
        let set = try Console.exitOnError {
            var set = (rules.noDefaultRules || !settings.defaultRules) ? RuleSet() : try RuleLoader.loadDefaults()
            for path in settings.rulePaths {
                set.merge(InputReader.isDirectory(path) ? try RuleLoader.load(directory: path) : try RuleLoader.load(files: [path]))
            }
            for dir in rules.ruleDirectories { set.merge(try RuleLoader.load(directory: dir)) }
            try settings.apply(to: &set, extraRuleIDs: DocumentRules.ids.union([Suppressions.unusedRuleID]))
            return set
        }
        let walker = FileWalker(include: settings.effectiveInclude, exclude: settings.exclude, root: settings.root)
        return Setup(config: settings, ruleSet: set, walker: walker)
    }

    func makeLinter(_ setup: Setup) throws -> Linter {
        try Console.exitOnError {
            let auditor = try Auditor(ruleSet: setup.ruleSet)
            var linter = Linter(auditor: auditor, documentRules: try DocumentRules(config: setup.config),
                                inputFormat: inputFormat.inputFormat)
            if let unused = setup.config.setting(for: Suppressions.unusedRuleID) {
                if unused.enabled == false { linter.unusedSuppressionSeverity = nil }
                if let severity = unused.severity, unused.enabled != false { linter.unusedSuppressionSeverity = severity }
            }
            return linter
        }
    }

    /// The files to lint: walked from the paths, or git's changed files
    /// under them when --changed-since is given.
    func selectFiles(_ walker: FileWalker) throws -> FileWalker.Result {
        let roots = paths.isEmpty ? ["."] : paths
        guard let rev = changedSince else { return walker.walk(roots) }
        let changed = try Console.exitOnError { try GitChanges.files(since: rev) }
        var result = FileWalker.Result()
        let absoluteRoots = roots.map { PathNames.absolute($0) }
        for file in changed {
            let absolute = PathNames.absolute(file)
            let underRoot = absoluteRoots.contains { $0 == absolute || PathNames.relative(absolute, to: $0) != nil }
            if underRoot && walker.selects(file) && !InputReader.isDirectory(file) { result.files.append(file) }
        }
        return result
    }
}

/// Progress on standard error: `linted 412/840` rewritten in place, at most
/// five times a second, only when stderr is a terminal (or forced) and the
/// run has lasted over a second.
final class ProgressMeter: Sendable {
    private let total: Int
    private let forced: Bool
    private let start = Date()
    private let state = Mutex<(last: TimeInterval, shown: Bool)>((0, false))

    init?(total: Int, mode: ColorMode) {
        if mode == .never || total == 0 { return nil }
        if mode == .auto && !Console.stderrIsTerminal { return nil }
        self.total = total
        self.forced = mode == .always
    }

    func update(_ done: Int) {
        let now = Date().timeIntervalSince(start)
        let show = state.withLock { s -> Bool in
            guard forced || now > 1, now - s.last >= 0.2 || done == total else { return false }
            s.last = now
            s.shown = true
            return true
        }
        if show { Console.progress("claimaudit: linted \(done)/\(total) files") }
    }

    /// Clears the progress line, if shown: at the end, or before a message
    /// that needs a line of its own (the next update draws it again).
    func finish() {
        if state.withLock({ $0.shown }) { Console.progress("") }
    }
}
