import Foundation
@testable import ClaimAudit

/// Builds documents and segmentations by hand so the analyser's tests do not
/// depend on the segmenter: one segment per given sentence, optional
/// quotations and sections.
enum AnalysisFixture {
    static func checkRule(_ id: String, severity: Severity = .warning, enabled: Bool = true) -> Rule {
        Rule(id: id, category: "sourcing", severity: severity, message: "\(id): {match}",
             kind: .check(name: id), origin: RuleOrigin(path: "test", line: 1), enabled: enabled)
    }

    /// Both sourcing checks enabled; lexicons from the built-in defaults.
    /// The shipped pattern rules (rules/attribution.xml) are included: they
    /// are part of how attributions are found.
    static let ruleSet = RuleSet(rules: [checkRule("unsourced-claim"), checkRule("anonymous-without-description")]
        + (try! RuleLoader.loadDefaults()).rules.filter { if case .tokenPattern = $0.kind { return true } else { return false } })

    static let analyzer = try! Analyzer(ruleSet: ruleSet)

    /// A one-paragraph document whose segments are `sentences` (joined by a space).
    static func document(_ sentences: [String], kinds: [Block.Kind]? = nil, sections: [SectionLabel?]? = nil,
                         quotations: (Document) -> [Quotation] = { _ in [] }) -> (Document, Segmentation) {
        var text = ""
        var ranges: [Range<Int>] = []
        for (i, s) in sentences.enumerated() {
            let kind = kinds?[i] ?? .paragraph
            if i > 0 {
                // A new block (list item) starts on a new paragraph.
                let prevKind = kinds?[i - 1] ?? .paragraph
                text += (kind != prevKind || kind == .listItem) ? "\n\n" : " "
            }
            let start = text.utf8.count
            text += s
            ranges.append(start..<text.utf8.count)
        }
        let doc = TextLoader.load(SourceText(path: "t.txt", text: text))
        var segments: [Segment] = []
        var block = 0
        for (i, r) in ranges.enumerated() {
            let kind = kinds?[i] ?? .paragraph
            if i > 0, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: r.lowerBound - 1)] == 0x0A { block += 1 }
            segments.append(Segment(range: r, blockIndex: block, blockKind: kind, section: sections?[i] ?? nil,
                                    startsBlock: i == 0 || segments.last?.blockIndex != block))
        }
        return (doc, Segmentation(segments: segments, quotations: quotations(doc)))
    }

    static func claims(_ sentences: [String], kinds: [Block.Kind]? = nil, sections: [SectionLabel?]? = nil,
                       quotations: (Document) -> [Quotation] = { _ in [] }, analyzer: Analyzer = analyzer) -> [Claim] {
        let (doc, seg) = document(sentences, kinds: kinds, sections: sections, quotations: quotations)
        return analyzer.analyze(doc, seg)
    }

    /// The attributions of a single sentence.
    static func attributions(_ sentence: String) -> [Attribution] {
        claims([sentence])[0].attributions
    }

    /// (kind, cue text, source text) of each attribution, outermost first.
    static func summary(_ sentence: String) -> [Summary] {
        attributions(sentence).map { Summary(kind: $0.kind, cue: $0.cue?.text, source: $0.source?.text) }
    }

    struct Summary: Equatable, CustomStringConvertible {
        var kind: AttributionKind
        var cue: String?
        var source: String?
        var description: String { "(\(kind.rawValue), \(cue ?? "-"), \(source ?? "-"))" }
    }

    static func s(_ kind: AttributionKind, _ cue: String?, _ source: String?) -> Summary {
        Summary(kind: kind, cue: cue, source: source)
    }

    /// Byte range of `needle` in `text` (first occurrence).
    static func range(of needle: String, in text: String) -> Range<Int> {
        let r = text.range(of: needle)!
        let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        return start..<(start + needle.utf8.count)
    }

}
