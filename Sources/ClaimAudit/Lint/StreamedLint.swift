/// `claimaudit lint` once its files are chosen: lints them in parallel and
/// writes each article's report through the format's stream as soon as it
/// is its turn in input order, after the baseline has filtered it. Nothing
/// is kept per article but the baseline keys when one is being recorded, so
/// memory stays flat however large the archive (a newsroom's CI over every
/// article on every push).
///
/// The bytes written are those of rendering the whole collection at once
/// (`Linter.lint(_:jobs:)`, `Baseline.filter`, `Reporter.render`), for any
/// number of jobs; an unreadable or malformed file is reported through
/// `failed` in its turn and left out of the report, the others still are.
public struct StreamedLint: Sendable {
    public var linter: Linter
    /// Files audited at once.
    public var jobs: Int
    /// At most this many linted articles wait for their turn to be written
    /// (nil: four per job).
    public var window: Int?
    /// The folder baseline paths are relative to (the configuration's).
    public var root: String
    /// Findings to leave out of the report (`--baseline`).
    public var baseline: Baseline?
    /// Record every finding, before any baseline filtering, in
    /// `Outcome.recorded` (`--write-baseline`).
    public var recordsBaseline = false

    public init(linter: Linter, jobs: Int, root: String, baseline: Baseline? = nil, recordsBaseline: Bool = false) {
        self.linter = linter
        self.jobs = jobs
        self.root = root
        self.baseline = baseline
        self.recordsBaseline = recordsBaseline
    }

    /// What a run found, summed as it went.
    public struct Outcome: Sendable {
        /// Articles in the report.
        public var documents = 0
        /// Inputs that could not be read, loaded or audited.
        public var failures = 0
        /// The most severe finding left in the report (after the baseline).
        public var worstSeverity: Severity?
        /// Findings the baseline removed.
        public var removedByBaseline = 0
        /// The baseline of every finding, when `recordsBaseline`.
        public var recorded: Baseline?
    }

    /// Lints `paths` and writes the report for `reporter` to `write` in
    /// pieces. `failed` is called on the calling thread, in input order, for
    /// each file that could not be linted; `progress` from any thread with
    /// the number linted so far. Throws what `write` or the report stream
    /// throws, after stopping the other threads.
    public func run(_ paths: [String], reporter: any Reporter, tool: String = ClaimAuditVersion.string,
                    progress: (@Sendable (Int) -> Void)? = nil,
                    failed: (ClaimAuditError) -> Void,
                    write: ([UInt8]) throws -> Void) throws -> Outcome {
        var stream: any ReportStream = (reporter as? any StreamingReporter)?.makeStream() ?? WholeReportStream(reporter: reporter)
        var filter = baseline.map { Baseline.Filter($0, root: root) }
        var recorder = recordsBaseline ? Baseline.Recorder(root: root) : nil
        var outcome = Outcome()
        try write(stream.begin(tool: tool))
        try linter.lint(paths, jobs: jobs, window: window, progress: progress) { _, result in
            switch result {
            case .failure(let error):
                outcome.failures += 1
                failed(error)
            case .success(var doc):
                recorder?.add(doc)
                if filter != nil { outcome.removedByBaseline += filter!.apply(to: &doc) }
                outcome.documents += 1
                if let worst = doc.worstSeverity, outcome.worstSeverity.map({ worst > $0 }) ?? true {
                    outcome.worstSeverity = worst
                }
                try write(stream.add(doc))
            }
        }
        try stream.end(writingTo: write)
        outcome.recorded = recorder?.baseline
        return outcome
    }
}

/// The stream of a reporter that can only render a whole report: holds the
/// documents and renders them at the end (every shipped format streams).
struct WholeReportStream: ReportStream {
    let reporter: any Reporter
    private var report = AuditReport(documents: [])

    init(reporter: any Reporter) { self.reporter = reporter }

    mutating func begin(tool: String) throws -> [UInt8] {
        report.tool = tool
        return []
    }

    mutating func add(_ document: DocumentReport) throws -> [UInt8] {
        report.documents.append(document)
        return []
    }

    mutating func end() throws -> [UInt8] { try reporter.render(report) }
}
