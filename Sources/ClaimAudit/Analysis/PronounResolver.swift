/// Resolves pronoun sources ("he said") to the last compatible named
/// source in the same or the previous paragraph, into
/// `Attribution.resolvedSource`. The pronoun stays the reported `source`.
///
/// Compatible: for "he"/"she", a named source that is not a pronoun, an
/// outlet or a document, and starts with a capital (a person's name or
/// title); for "it"/"they", a named source or outlet with a capital (an
/// organisation, a campaign). Works on the finished claims, in document
/// order, so it costs one pass over the attributions.
enum PronounResolver {
    static let personal: Set<UInt64> = FunctionWords.keys(["he", "she"])
    static let collective: Set<UInt64> = FunctionWords.keys(["it", "they"])

    static func resolve(_ claims: inout [Claim], view: [UInt8]) {
        // Candidates seen so far: (span, paragraph, person-like, organisation-like).
        var people: [(Span, Int)] = []
        var groups: [(Span, Int)] = []
        var resolved: [Int: Span] = [:]   // pronoun start -> antecedent
        for claim in claims {
            for a in claim.attributions where !AttributionScope.isInherited(a) {
                guard let s = a.source, s.end > s.start else { continue }
                let key = TokenKey.of(bytes: view, in: s.start..<s.end)
                if personal.contains(key) || collective.contains(key) {
                    let pool = personal.contains(key) ? people : groups
                    if let last = pool.last, last.1 >= claim.paragraph - 1 { resolved[s.start] = last.0 }
                    continue
                }
                guard startsWithCapital(s, view) else { continue }
                switch a.kind {
                case .named:
                    people.append((s, claim.paragraph))
                    groups.append((s, claim.paragraph))
                case .outlet:
                    groups.append((s, claim.paragraph))
                default:
                    break
                }
            }
        }
        guard !resolved.isEmpty else { return }
        for c in claims.indices {
            for k in claims[c].attributions.indices {
                if let s = claims[c].attributions[k].source, let r = resolved[s.start] {
                    claims[c].attributions[k].resolvedSource = r
                }
            }
        }
    }

    /// True when the span's first letter is an upper-case ASCII letter (or
    /// a non-ASCII letter, which we cannot case cheaply and accept).
    static func startsWithCapital(_ s: Span, _ view: [UInt8]) -> Bool {
        var i = s.start
        while i < s.end {
            let b = view[i]
            if b >= 0x41 && b <= 0x5A { return true }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x80 { return true }
            i += 1
        }
        return false
    }
}
