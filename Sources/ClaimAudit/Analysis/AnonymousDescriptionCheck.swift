/// `anonymous-without-description`: an anonymous attribution whose source
/// phrase says neither who the sources are nor how they know ("sources
/// said", "according to officials"). "Two people familiar with the
/// negotiations", "a senior administration official who attended the
/// meeting" and "sources close to the investigation" are described. A
/// definite phrase ("the source added") refers back and is not flagged.
struct AnonymousDescriptionCheck {
    let classifier: SourceClassifier

    /// The source phrases (token ranges) of `found` that lack a description.
    func undescribed(_ found: [FoundAttribution], in t: ClaimTokens) -> [Range<Int>] {
        found.compactMap { a in
            guard a.kind == .anonymous, let phrase = a.sourcePhrase, let source = a.source else { return nil }
            return classifier.isDescribed(phrase, in: t) ? nil : source
        }
    }
}
