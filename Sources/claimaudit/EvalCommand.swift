import ArgumentParser
import ClaimAudit

/// `claimaudit eval`: measures attribution accuracy on an annotated corpus.
/// The logic lives in `ClaimAudit/Evaluation`; this only parses flags,
/// picks the mode and prints.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure attribution accuracy on an annotated corpus.",
        discussion: """
        CORPUS_DIR is a BRAT-standoff corpus laid out like PolNeAR: \
        text/NAME.txt and attributions/NAME_ANNOTATOR.ann. Prints precision, \
        recall and F1 for cue, source and content spans (partial and exact \
        matching) and for attributed words, and the most-missed and most \
        falsely found cues. With --sentences CSV it instead scores the \
        hedging and weasel rules as a sentence classifier (wikiweasel: \
        precision, recall and F1 of the uncertain class). Exit status: 0, 1 when a --floor is not met, 2 for \
        usage or corpus errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("A BRAT corpus folder with text/ and attributions/.", valueName: "corpus-dir"))
    var corpus: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Score every annotator's file of a text, not only the first by name.")
    var allAnnotators = false

    @Flag(help: "List the worst documents (all documents in JSON).")
    var perDocument = false

    @Option(name: .customLong("floor"),
            help: ArgumentHelp("Exit 1 when a measure's F1 is below VALUE; repeatable. Measures: \(EvalResult.measureNames.joined(separator: ", ")).",
                               valueName: "measure=value"))
    var floors: [String] = []

    @Option(help: ArgumentHelp("Score the hedging and weasel rules on a text,label CSV of sentences (label 1 = uncertain) instead of a BRAT corpus; PTB tokens are undone first.", valueName: "csv"))
    var sentences: String?

    @Option(help: ArgumentHelp("With --sentences: the lowest finding severity that makes a sentence uncertain (info, warning, error).", valueName: "severity"))
    var minSeverity: String = "info"

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if sentences != nil {
            if corpus != nil { throw ValidationError("Give either a corpus folder or --sentences CSV, not both.") }
            if Severity(rawValue: minSeverity) == nil { throw ValidationError("--min-severity must be info, warning or error.") }
            _ = try sentenceFloors()
            return
        }
        if corpus == nil { throw ValidationError("Give a corpus folder (text/ and attributions/).") }
        _ = try parsedFloors()
    }

    func run() throws {
        let auditor = try rules.makeAuditor()
        if let csv = sentences {
            let rows = try Console.exitOnError { try SentenceCSV.read(csv) }
            let evaluation = SentenceEvaluation(auditor: auditor, minimumSeverity: Severity(rawValue: minSeverity) ?? .info)
            let result = evaluation.evaluate(rows)
            Console.write(Array(result.text().utf8))
            if let floor = try sentenceFloors(), result.f1 < floor {
                Console.error("error: uncertain F1 \(EvalReportText.fmt(result.f1)) is below the floor \(floor)")
                throw ExitCode(1)
            }
            return
        }
        let result = try Console.exitOnError {
            let listing = try BratCorpus(directory: corpus!, allAnnotators: allAnnotators)
            return try CorpusEvaluator(auditor: auditor).evaluate(listing, allAnnotators: allAnnotators)
        }
        try printResult(result)
        try checkFloors(result)
    }

    func printResult(_ result: EvalResult) throws {
        switch format {
        case .text: Console.write(Array(EvalReportText.text(result, perDocument: perDocument).utf8))
        case .json: Console.print(try EvalReportText.json(result, perDocument: perDocument))
        }
    }

    /// With --sentences, the one measure is `uncertain` (F1 of the
    /// uncertain class): `--floor uncertain=0.55`.
    func sentenceFloors() throws -> Double? {
        var floor: Double?
        for spec in floors {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "uncertain", let v = Double(parts[1]) else {
                throw ValidationError("Bad --floor '\(spec)': with --sentences use uncertain=VALUE.")
            }
            floor = v
        }
        return floor
    }

    /// Parsed `--floor measure=value` flags.
    func parsedFloors() throws -> [(String, Double)] {
        try floors.map { spec in
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, EvalResult.measureNames.contains(parts[0]), let v = Double(parts[1]) else {
                throw ValidationError("Bad --floor '\(spec)': use MEASURE=VALUE with MEASURE one of \(EvalResult.measureNames.joined(separator: ", ")).")
            }
            return (parts[0], v)
        }
    }

    func checkFloors(_ result: EvalResult) throws {
        var failed = false
        for (name, floor) in try parsedFloors() {
            let f1 = result.f1(of: name) ?? 0
            if f1 < floor {
                Console.error("error: \(name) F1 \(EvalReportText.fmt(f1)) is below the floor \(floor)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
