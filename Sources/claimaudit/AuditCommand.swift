import ArgumentParser
import ClaimAudit

extension InputFormat: ExpressibleByArgument {}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

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

    @Option(name: .shortAndLong, help: "Report format: \(Reporters.identifiers.joined(separator: ", ")).")
    var format: String = TerminalReporter.identifier

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: "Read every input as this format instead of guessing from the extension.")
    var inputFormat: InputFormat?

    @Option(help: "Exit 1 when a finding at or above this severity exists: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(help: "Colour terminal output: auto, always or never.")
    var color: ColorMode = .auto

    @Option(help: ArgumentHelp("Source ledger to verify the article against (default: ARTICLE.sources.xml beside it, when present).", valueName: "file"))
    var ledger: String?

    @Option(help: ArgumentHelp("Independent confidential sources each anonymous claim needs (ledger check).", valueName: "n"))
    var minConfidentialSources: Int = 2
    @OptionGroup var style: StylesheetOption

    @OptionGroup var limits: LimitsOption

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article to audit.") }
        if ledger != nil && files.count != 1 {
            throw ValidationError("--ledger needs exactly one article (for several, put ARTICLE.sources.xml beside each).")
        }
        if minConfidentialSources < 1 { throw ValidationError("--min-confidential-sources must be at least 1.") }
        if style.stylesheet != nil && format != HTMLReporter.identifier {
            throw ValidationError("--stylesheet applies to the html format only.")
        }
        if Reporters.make(format) == nil {
            throw ValidationError("Unknown format '\(format)'. Choose one of: \(Reporters.identifiers.joined(separator: ", ")).")
        }
    }

    func run() throws {
        let ruleSet = try rules.loadRuleSet()
        let auditor: Auditor
        do {
            auditor = try Auditor(ruleSet: ruleSet)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let useColor = color == .always || (color == .auto && output == nil && Console.stdoutIsTerminal)
        guard var reporter = Reporters.make(format, options: ReportOptions(color: useColor)) else {
            throw ExitCode(2)
        }
        if format == HTMLReporter.identifier {
            var options = try style.htmlOptions()
            options.thresholds = try limits.thresholds()
            reporter = HTMLReporter(options: options)
        }
        let transform = try style.transform()
        let verification = VerificationOptions(minConfidentialSources: minConfidentialSources)
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
        do {
            let bytes = try transform?.apply(to: report) ?? reporter.render(report)
            if let output {
                try AtomicFile.write(bytes, to: output)
            } else {
                Console.write(bytes)
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        try finish(hadInputError: hadInputError, worst: report.worstSeverity)
    }

    /// Loads and audits one input (with its ledger, if any).
    func audit(_ path: String, with auditor: Auditor, verification: VerificationOptions) throws -> DocumentReport {
        let source = try InputReader.read(path)
        let format = inputFormat ?? InputFormat.fromExtension(of: path) ?? .text
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
        let file = try OutputFile.open(output)
        func emit(_ bytes: @autoclosure () throws -> [UInt8]) throws {
            do {
                let piece = try bytes()
                if let file { try file.write(piece) } else { Console.write(piece) }
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
        }
        try emit(stream.begin(tool: ClaimAuditVersion.string))
        var audited = 0
        var hadInputError = false
        var worst: Severity? = nil
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
            for f in document.documentFindings where worst == nil || f.severity > worst! { worst = f.severity }
            for c in document.claims {
                for f in c.findings where worst == nil || f.severity > worst! { worst = f.severity }
            }
            try emit(stream.add(document))
        }
        if audited == 0 && hadInputError && file != nil {
            file?.discard()
            throw ExitCode(2)
        }
        do {
            // The HTML report's tail is every document section, copied from
            // disk in pieces: never one array.
            try stream.end { piece in
                if let file { try file.write(piece) } else { Console.write(piece) }
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        do {
            try file?.commit()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        try finish(hadInputError: hadInputError, worst: worst)
    }

    func finish(hadInputError: Bool, worst: Severity?) throws {
        if hadInputError { throw ExitCode(2) }
        if let threshold = failOn.severity, let worst, worst >= threshold {
            throw ExitCode(1)
        }
    }
}
