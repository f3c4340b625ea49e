/// The shipped lexicon packs (`rules/lexicons-*.xml`: reporting verbs,
/// attitude verbs, source nouns, documents, outlets, phrases), read from the
/// copies compiled into the binary. Used only for a lexicon id the rule set
/// does not carry (for example with `--no-default-rules`), so the analyser
/// always has its word lists. Derived from the XML rather than kept as a
/// second copy.
enum DefaultLexicons {
    /// Embedded paths of the lexicon packs, sorted.
    static var paths: [String] {
        EmbeddedResources.files.keys.filter { isLexiconPack($0) }.sorted()
    }

    /// True for `rules/lexicons-NAME.xml` (and a legacy `rules/lexicons.xml`).
    static func isLexiconPack(_ path: String) -> Bool {
        guard path.hasPrefix("rules/lexicons"), path.hasSuffix(".xml") else { return false }
        return !path.dropFirst("rules/".count).contains("/")
    }

    static let all: [String: PhraseList] = {
        let sources = paths.compactMap { path in EmbeddedResources.files[path].map { (path: path, bytes: Array($0.utf8)) } }
        guard !sources.isEmpty, let set = try? RuleLoader.load(sources: sources) else { return [:] }
        return set.lexicons.mapValues(\.entries)
    }()
}
