import Foundation

/// `claimaudit eval --sentences CSV`: the hedging and weasel rules scored as
/// a sentence classifier on a labelled set such as wikiweasel (CoNLL-2010
/// Wikipedia sentences labelled certain 0 / uncertain 1).
///
/// Each sentence is de-tokenised (`PTBText`) and audited on its own as a
/// plain-text document with the full pipeline; it counts as uncertain when a
/// finding of one of `categories` at `minimumSeverity` or above falls in it.
/// The positive class is "uncertain".
public struct SentenceEvaluation: Sendable {
    public let auditor: Auditor
    /// Finding categories that make a sentence uncertain.
    public var categories: Set<String>
    public var minimumSeverity: Severity

    public init(auditor: Auditor, categories: Set<String> = ["hedging", "weasel"], minimumSeverity: Severity = .info) {
        self.auditor = auditor
        self.categories = categories
        self.minimumSeverity = minimumSeverity
    }

    /// Audits every row, each as its own document (no context carries
    /// between rows). A row that fails to load is counted as not flagged.
    public func evaluate(_ rows: [LabelledSentence]) -> SentenceEvalResult {
        var result = SentenceEvalResult()
        for row in rows {
            let source = SourceText(path: "line \(row.line)", text: PTBText.detokenize(row.text))
            guard let report = try? auditor.audit(source, format: .text) else { continue }
            let findings = report.claims.flatMap(\.findings).filter {
                categories.contains($0.category) && $0.severity >= minimumSeverity
            }
            result.add(uncertain: row.uncertain, findings: findings)
        }
        return result
    }
}

/// One labelled sentence: its text as stored and whether it is uncertain.
public struct LabelledSentence: Sendable, Hashable {
    public var text: String
    public var uncertain: Bool
    /// 1-based line of the CSV record's start.
    public var line: Int

    public init(text: String, uncertain: Bool, line: Int) {
        self.text = text
        self.uncertain = uncertain
        self.line = line
    }
}

/// Counts of the uncertain-class confusion matrix, and per rule how often
/// its findings fell in certain and uncertain sentences.
public struct SentenceEvalResult: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0
    /// Rule id → (sentences flagged, of which uncertain).
    public var perRule: [String: RuleTally] = [:]
    /// Matched words (lower-cased) → tally, for the commonest false alarms.
    public var perMatch: [String: RuleTally] = [:]

    public struct RuleTally: Sendable, Hashable {
        public var flagged = 0
        public var uncertain = 0
        public var precision: Double { flagged == 0 ? 0 : Double(uncertain) / Double(flagged) }
    }

    public init() {}

    mutating func add(uncertain: Bool, findings: [Finding]) {
        let flagged = !findings.isEmpty
        switch (flagged, uncertain) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
        for rule in Set(findings.map(\.rule)) {
            perRule[rule, default: RuleTally()].flagged += 1
            if uncertain { perRule[rule, default: RuleTally()].uncertain += 1 }
        }
        for match in Set(findings.map { Self.matchText($0) }) {
            perMatch[match, default: RuleTally()].flagged += 1
            if uncertain { perMatch[match, default: RuleTally()].uncertain += 1 }
        }
    }

    /// The words a finding matched, from its message (`“…”`), lower-cased;
    /// the rule id when the message quotes nothing.
    static func matchText(_ f: Finding) -> String {
        let m = f.message
        guard let open = m.firstIndex(of: "“"), let close = m[open...].firstIndex(of: "”") else { return f.rule }
        return "\(f.rule): " + m[m.index(after: open)..<close].lowercased()
    }

    public var sentences: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// A plain-text report: the scores, then per rule, then the commonest
    /// false alarms by matched words.
    public func text(worst: Int = 10) -> String {
        func f(_ x: Double) -> String { EvalReportText.fmt(x) }
        var out = "sentences \(sentences): uncertain-class P \(f(precision)) R \(f(recall)) F1 \(f(f1))"
        out += " (TP \(truePositives), FP \(falsePositives), FN \(falseNegatives), TN \(trueNegatives))\n"
        out += "per rule (sentences flagged, precision):\n"
        for (rule, t) in perRule.sorted(by: { ($0.value.flagged, $1.key) > ($1.value.flagged, $0.key) }) {
            out += "  \(rule): \(t.flagged), \(f(t.precision))\n"
        }
        out += "commonest false alarms (matched words: false, flagged):\n"
        let falses = perMatch.map { ($0.key, $0.value.flagged - $0.value.uncertain, $0.value.flagged) }
            .filter { $0.1 > 0 }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        for (match, wrong, flagged) in falses.prefix(worst) { out += "  \(match): \(wrong), \(flagged)\n" }
        return out
    }
}

