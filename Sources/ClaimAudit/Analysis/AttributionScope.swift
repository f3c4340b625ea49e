/// Orders a segment's attributions (outermost first) and carries
/// attributions to segments that have none of their own but are governed by
/// a neighbour: later sentences of a quotation, the next quoted sentence of
/// the same paragraph (AP's carry-over), and list items under a lead.
enum AttributionScope {
    /// Outermost first: an attribution whose cue lies inside another's
    /// content is nested in it ("Wang has indicated …, according to sources":
    /// the sources come first). When two contain each other's cues, the
    /// trailing one (content before its cue) is outer: "“He said …,” Smith
    /// said." Ties keep document order.
    static func ordered(_ found: [FoundAttribution]) -> [FoundAttribution] {
        guard found.count > 1 else { return found }
        func trailing(_ a: FoundAttribution) -> Bool { a.content.upperBound <= a.cue.lowerBound }
        let depth = found.map { a in
            found.filter { b in
                b.cue != a.cue && b.content.contains(a.cue.lowerBound)
                    && (!a.content.contains(b.cue.lowerBound) || trailing(b) && !trailing(a))
            }.count
        }
        return found.indices.sorted { (depth[$0], found[$0].cue.lowerBound) < (depth[$1], found[$1].cue.lowerBound) }.map { found[$0] }
    }

    /// One segment's state during inheritance.
    struct Entry {
        var segment: Segment
        var attributions: [Attribution]
        /// True when the segment's first token opens a quotation.
        var opensWithQuote: Bool
        /// True when the segment contains a quotation mark.
        var hasQuote: Bool
    }

    /// Fills in inherited attributions, in place. Only segments with no
    /// attribution of their own inherit; nothing is guessed beyond the three
    /// rules below.
    static func inherit(_ entries: inout [Entry], quotations: [Quotation]) {
        // 1. Sentences inside one quotation share its speaker.
        for q in quotations {
            let inside = entries.indices.filter { entries[$0].segment.range.overlaps(q.range) }
            guard inside.count > 1 else { continue }
            for i in inside where entries[i].attributions.isEmpty {
                let r = entries[i].segment.range
                guard r.lowerBound >= q.range.lowerBound && r.upperBound <= q.range.upperBound else { continue }
                let donor = inside.filter { $0 < i && !entries[$0].attributions.isEmpty }.last
                    ?? inside.first { $0 > i && !entries[$0].attributions.isEmpty && !isInherited(entries[$0].attributions[0]) }
                if let d = donor {
                    entries[i].attributions = [inherited(entries[d].attributions[0], rule: "inherited-quote")]
                }
            }
        }
        // 2. AP carry-over: a quoted sentence right after an attributed
        //    sentence with a quotation, in the same paragraph.
        for i in entries.indices.dropFirst() where entries[i].attributions.isEmpty {
            let prev = entries[i - 1]
            guard entries[i].opensWithQuote, prev.hasQuote, !prev.attributions.isEmpty,
                  prev.segment.blockIndex == entries[i].segment.blockIndex else { continue }
            entries[i].attributions = [inherited(prev.attributions[0], rule: "carry-over-quote")]
        }
        // 3. List items under an attributed lead paragraph. The list must
        //    start in the very next block: a label-only paragraph
        //    ("Between the lines:") between them breaks the chain.
        var lead: Int? = nil
        for i in entries.indices {
            let kind = entries[i].segment.blockKind
            if kind != .listItem {
                lead = nil
                if i + 1 < entries.count && entries[i + 1].segment.blockKind == .listItem
                    && entries[i + 1].segment.blockIndex == entries[i].segment.blockIndex + 1 && kind == .paragraph {
                    lead = i
                }
                continue
            }
            guard let l = lead, entries[i].attributions.isEmpty, let a = entries[l].attributions.first else { continue }
            entries[i].attributions = [inherited(a, rule: "inherited-from-lead")]
        }
    }

    static func inherited(_ a: Attribution, rule: String) -> Attribution {
        Attribution(kind: a.kind, cue: a.cue, source: a.source, rule: rule, content: a.content, resolvedSource: a.resolvedSource,
                    sourcePhrase: a.sourcePhrase, mode: a.mode)
    }

    static let inheritedRules: Set<String> = ["inherited-quote", "carry-over-quote", "inherited-from-lead"]

    static func isInherited(_ a: Attribution) -> Bool { inheritedRules.contains(a.rule) }
}
