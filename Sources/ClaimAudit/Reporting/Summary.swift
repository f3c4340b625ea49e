/// Per-document figures for the summary panel and the collection index.
public struct Summary: Sendable, Codable, Hashable {
    /// Number of claims.
    public var claims: Int
    /// Claims by primary attribution kind (every kind present, zero or more).
    public var byKind: [String: Int]
    /// Claims carrying a finding of the `unsourced-claim` check (the shipped
    /// rule `unsourced-claim`, or a house rule with `check="unsourced-claim"`).
    public var unsourcedClaims: Int
    /// Share of claims carrying a finding of the `unsourced-claim` check, 0…1.
    public var unsourcedShare: Double
    /// Attributions to anonymous sources / to named sources.
    public var anonymousAttributions: Int
    public var namedAttributions: Int
    /// Distinct named sources (people, organisations, other outlets) with the
    /// number of claims resting on each, most cited first, ties in order of
    /// first mention. Documents and bare pronouns ("she") are not listed.
    public var sources: [SourceCount]
    /// Findings by severity.
    public var findingsBySeverity: [String: Int]
    /// Number of hedges: findings that `isHedge` (every rule of category
    /// `hedging`, house rules too, not only the rule `hedging`).
    public var hedges: Int
    /// Hedges per 100 claims.
    public var hedgeDensity: Double
    /// Words in all claims (word tokens: letters or digits), for per-word rates.
    public var words: Int
    /// Hedges per 100 words of claim text (the house limit
    /// `hedges-per-100-words`).
    public var hedgesPer100Words: Double
    /// Attributions of any sourcing kind (named, anonymous, own-reporting,
    /// document, outlet); `analysis` and `none` are not sourcing.
    public var sourcedAttributions: Int
    /// Share of those attributions that are anonymous, 0…1 (0 when there are none).
    public var anonymousShare: Double

    /// Distinct named sources (people, organisations, outlets): `sources.count`.
    public var namedSources: Int { sources.count }

    /// `unsourcedRules`: the ids of the rules that ran the `unsourced-claim`
    /// check (`DocumentReport.unsourcedRules`); a house rule may run it under
    /// its own id, and its findings are unsourced claims all the same.
    public init(claims: [Claim], documentFindings: [Finding] = [],
                unsourcedRules: [String] = Summary.shippedUnsourcedRules) {
        self.claims = claims.count
        // Counted by case index, turned into the dictionaries at the end
        // (hashing a rule id or a raw value per finding was a fifth of this).
        let kinds = AttributionKind.allCases, levels = Severity.allCases
        var kindCounts = [Int](repeating: 0, count: kinds.count)
        var severityCounts = [Int](repeating: 0, count: levels.count)
        var anonymous = 0, named = 0, unsourced = 0, hedges = 0, words = 0, sourced = 0
        for f in documentFindings { severityCounts[levels.firstIndex(of: f.severity)!] += 1 }
        for claim in claims {
            kindCounts[kinds.firstIndex(of: claim.kind)!] += 1
            words += Self.wordCount(claim.text)
            for a in claim.attributions {
                if a.kind != .analysis && a.kind != .none { sourced += 1 }
                if a.kind == .anonymous { anonymous += 1 }
                if a.kind == .named { named += 1 }
            }
            var isUnsourced = false
            for f in claim.findings {
                // A linear look: one or two ids, and no hashing per finding.
                if !isUnsourced && unsourcedRules.contains(f.rule) { isUnsourced = true }
                if Self.isHedge(f) { hedges += 1 }
                severityCounts[levels.firstIndex(of: f.severity)!] += 1
            }
            if isUnsourced { unsourced += 1 }
        }
        var byKind: [String: Int] = [:]
        for (k, kind) in kinds.enumerated() { byKind[kind.rawValue] = kindCounts[k] }
        var severities: [String: Int] = [:]
        for (k, level) in levels.enumerated() { severities[level.rawValue] = severityCounts[k] }
        self.byKind = byKind
        self.unsourcedClaims = unsourced
        self.unsourcedShare = claims.isEmpty ? 0 : Double(unsourced) / Double(claims.count)
        self.anonymousAttributions = anonymous
        self.namedAttributions = named
        self.sources = SourceTally(claims: claims).named
        self.findingsBySeverity = severities
        self.hedges = hedges
        self.hedgeDensity = claims.isEmpty ? 0 : Double(hedges) * 100 / Double(claims.count)
        self.words = words
        self.hedgesPer100Words = words == 0 ? 0 : Double(hedges) * 100 / Double(words)
        self.sourcedAttributions = sourced
        self.anonymousShare = sourced == 0 ? 0 : Double(anonymous) / Double(sourced)
    }

