import ArgumentParser
import ClaimAudit

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit articles and report how each claim is sourced.",
        discussion: """
        Exit status: 0 when no finding reaches --fail-on, 1 when one does, \
        2 for usage, input or rule errors.
        """
    )

    @Argument(help: ArgumentHelp("Articles to audit (.txt, .md, .html); - reads standard input.", valueName: "file"))
    var files: [String]

    @OptionGroup var reportFormat: ReportFormatOptions

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var failOn: FailOnOption

    @OptionGroup var color: ColorOption

    @Option(help: ArgumentHelp("Source ledger to verify the article against (default: ARTICLE.sources.xml beside it, when present).", valueName: "file"))
    var ledger: String?

    @OptionGroup var verification: VerificationOption

    @OptionGroup var style: StylesheetOption

    @OptionGroup var limits: LimitsOption

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article to audit.") }
        if ledger != nil && files.count != 1 {
            throw ValidationError("--ledger needs exactly one article (for several, put ARTICLE.sources.xml beside each).")
        }
        if style.stylesheet != nil && reportFormat.format != HTMLReporter.identifier {
            throw ValidationError("--stylesheet applies to the html format only.")
        }
    }

    func run() throws {
        let auditor = try rules.makeAuditor()
        let format = reportFormat.format, output = reportFormat.output
        guard var reporter = Reporters.make(format, options: ReportOptions(color: color.enabled(output: output))) else {
            throw ExitCode(2)
        }
        if format == HTMLReporter.identifier {
            var options = try style.htmlOptions()
            options.thresholds = try limits.thresholds()
            reporter = HTMLReporter(options: options)
        }
        let transform = try style.transform()
        let verification = self.verification.options
        if transform == nil, let streaming = reporter as? any StreamingReporter {
            return try runStreaming(auditor: auditor, stream: streaming.makeStream(), verification: verification)
        }
        var documents: [DocumentReport] = []
        var hadInputError = false
        for path in files {
            do {
                documents.append(try audit(path, with: auditor, verification: verification))
            } catch {
                // One bad file is reported; the others are still audited.
                Console.error("\(error)")
                hadInputError = true
            }
        }
        // When no input could be read there is nothing to report: leave an
        // existing --output file as it was rather than replace it with an
        // empty report.
        if documents.isEmpty && hadInputError && output != nil { throw ExitCode(2) }
        let report = AuditReport(documents: documents)
        try Console.exitOnError {
            let bytes = try transform?.apply(to: report) ?? reporter.render(report)
            if let output {
                try AtomicFile.write(bytes, to: output)
            } else {
                Console.write(bytes)
            }
        }
        try finish(hadInputError: hadInputError, worst: report.worstSeverity)
    }

    /// Loads and audits one input (with its ledger, if any).
    func audit(_ path: String, with auditor: Auditor, verification: VerificationOptions) throws -> DocumentReport {
        let source = try InputReader.read(path)
        let format = inputFormat.format(of: path)
        let ledgerPath = ledger ?? LedgerLoader.discover(for: path)
        let sources = try ledgerPath.map { try LedgerLoader.load(path: $0) }
        return try auditor.audit(source, format: format, ledger: sources, verification: verification)
    }

    /// Writes each document's report as soon as it is audited and drops it:
    /// memory stays that of one document however many are given. The
    /// output is the same as rendering all documents at the end; an
    /// `--output` file still appears only when complete.
    func runStreaming(auditor: Auditor, stream: any ReportStream, verification: VerificationOptions) throws {
        var stream = stream
        let file = try OutputFile.open(reportFormat.output)
        func emit(_ bytes: @autoclosure () throws -> [UInt8]) throws {
            try Console.exitOnError { try file.write(bytes()) }
        }
        try emit(stream.begin(tool: ClaimAuditVersion.string))
        var audited = 0
        var hadInputError = false
        var worst = WorstSeverity()
        for path in files {
            let document: DocumentReport
            do {
                document = try audit(path, with: auditor, verification: verification)
            } catch {
                Console.error("\(error)")
                hadInputError = true
                continue
            }
            audited += 1
            worst.add(document)
            try emit(stream.add(document))
        }
        if audited == 0 && hadInputError && file.isFile {
            file.discard()
            throw ExitCode(2)
        }
        // The HTML report's tail is every document section, copied from
        // disk in pieces: never one array.
        try Console.exitOnError { try stream.end(writingTo: file.write) }
        try file.commit()
        try finish(hadInputError: hadInputError, worst: worst.value)
    }

    func finish(hadInputError: Bool, worst: Severity?) throws {
        if hadInputError { throw ExitCode(2) }
        try failOn.check(worst: worst)
    }
}
