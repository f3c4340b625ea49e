/// Loads rule packs from XML and checks them against `rules/rules.xsd`.
public enum RuleLoader {
    // PLACEHOLDER (foundation skeleton): the real loader validates and parses.
    public static func load(directory: String) throws -> RuleSet { RuleSet() }
    public static func load(files: [String]) throws -> RuleSet { RuleSet() }
}

extension RuleLoader {
    /// The shipped packs: from `ResourceLocator.home` when found, else embedded.
    public static func loadDefaults() throws -> RuleSet {
        if let home = ResourceLocator.home { return try load(directory: home + "/rules") }
        return RuleSet()
    }
}