    /// Whether a finding is a hedge, for the counts above and the HTML
    /// report's wavy underline alike: any rule of category `hedging` (the
    /// shipped `hedging`, `hedging-uncertainty` and `hedging-approximator`,
    /// and a house rule filed there), or the rule `hedging` when a house
    /// pack replaces it under another category.
    static func isHedge(_ f: Finding) -> Bool {
        f.category == hedgingCategory || f.rule == hedgingCategory
    }

    static let hedgingCategory = "hedging"

    /// The rule that runs the `unsourced-claim` check in the shipped packs:
    /// what a summary counts when it is not told otherwise.
    public static let shippedUnsourcedRules = [KnownChecks.unsourcedClaim]

    /// Counts runs of letters, digits and in-word apostrophes or hyphens, on
    /// UTF-8 bytes: any byte ≥ 0x80 counts as a letter (non-ASCII scripts).
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { buf in
            var count = 0
            var inWord = false
            for b in buf {
                let isWord = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0x80
                    || (inWord && (b == 0x27 || b == 0x2D))
                if isWord && !inWord { count += 1 }
                inWord = isWord
            }
            return count
        }
    }
}

extension Summary {
    /// Claims whose primary kind is `kind`.
    public func claims(_ kind: AttributionKind) -> Int { byKind[kind.rawValue] ?? 0 }

    /// Findings of `severity`.
    public func findings(_ severity: Severity) -> Int { findingsBySeverity[severity.rawValue] ?? 0 }

    /// All findings.
    public var findingCount: Int { findingsBySeverity.values.reduce(0, +) }
}

public struct SourceCount: Sendable, Codable, Hashable {
    public var name: String
    public var claims: Int
}

/// Who the claims of one document rest on: named sources (people,
/// organisations, other outlets) folded by `SourceName`, and every anonymous
/// source as one group. Counts are claims, not mentions: a claim citing Meta
/// twice counts once.
public struct SourceTally: Sendable, Hashable {
    /// Distinct named sources, most cited first, ties in order of first mention.
    public var named: [SourceCount]
    /// Claims resting on at least one anonymous source.
    public var anonymousClaims: Int
    /// The anonymous descriptions as written, folded ("sources" = "the
    /// sources"), most used first; each with its number of claims.
    public var anonymousDescriptions: [SourceCount]

    public init(claims: [Claim]) {
        var named = Counter()
        var anonymous = Counter()
        var anonymousClaims = 0
        for claim in claims {
            var seenNamed = Set<String>(), seenAnonymous = Set<String>()
            var anonymousHere = false
            for a in claim.attributions {
                switch a.kind {
                case .named, .outlet:
                    guard let src = a.source else { continue }
                    // `normalize` is `display` lower-cased: build it once.
                    let display = SourceName.display(src.text)
                    let key = display.lowercased()
                    if key.isEmpty || SourceName.pronouns.contains(key) || !seenNamed.insert(key).inserted { continue }
                    named.add(key, display: display)
                case .anonymous:
                    anonymousHere = true
                    let text = a.source?.text ?? a.cue?.text ?? "unnamed"
                    let key = SourceName.anonymousKey(text)
                    if !seenAnonymous.insert(key).inserted { continue }
                    anonymous.add(key, display: SourceName.anonymousDisplay(text), preferLonger: false)
                default:
                    continue
                }
            }
            if anonymousHere { anonymousClaims += 1 }
        }
        named.mergeSurnames()
        self.named = named.sorted
        self.anonymousClaims = anonymousClaims
        self.anonymousDescriptions = anonymous.sorted
    }

    /// Claim counts by key, remembering the first display form and mention order.
    private struct Counter {
        var entries: [String: (display: String, count: Int, first: Int)] = [:]

        /// With `preferLonger`, the longest display form seen is kept
        /// ("Dana Okafor" over "Okafor"); otherwise the first.
        mutating func add(_ key: String, display: String, preferLonger: Bool = true) {
            // `first` orders ties: mention order, so two sources in one claim
            // keep a fixed order (dictionaries don't).
            let entry = entries[key] ?? (display, 0, entries.count)
            let shown = preferLonger && display.count > entry.display.count ? display : entry.display
            entries[key] = (shown, entry.count + 1, entry.first)
        }

