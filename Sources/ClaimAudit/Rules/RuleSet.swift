/// Every rule and lexicon in force for a run.
public struct RuleSet: Sendable {
    public var rules: [Rule]
    public var lexicons: [String: Lexicon]

    public init(rules: [Rule] = [], lexicons: [String: Lexicon] = [:]) {
        self.rules = rules
        self.lexicons = lexicons
    }

    /// The enabled rules only.
    public var enabledRules: [Rule] { rules.filter(\.enabled) }

    /// All section labels from enabled `section-labels` rules.
    public var sectionLabels: [SectionLabel] {
        enabledRules.flatMap { rule -> [SectionLabel] in
            if case .sectionLabels(let labels) = rule.kind { return labels }
            return []
        }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Lexicon entries by id; empty when the lexicon is not loaded.
    public func lexicon(_ id: String) -> PhraseList {
        lexicons[id]?.entries ?? PhraseList(phrases: [])
    }

    /// Adds another pack's rules and lexicons. A later rule or lexicon with
    /// the same id replaces the earlier one, so a house pack can override.
    public mutating func merge(_ other: RuleSet) {
        for rule in other.rules {
            if let i = rules.firstIndex(where: { $0.id == rule.id }) { rules[i] = rule } else { rules.append(rule) }
        }
        for (id, lexicon) in other.lexicons { lexicons[id] = lexicon }
    }
}
