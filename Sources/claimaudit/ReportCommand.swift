import ArgumentParser
import ClaimAudit

/// `claimaudit report DIR -o OUTDIR`: the editor's view of a whole folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Audit a folder of articles and write an HTML report per article plus an index.",
        discussion: """
        Writes OUTDIR/index.html (a sortable table: claims, unsourced %, anonymous %, \
        named sources, findings by severity), OUTDIR/index.xml (the same figures, schema \
        reports/collection.xsd) and OUTDIR/articles/NAME.html per article. Folders are \
        searched recursively for .txt, .md and .html files; an ARTICLE.sources.xml \
        ledger beside an article adds its verification section. One unreadable article is \
        reported and listed in the index; the others are still written. \
        Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage, \
        input, rule or output errors.
        """
    )

    @Argument(help: ArgumentHelp("Folders (searched recursively) or article files.", valueName: "dir"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the report into (created if missing).", valueName: "outdir"))
    var output: String

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var failOn: FailOnOption

    @OptionGroup var verification: VerificationOption

    @OptionGroup var limits: LimitsOption

    @OptionGroup var style: StylesheetOption

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one folder or article.") }
    }

    func run() throws {
        let auditor = try rules.makeAuditor()
        var html = try style.htmlOptions()
        html.thresholds = try limits.thresholds()
        var hadError = false
        var names = PageNames()
        var entries: [CollectionEntry] = []
        var worst = WorstSeverity()
        // Each page is written as soon as its article is audited, and only
        // the index figures are kept: memory stays that of one article.
        var writer = CollectionWriter(outputDirectory: output, html: html)
        try Console.exitOnError {
            if let transform = try style.transform() {
                writer.renderPage = { doc in try transform.apply(to: AuditReport(documents: [doc])) }
            }
            try writer.prepare()
        }
        func add(_ entry: CollectionEntry) {
            let (indexed, pageError) = writer.writePage(entry)
            if let pageError {
                Console.error("\(pageError)")
                hadError = true
            }
            entries.append(indexed)
        }
        for input in inputs {
            let found: [(path: String, relative: String)]
            if InputReader.isDirectory(input) {
                do {
                    let root = input.hasSuffix("/") ? input : input + "/"
                    found = try ArticleFinder.articles(in: input, excluding: output).map { path in
                        (path: path, relative: path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path)
                    }
                } catch {
                    Console.error("\(error)")
                    hadError = true
                    continue
                }
            } else {
                found = [(path: input, relative: String(input.split(separator: "/").last ?? "article"))]
            }
            for (path, relative) in found {
                let page = names.name(for: relative)
                do {
                    let source = try InputReader.read(path)
                    let format = inputFormat.format(of: path)
                    // A sidecar source ledger (story.sources.xml) adds the verification section.
                    let ledger = try LedgerLoader.discover(for: path).map { try LedgerLoader.load(path: $0) }
                    let report = try auditor.audit(source, format: format, ledger: ledger, verification: verification.options)
                    worst.add(report)
                    add(CollectionEntry(path: path, name: relative, page: page, report: report))
                } catch {
                    // One bad article is reported and listed; the others go on.
                    Console.error("\(error)")
                    hadError = true
                    add(CollectionEntry(path: path, name: relative, page: page, report: nil, error: "\(error)"))
                }
            }
        }
        let collection = CollectionReport(thresholds: html.thresholds, entries: entries)
        try Console.exitOnError { try writer.writeIndex(collection) }
        if hadError { throw ExitCode(2) }
        try failOn.check(worst: worst.value)
    }
}