        /// A one-word name that is the last word of exactly one longer name
        /// ("Okafor", "Dana Okafor") is the same source; its claims move over.
        /// Claims naming both are then counted twice, which is rare and errs
        /// towards the source that was named.
        ///
        /// Merges only remove one-word keys, so the longer names are listed
        /// once, and indexed by their last word (bytes after the last space)
        /// so that a collection of thousands of sources is not a quadratic
        /// scan. An ASCII key's owners all end in its bytes; other keys scan.
        mutating func mergeSurnames() {
            // An ASCII key holds a space Character exactly when it holds the
            // byte 0x20; other keys keep the Character test (a space followed
            // by a combining mark is not " ").
            let longer = entries.keys.filter { Self.hasSpace($0) }
            var byLastWord: [String: [String]] = [:]
            for name in longer {
                let utf8 = name.utf8
                guard let space = utf8.lastIndex(of: 0x20) else { continue }
                byLastWord[String(name[utf8.index(after: space)...]), default: []].append(name)
            }
            for (key, entry) in entries where !Self.hasSpace(key) {
                let ascii = key.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
                // An ASCII key's candidates end in a space and its bytes, which is
                // `hasSuffix(" " + key)` for them; other keys are checked in full.
                let owners = ascii ? byLastWord[key, default: []] : longer.filter { $0.hasSuffix(" " + key) }
                guard owners.count == 1, let owner = owners.first, let target = entries[owner] else { continue }
                entries[owner] = (target.display, target.count + entry.count, min(target.first, entry.first))
                entries[key] = nil
            }
        }

        /// `s.contains(" ")`, on bytes when `s` is ASCII.
        static func hasSpace(_ s: String) -> Bool {
            var ascii = true, space = false
            for b in s.utf8 {
                if b >= 0x80 { ascii = false; break }
                if b == 0x20 { space = true }
            }
            return ascii ? space : s.contains(" ")
        }

        var sorted: [SourceCount] {
            entries.values
                .sorted { ($1.count, $0.first) < ($0.count, $1.first) }
                .map { SourceCount(name: $0.display, claims: $0.count) }
        }
    }
}

/// Folds source mentions so "Meta", "Meta's" and "a Meta spokesperson" count
/// once, and "sources", "the sources" and "people familiar" read the same.
public enum SourceName {
    /// Pronoun sources refer to someone named elsewhere; they are not a name.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who", "him", "her", "them"]

    /// Words that say what role a source speaks in, not who it is; dropped
    /// so that the person or organisation is left.
    static let roleWords: Set<String> = [
        "a", "an", "the", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
        "official", "officials", "executive", "statement", "for", "of", "said", "says",
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof",
        "president", "senator", "governor", "mayor", "professor",
    ]

    /// Words that only describe anonymous sources, dropped when folding them.
    static let anonymousFiller: Set<String> = ["the", "a", "an", "some", "several", "many", "according", "to"]

    /// A comparison key: lower-cased, possessives and role words removed.
    public static func normalize(_ text: String) -> String {
        display(text).lowercased()
    }

    /// The name as shown: role words and possessives dropped, original case kept.
    public static func display(_ text: String) -> String {
        let words = words(text)
        let kept = words.filter { !roleWords.contains($0.lowercased()) && !$0.isEmpty }
        return kept.isEmpty ? words.joined(separator: " ") : kept.joined(separator: " ")
    }

    /// The key of an anonymous description: lower-cased, articles and
    /// quantifiers dropped, so "sources" and "the sources" are one.
    public static func anonymousKey(_ text: String) -> String {
        let kept = words(text).map { $0.lowercased() }.filter { !anonymousFiller.contains($0) }
        return kept.joined(separator: " ")
    }

    /// An anonymous description as shown: as written, first letter lower-cased
    /// when it only started a sentence ("Sources" → "sources").
    public static func anonymousDisplay(_ text: String) -> String {
        let joined = words(text).joined(separator: " ")
        guard let first = joined.first, first.isUppercase else { return joined }
        let second = joined.dropFirst().first
        return second.map { $0.isUppercase } == true ? joined : first.lowercased() + joined.dropFirst()
    }

    private static func words(_ text: String) -> [String] {
        asciiWords(text) ?? characterWords(text)
    }

    /// `words` for any text, by `Character`.
    static func characterWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word -> String in
            var w = String(word)
            for suffix in ["’s", "'s", "’", "'"] where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
            return w.trimmingCharacters(in: ",.;:\"“”")
        }.filter { !$0.isEmpty }
    }
}

extension SourceName {
    /// `words` for ASCII text without carriage returns, on bytes: there every
    /// byte is one `Character`, so splitting, the suffix strips and the trim
    /// give the same words without `Character` and `hasSuffix` work (this
    /// was most of the summary's cost). Nil for any other text.
    static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            var out: [String] = []
            var i = 0
            let n = bytes.count
            while i < n {
                while i < n && (bytes[i] == 0x20 || bytes[i] == 0x0A) { i += 1 }
                var start = i
                while i < n && bytes[i] != 0x20 && bytes[i] != 0x0A { i += 1 }
                var end = i
                guard start < end else { continue }
                // Possessive: "'s", then a bare "'", as the `hasSuffix` loop does.
                if end - start >= 2 && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x73 { end -= 2 }
                if end > start && bytes[end - 1] == 0x27 { end -= 1 }
                func trimmed(_ b: UInt8) -> Bool { b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x22 }
                while start < end && trimmed(bytes[start]) { start += 1 }
                while end > start && trimmed(bytes[end - 1]) { end -= 1 }
                if start < end { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
            }
            return out
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
