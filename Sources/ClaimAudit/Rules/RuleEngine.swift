/// Runs the `phrases` and `regex` rules over claims. Compiled once per rule
/// set; `findings(in:claims:segmentation:)` is pure.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) throws {
        self.ruleSet = ruleSet
    }

    // PLACEHOLDER (foundation skeleton): no findings.
    public func apply(to claims: inout [Claim], document: Document, segmentation: Segmentation) {}
}
