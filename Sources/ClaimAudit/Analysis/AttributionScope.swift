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
        /// True when the segment's last token is a colon ("Okafor wrote:").
        var endsWithColon: Bool = false
    }

    /// Fills in inherited attributions, in place, in one pass in document
    /// order (so a sentence that inherited passes its speaker on). Only
    /// segments with no attribution of their own inherit; nothing is guessed
    /// beyond these rules:
    /// 1. sentences inside one quotation share its speaker (the nearest
    ///    attributed sentence before, else the first after);
    /// 2. AP carry-over: a sentence opening with a quotation right after an
    ///    attributed sentence, in the same paragraph ("Ruiz said the
    ///    vote was close. “We will count again.”");
    /// 3. a paragraph after an attributed lead that ends with a colon
    ///    ("Okafor wrote:") is what the lead introduces;
    /// 4. a paragraph that opens with a quotation mark, right after a
    ///    paragraph with an attributed sentence, continues the speaker of
    ///    its last attributed sentence (news style reopens a long quotation
    ///    in each paragraph, and quotes a speaker introduced just before);
    /// 5. list items under an attributed lead paragraph.
    static func inherit(_ entries: inout [Entry], quotations: [Quotation]) {
        guard !entries.isEmpty else { return }
        // The next segment with an attribution of its own, for rule 1.
        var nextOwn = [Int](repeating: -1, count: entries.count)
        var next = -1
        for i in entries.indices.reversed() {
            nextOwn[i] = next
            if passesOn(entries[i]) { next = i }
        }
        var q = 0
        var lastAttributed = -1
        var colonLead: Int? = nil
        for i in entries.indices {
            defer { if passesOn(entries[i]) { lastAttributed = i } }
            let seg = entries[i].segment
            if seg.startsBlock || i == 0 {
                // A lead ending in a colon governs the block right after it.
                if i > 0, entries[i - 1].endsWithColon, passesOn(entries[i - 1]),
                   !isInherited(passed(entries[i - 1])),
                   seg.blockIndex == entries[i - 1].segment.blockIndex + 1, seg.blockKind != .listItem {
                    colonLead = i - 1
                } else {
                    colonLead = nil
                }
            }
            guard entries[i].attributions.isEmpty else { continue }
            let r = seg.range
            while q < quotations.count && quotations[q].range.upperBound <= r.lowerBound { q += 1 }
            // 1. Inside one quotation that spans more than this sentence.
            if q < quotations.count, quotations[q].range.lowerBound <= r.lowerBound, r.upperBound <= quotations[q].range.upperBound {
                let quote = quotations[q].range
                if lastAttributed >= 0, entries[lastAttributed].segment.range.overlaps(quote) {
                    entries[i].attributions = [inherited(passed(entries[lastAttributed]), rule: "inherited-quote")]
                    continue
                }
                let n = nextOwn[i]
                if n >= 0, entries[n].segment.range.overlaps(quote), !isInherited(passed(entries[n])) {
                    entries[i].attributions = [inherited(passed(entries[n]), rule: "inherited-quote")]
                    continue
                }
            }
            guard i > 0 else { continue }
            let prev = entries[i - 1]
            // 2. AP carry-over within a paragraph.
            if entries[i].opensWithQuote, passesOn(prev), prev.segment.blockIndex == seg.blockIndex {
                entries[i].attributions = [inherited(passed(prev), rule: "carry-over-quote")]
                continue
            }
            // 3. The block introduced by "… wrote:".
            if let lead = colonLead {
                entries[i].attributions = [inherited(passed(entries[lead]), rule: "colon-lead")]
                continue
            }
            // 4. A quoted paragraph continuing the speaker of the last
            //    attributed sentence of the paragraph just before.
            if seg.startsBlock, entries[i].opensWithQuote, lastAttributed >= 0,
               entries[lastAttributed].segment.blockIndex == seg.blockIndex - 1,
               seg.blockIndex == prev.segment.blockIndex + 1, seg.blockKind == .paragraph {
                entries[i].attributions = [inherited(passed(entries[lastAttributed]), rule: "carry-over-paragraph")]
                continue
            }
        }
        // 5. List items under an attributed lead paragraph. The list must
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
            guard let l = lead, entries[i].attributions.isEmpty, passesOn(entries[l]) else { continue }
            let a = passed(entries[l])
            entries[i].attributions = [inherited(a, rule: "inherited-from-lead")]
        }
    }

    /// Attributions with no source of their own ("is expected to",
    /// "reportedly": rules "agentless-passive" and "hearsay-adverb") name no
    /// speaker to pass on to a later quotation. Checked without hashing the
    /// rule name: this runs for every segment.
    @inline(__always)
    static func isSourceless(_ a: Attribution) -> Bool {
        a.source == nil && (a.rule == "agentless-passive" || a.rule == "hearsay-adverb")
    }

    /// Whether a segment has an attribution that later segments may inherit.
    static func passesOn(_ e: Entry) -> Bool { e.attributions.contains { !isSourceless($0) } }

    /// The attribution a segment passes on (call only when `passesOn`).
    static func passed(_ e: Entry) -> Attribution { e.attributions.first { !isSourceless($0) } ?? e.attributions[0] }

    static func inherited(_ a: Attribution, rule: String) -> Attribution {
        Attribution(kind: a.kind, cue: a.cue, source: a.source, rule: rule, content: a.content, resolvedSource: a.resolvedSource,
                    sourcePhrase: a.sourcePhrase, mode: a.mode, contentContinuation: a.contentContinuation)
    }

    static let inheritedRules: Set<String> = ["inherited-quote", "carry-over-quote", "inherited-from-lead", "colon-lead",
                                              "carry-over-paragraph", "trailing-speaker"]

    static func isInherited(_ a: Attribution) -> Bool { inheritedRules.contains(a.rule) }
}
