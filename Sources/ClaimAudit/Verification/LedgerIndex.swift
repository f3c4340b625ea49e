/// Answers "which ledger entry is this?" for the words of the copy: a named
/// source, a document attribution, a link. Words are compared after
/// `VerificationText` normalisation.
struct LedgerIndex {
    let ledger: Ledger
    /// Per source: its name and aliases as word keys.
    private let sourceNames: [(source: LedgerSource, names: [[String]])]
    private let documentNames: [(document: LedgerDocument, names: [[String]])]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "him", "her", "them", "you"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]

    init(_ ledger: Ledger) {
        self.ledger = ledger
        sourceNames = ledger.sources.map { s in
            (s, ([s.name].compactMap { $0 } + s.aliases).map(VerificationText.keys).filter { !$0.isEmpty })
        }
        documentNames = ledger.documents.map { d in
            (d, ([d.title] + d.aliases).map { Self.stripDeterminers(VerificationText.keys($0)) }.filter { !$0.isEmpty })
        }
    }

    static func isPronoun(_ text: String) -> Bool {
        let keys = VerificationText.keys(text)
        return keys.count == 1 && pronouns.contains(keys[0])
    }

    static func stripDeterminers(_ keys: [String]) -> [String] {
        var k = keys[...]
        while let f = k.first, determiners.contains(f) { k.removeFirst() }
        return Array(k)
    }

    /// The on-record source a named attribution refers to: its name or an
    /// alias occurs in the source words, or (for a name of two words or
    /// more) the source words end with the same surname. The longest
    /// matching name wins. Confidential sources never match by name here.
    func source(named text: String) -> LedgerSource? {
        let words = VerificationText.keys(text)
        guard !words.isEmpty else { return nil }
        var best: (LedgerSource, Int)? = nil
        for (source, names) in sourceNames where !source.confidential {
            for name in names {
                let hit = VerificationText.contains(words, name)
                    || (name.count >= 2 && words.last == name.last && words.count <= name.count + 3)
                if hit && name.count > (best?.1 ?? 0) { best = (source, name.count) }
            }
        }
        return best?.0
    }

    /// Whether `text` names a confidential source (the leak check reports
    /// it; it is not a source missing from the ledger).
    func namesConfidentialSource(_ text: String) -> Bool {
        let words = VerificationText.keys(text)
        return ledger.sources.contains { s in
            guard s.confidential, let name = s.name else { return false }
            let keys = VerificationText.keys(name)
            return VerificationText.contains(words, keys) || (keys.count >= 2 && keys.last!.count >= 4 && words.contains(keys.last!))
        }
    }

    /// The ledger document a document attribution refers to: its title or
    /// an alias occurs in the attribution's source words, or those words
    /// (without determiners) occur in the title.
    func document(named text: String) -> LedgerDocument? {
        let words = Self.stripDeterminers(VerificationText.keys(text))
        guard !words.isEmpty else { return nil }
        var best: (LedgerDocument, Int)? = nil
        for (document, names) in documentNames {
            for name in names where VerificationText.contains(words, name) || VerificationText.contains(name, words) {
                let score = min(name.count, words.count)
                if score > (best?.1 ?? 0) { best = (document, score) }
            }
        }
        return best?.0
    }

    /// The ledger document a link points at (scheme, `www.` and a trailing
    /// slash ignored).
    func document(href: String) -> LedgerDocument? {
        let key = Self.hrefKey(href)
        return ledger.documents.first { $0.hrefs.contains { Self.hrefKey($0) == key } }
    }

    static func hrefKey(_ href: String) -> String {
        var s = Substring(href.lowercased())
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// Confidential sources with a supports snippet covering `claimKeys`
    /// (the snippet's words occur in the claim, or the claim's in the snippet).
    func confidentialSupport(for claimKeys: [String]) -> [LedgerSource] {
        ledger.sources.filter { $0.confidential && Self.supports($0, claimKeys) }
    }

    static func supports(_ source: LedgerSource, _ claimKeys: [String]) -> Bool {
        source.supports.contains { snippet in
            let s = VerificationText.keys(snippet)
            return !s.isEmpty && (VerificationText.contains(claimKeys, s) || (claimKeys.count >= 4 && VerificationText.contains(s, claimKeys)))
        }
    }
}
