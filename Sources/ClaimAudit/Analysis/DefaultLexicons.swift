/// The shipped `rules/lexicons.xml`, read from the copy compiled into the
/// binary. Used only for a lexicon id the rule set does not carry (for
/// example with `--no-default-rules`), so the analyser always has its word
/// lists. Derived from the XML rather than kept as a second copy.
enum DefaultLexicons {
    static let all: [String: PhraseList] = {
        guard let text = EmbeddedResources.files["rules/lexicons.xml"],
              let set = try? RuleLoader.load(sources: [(path: "rules/lexicons.xml", bytes: Array(text.utf8))])
        else { return [:] }
        return set.lexicons.mapValues(\.entries)
    }()
}
