/// Decides how each segment is sourced and raises the sourcing findings
/// (`unsourced-claim`, `anonymous-without-description`).
public struct Analyzer: Sendable {
    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) throws {
        self.ruleSet = ruleSet
    }

    // PLACEHOLDER (foundation skeleton): every claim is `none`.
    public func analyze(_ document: Document, _ segmentation: Segmentation) -> [Claim] {
        segmentation.segments.enumerated().map { i, seg in
            Claim(id: "c\(i + 1)", start: seg.range.lowerBound, end: seg.range.upperBound,
                  location: document.source.location(of: seg.range.lowerBound),
                  text: document.text(seg.range), section: seg.section?.text, block: seg.blockKind)
        }
    }
}