/// Reads a `text,label` CSV (RFC 4180: quoted fields may hold commas,
/// doubled quotes and line breaks). The label column is `1` (uncertain) or
/// `0` (certain); a header row whose label is not a digit is skipped.
public enum SentenceCSV {
    public static func read(_ path: String) throws -> [LabelledSentence] {
        try parse(InputReader.read(path).bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws -> [LabelledSentence] {
        var rows: [LabelledSentence] = []
        var i = 0
        var line = 1
        let n = bytes.count
        while i < n {
            let recordLine = line
            var fields: [[UInt8]] = []
            var field: [UInt8] = []
            var inQuotes = false
            var fieldStart = true
            recordLoop: while i < n {
                let b = bytes[i]
                if inQuotes {
                    if b == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        inQuotes = false
                        i += 1
                        continue
                    }
                    if b == 0x0A { line += 1 }
                    field.append(b)
                    i += 1
                    continue
                }
                switch b {
                case 0x22 where fieldStart:
                    inQuotes = true
                    fieldStart = false
                    i += 1
                case 0x2C:
                    fields.append(field); field = []; fieldStart = true
                    i += 1
                case 0x0A:
                    line += 1
                    i += 1
                    break recordLoop
                case 0x0D:
                    i += 1
                default:
                    field.append(b); fieldStart = false
                    i += 1
                }
            }
            if inQuotes {
                throw ClaimAuditError.input(path: path, line: recordLine, column: 1, message: "quoted field is never closed")
            }
            fields.append(field)
            if fields.count == 1 && fields[0].isEmpty { continue } // blank line
            guard fields.count == 2 else {
                throw ClaimAuditError.input(path: path, line: recordLine, column: 1,
                                            message: "expected 2 fields (text,label), found \(fields.count)")
            }
            let label = String(decoding: fields[1], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            switch label {
            case "1", "0":
                rows.append(LabelledSentence(text: String(decoding: fields[0], as: UTF8.self), uncertain: label == "1", line: recordLine))
            default:
                if rows.isEmpty && recordLine == 1 { continue } // header
                throw ClaimAuditError.input(path: path, line: recordLine, column: 1,
                                            message: "label must be 0 (certain) or 1 (uncertain), found '\(label)'")
            }
        }
        return rows
    }
}

/// Undoes Penn Treebank tokenisation so the rules see ordinary prose:
/// bracket tokens (`-LRB-`), TeX quotes (` `` ` → “, `''` → ”), and the
/// spaces PTB puts before punctuation and clitics and inside brackets and
/// quotes.
public enum PTBText {
    static let brackets: [(String, String)] = [
        ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
        ("``", "“"), ("''", "”"),
    ]
    static let clitics: Set<String> = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T"]
    static let attachLeft: Set<String> = [",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "..."]
    static let attachRight: Set<String> = ["(", "[", "{", "“", "$"]

    public static func detokenize(_ text: String) -> String {
        var words: [String] = []
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            var w = String(raw)
            for (from, to) in brackets where w.contains(from) { w = w.replacingOccurrences(of: from, with: to) }
            words.append(w)
        }
        var out = ""
        var glueNext = false
        for w in words {
            if out.isEmpty || glueNext || attachLeft.contains(w) || clitics.contains(w) {
                out += w
            } else {
                out += " " + w
            }
            glueNext = attachRight.contains(w)
        }
        return out
    }
}
