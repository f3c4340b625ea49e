/// Scores claimaudit's attributions against a BRAT-annotated corpus (see
/// `claimaudit eval`): cue, source and content spans under partial and
/// exact matching, and attributed words.
///
/// Gold spans are every `Cue`, `Source` and `Content` annotation of the
/// chosen annotator's file. Predicted spans are the cue, source and content
/// of every attribution a claim makes itself (inherited copies are not new
/// predictions), each distinct span counted once. A content with a
/// `contentContinuation` is one span of two pieces (its token set is both).
public struct CorpusEvaluator: Sendable {
    public let auditor: Auditor
    /// How many cue texts to list as most missed / most falsely found.
    public var listLength = 20

    public init(auditor: Auditor) {
        self.auditor = auditor
    }

    public func evaluate(_ corpus: BratCorpus, allAnnotators: Bool = false) throws -> EvalResult {
        var result = EvalResult(corpus: corpus.directory, documents: corpus.entries.count,
                                annotators: allAnnotators ? "all" : "first")
        var missed: [String: Int] = [:]
        var falseCues: [String: Int] = [:]
        var reports: [String: DocumentReport] = [:]
        for entry in corpus.entries {
            let source = try InputReader.read(entry.textPath)
            let report: DocumentReport
            if let done = reports[entry.textPath] {
                report = done
            } else {
                report = try auditor.audit(source, format: .text)
                if allAnnotators { reports[entry.textPath] = report }
            }
            let gold = try BratReader.read(entry.annotationPath)
            let score = try scoreDocument(entry, source: source, report: report, gold: gold,
                                          missed: &missed, falseCues: &falseCues)
            result.cue += score.cue
            result.source += score.source
            result.content += score.content
            result.attributedWords += score.attributedWords
            result.perDocument.append(score)
        }
        func top(_ counts: [String: Int]) -> [CueCount] {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(listLength).map { CueCount(text: $0.key, count: $0.value) }
        }
        result.missedCues = top(missed)
        result.falseCues = top(falseCues)
        result.perDocument.sort { ($0.score, $0.name, $0.annotator) < ($1.score, $1.name, $1.annotator) }
        return result
    }

    /// Scores one document and adds its unmatched cue texts to the tallies.
    func scoreDocument(_ entry: BratCorpus.Entry, source: SourceText, report: DocumentReport, gold: [BratSpan],
                       missed: inout [String: Int], falseCues: inout [String: Int]) throws -> DocumentScore {
        let words = WordIndex(bytes: source.bytes)
        var score = DocumentScore(name: entry.name, annotator: entry.annotator)

        // Gold spans in byte offsets.
        var goldSpans: [String: [[Range<Int>]]] = ["Cue": [], "Source": [], "Content": []]
        for span in gold where goldSpans[span.label] != nil {
            var pieces: [Range<Int>] = []
            for p in span.pieces {
                guard let b = words.byteRange(codePoints: p) else {
                    throw ClaimAuditError.input(path: entry.annotationPath, line: 0, column: 0,
                                                message: "annotation \(span.id) (\(p.lowerBound)-\(p.upperBound)) lies outside \(entry.textPath) (\(words.scalarCount) characters)")
                }
                pieces.append(b)
            }
            goldSpans[span.label]!.append(pieces)
        }

        // Predicted spans, each distinct range once.
        var predicted: [String: [[Range<Int>]]] = ["Cue": [], "Source": [], "Content": []]
        var seen: [String: Set<Range<Int>>] = ["Cue": [], "Source": [], "Content": []]
        var attributedWords = Set<Int>()
        for claim in report.claims {
            if claim.kind != .none && claim.kind != .analysis, let r = words.words(in: claim.start..<claim.end) {
                attributedWords.formUnion(r)
            }
            for a in claim.attributions where !AttributionScope.isInherited(a) {
                for (label, span) in [("Cue", a.cue), ("Source", a.sourcePhrase ?? a.source), ("Content", a.content)] {
                    guard let span, !span.range.isEmpty, seen[label]!.insert(span.range).inserted else { continue }
                    // A split statement ("“A,” she said, “B.”") is one
                    // content of two pieces, as PolNeAR marks it.
                    if label == "Content", let more = a.contentContinuation, !more.range.isEmpty {
                        predicted[label]!.append([span.range, more.range])
                    } else {
                        predicted[label]!.append([span.range])
                    }
                }
            }
        }

        for label in ["Cue", "Source", "Content"] {
            let p = predicted[label]!.map(words.tokens)
            let g = goldSpans[label]!.map(words.tokens)
            let partial = SpanMatching.partial(predicted: p, gold: g)
            let exact = SpanMatching.exact(predicted: p, gold: g)
            let figures = SpanFigures(partial: EvalFigures(tp: partial.count, predicted: p.count, gold: g.count),
                                      exact: EvalFigures(tp: exact.count, predicted: p.count, gold: g.count))
            switch label {
            case "Cue":
                score.cue = figures
                let matchedG = Set(partial.map(\.1))
                let matchedP = Set(partial.map(\.0))
                for (j, pieces) in goldSpans[label]!.enumerated() where !matchedG.contains(j) {
                    missed[text(pieces, source), default: 0] += 1
                }
                for (i, pieces) in predicted[label]!.enumerated() where !matchedP.contains(i) {
                    falseCues[text(pieces, source), default: 0] += 1
                }
            case "Source": score.source = figures
            default: score.content = figures
            }
        }

        var goldWords = Set<Int>()
        for label in ["Cue", "Source", "Content"] {
            for pieces in goldSpans[label]! {
                for piece in pieces { if let r = words.words(in: piece) { goldWords.formUnion(r) } }
            }
        }
        score.attributedWords = EvalFigures(tp: goldWords.intersection(attributedWords).count,
                                            predicted: attributedWords.count, gold: goldWords.count)
        return score
    }

    /// Lower-cased text of a span, white space folded, pieces joined by a space.
    private func text(_ pieces: [Range<Int>], _ source: SourceText) -> String {
        let joined = pieces.map { source.string($0) }.joined(separator: " ").lowercased()
        return joined.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
