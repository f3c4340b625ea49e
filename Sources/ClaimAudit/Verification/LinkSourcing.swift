/// Links as sources: in Markdown and HTML, a claim with no attribution
/// whose text carries a hyperlink is sourced by that link. A link to a
/// domain of the `outlet-domains` lexicon (`rules/link-domains.xml`) makes
/// it an `outlet` claim, any other web link a `document` claim. The
/// attribution's source is the anchor text; its rule is `link-source`.
/// Nothing is fetched. Relative links and `mailto:` links source nothing.
/// The claim's `unsourced-claim` finding, raised before links were known,
/// is withdrawn.
struct LinkSourcing: Sendable {
    static let rule = "link-source"
    let outletDomains: [String]
    /// Ids of the rules that raise unsourced-claim findings.
    let unsourcedRules: Set<String>

    init(ruleSet: RuleSet) {
        outletDomains = ruleSet.lexicon("outlet-domains").phrases.map { $0.lowercased() }
        unsourcedRules = Set(ruleSet.rules.compactMap { rule in
            if case .check(let name) = rule.kind, name == KnownChecks.unsourcedClaim { return rule.id }
            return nil
        })
    }

    func apply(to claims: inout [Claim], document: Document) {
        guard !document.links.isEmpty else { return }
        var l = 0
        let links = document.links
        for i in claims.indices where claims[i].attributions.isEmpty {
            let range = claims[i].start..<claims[i].end
            while l < links.count && links[l].range.upperBound <= range.lowerBound { l += 1 }
            var k = l
            while k < links.count && links[k].range.lowerBound < range.upperBound {
                let link = links[k]
                k += 1
                guard let host = Self.host(of: link.href) else { continue }
                let kind: AttributionKind = isOutlet(host) ? .outlet : .document
                let anchor = max(link.range.lowerBound, range.lowerBound)..<min(link.range.upperBound, range.upperBound)
                claims[i].attributions = [Attribution(kind: kind, cue: nil,
                                                      source: Span(start: anchor.lowerBound, end: anchor.upperBound,
                                                                   text: Self.anchorText(document.text(anchor), link)),
                                                      rule: Self.rule)]
                claims[i].findings.removeAll { unsourcedRules.contains($0.rule) }
                break
            }
        }
    }

    /// An autolink's anchor is blank in the view; its address stands in.
    static func anchorText(_ text: String, _ link: DocumentLink) -> String {
        text.isEmpty ? link.href : text
    }

    func isOutlet(_ host: String) -> Bool {
        outletDomains.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The lower-cased host of an absolute http(s) or protocol-relative
    /// link, without `www.`; nil for relative, `mailto:` and other links.
    static func host(of href: String) -> String? {
        var s = Substring(href.trimmingSpaces.lowercased())
        if s.hasPrefix("https://") { s = s.dropFirst(8) }
        else if s.hasPrefix("http://") { s = s.dropFirst(7) }
        else if s.hasPrefix("//") { s = s.dropFirst(2) }
        else { return nil }
        let end = s.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" } ?? s.endIndex
        var host = s[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}
