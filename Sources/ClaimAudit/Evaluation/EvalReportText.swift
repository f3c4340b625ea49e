import Foundation

/// Renders an `EvalResult` for people (`text`) or machines (`json`).
public enum EvalReportText {
    public static func text(_ r: EvalResult, perDocument: Bool = false, worst: Int = 20) -> String {
        var out = "\(r.corpus): \(r.documents) documents (\(r.annotators == "all" ? "all annotators" : "first annotator"))\n\n"
        out += "                  partial (shared word)                      exact (same words)\n"
        out += "                  P      R      F1     (tp/pred/gold)        P      R      F1     (tp/pred/gold)\n"
        for (name, f) in [("cue", r.cue), ("source", r.source), ("content", r.content)] {
            out += pad(name, 16) + "  " + prf(f.partial) + "  " + counts(f.partial, 22) + prf(f.exact) + "  " + counts(f.exact, 0) + "\n"
        }
        out += pad("attributed words", 16) + "  " + prf(r.attributedWords) + "  " + counts(r.attributedWords, 0) + "\n"
        out += "\nmost-missed gold cues:\n"
        for c in r.missedCues { out += "  \(pad(String(c.count), 5, left: true))  \(c.text)\n" }
        out += "\nmost frequent false cues:\n"
        for c in r.falseCues { out += "  \(pad(String(c.count), 5, left: true))  \(c.text)\n" }
        if perDocument {
            out += "\nworst documents (mean of partial cue, source, content and attributed-words F1):\n"
            for d in r.perDocument.prefix(worst) {
                out += "  \(fmt(d.score))  cue \(fmt(d.cue.partial.documentF1))  source \(fmt(d.source.partial.documentF1))"
                out += "  content \(fmt(d.content.partial.documentF1))  words \(fmt(d.attributedWords.documentF1))  \(d.name)_\(d.annotator)\n"
            }
        }
        return out
    }

    public static func json(_ r: EvalResult, perDocument: Bool = false) throws -> String {
        var copy = r
        if !perDocument { copy.perDocument = [] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(copy), as: UTF8.self)
    }

    public static func fmt(_ x: Double) -> String {
        let v = Int((x * 1000).rounded())
        let s = String(v % 1000)
        return "\(v / 1000).\(String(repeating: "0", count: 3 - s.count))\(s)"
    }

    static func prf(_ f: EvalFigures) -> String { "\(fmt(f.precision))  \(fmt(f.recall))  \(fmt(f.f1))" }

    static func counts(_ f: EvalFigures, _ width: Int) -> String {
        pad("(\(f.tp)/\(f.predicted)/\(f.gold))", width)
    }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        s.count >= width ? s : left ? String(repeating: " ", count: width - s.count) + s : s + String(repeating: " ", count: width - s.count)
    }
}
