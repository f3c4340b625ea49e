/// Where cue, source and hedge marks fall inside a claim's text, for the
/// HTML report.
///
/// The report model holds each claim's readable `text` (markup removed,
/// white space folded) and file offsets for spans. Offsets can be mapped into
/// the text only when the text is a byte-exact slice of the file, which we
/// take to be so when its UTF-8 length equals `end - start` (folding turns a
/// line break into one space, keeping the length). Otherwise a cue or source
/// is placed by its text when that text occurs exactly once in the claim, and
/// is listed beside the claim (`unplaced`) when it cannot be placed safely.
/// Hedges (`hedging` findings) carry no text, so they are marked only in
/// byte-exact claims. All ranges are byte ranges into `bytes`, on scalar
/// boundaries.
struct ClaimMarkup {
    /// Nesting order, outermost first.
    enum Layer: Int, CaseIterable {
        case hedge, source, cue
    }

    struct Mark {
        var range: Range<Int>
        var layer: Layer
        var title: String
    }

    /// A run of text whose marks are the same throughout.
    struct Piece {
        var range: Range<Int>
        /// Per layer, the index into `marks` of the mark covering this run.
        var marks: [Int?]
    }

    /// The claim's text as UTF-8.
    let bytes: [UInt8]
    private(set) var marks: [Mark] = []
    /// Cues and sources that could not be placed: `(attribution kind, "cue"/"source", text)`.
    private(set) var unplaced: [(kind: AttributionKind, role: String, text: String)] = []

    init(_ claim: Claim) {
        bytes = Array(claim.text.utf8)
        let exact = bytes.count == claim.end - claim.start
        for a in claim.attributions {
            for (role, layer, span) in [("cue", Layer.cue, a.cue), ("source", Layer.source, a.source)] {
                guard let span, !span.text.isEmpty else { continue }
                if let range = locate(span, claimStart: claim.start, exact: exact) {
                    marks.append(Mark(range: range, layer: layer, title: "\(role) (\(a.kind.rawValue))"))
                } else if !Self.isSectionLabel(span.text, of: claim) {
                    // A section label is shown before the claim already.
                    unplaced.append((a.kind, role, span.text))
                }
            }
        }
        if exact {
            for f in claim.findings where Summary.isHedge(f) {
                if let range = relative(f.start, f.end, claimStart: claim.start) {
                    marks.append(Mark(range: range, layer: .hedge, title: f.message))
                }
            }
        }
    }

    /// The text cut at every mark boundary, in order, covering all of it.
    func pieces() -> [Piece] {
        var cuts = Set([0, bytes.count])
        for m in marks {
            cuts.insert(m.range.lowerBound)
            cuts.insert(m.range.upperBound)
        }
        let sorted = cuts.sorted()
        var out: [Piece] = []
        for (lo, hi) in zip(sorted, sorted.dropFirst()) where lo < hi {
            var covering = [Int?](repeating: nil, count: Layer.allCases.count)
            for (i, m) in marks.enumerated() where m.range.lowerBound <= lo && hi <= m.range.upperBound {
                if covering[m.layer.rawValue] == nil { covering[m.layer.rawValue] = i }
            }
            out.append(Piece(range: lo..<hi, marks: covering))
        }
        return out
    }

    /// The text of a byte range (always on scalar boundaries).
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: - Placing spans

    /// True when `text` is the claim's section label ("Why it matters:").
    private static func isSectionLabel(_ text: String, of claim: Claim) -> Bool {
        guard let section = claim.section else { return false }
        var t = Substring(text)
        while let last = t.last, last == ":" || last == " " { t.removeLast() }
        return t == section
    }

    private func locate(_ span: Span, claimStart: Int, exact: Bool) -> Range<Int>? {
        if exact {
            // Offsets are trustworthy; a span outside the claim stays unplaced
            // rather than being matched by text somewhere else.
            guard let r = relative(span.start, span.end, claimStart: claimStart) else { return nil }
            return bytes[r].elementsEqual(span.text.utf8) ? r : uniqueOccurrence(of: span.text)
        }
        return uniqueOccurrence(of: span.text)
    }

    /// File offsets turned into a range of `bytes`, if inside and on scalar boundaries.
    private func relative(_ start: Int, _ end: Int, claimStart: Int) -> Range<Int>? {
        let lo = start - claimStart
        let hi = end - claimStart
        guard lo >= 0, lo < hi, hi <= bytes.count, isBoundary(lo), isBoundary(hi) else { return nil }
        return lo..<hi
    }

    private func isBoundary(_ i: Int) -> Bool {
        i == bytes.count || bytes[i] & 0xC0 != 0x80
    }

    /// The range of `needle` when it occurs exactly once in the text.
    private func uniqueOccurrence(of needle: String) -> Range<Int>? {
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= bytes.count else { return nil }
        var found: Range<Int>?
        var i = 0
        while i + n.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + n.count)].elementsEqual(n) {
                if found != nil { return nil }
                found = i..<(i + n.count)
            }
            i += 1
        }
        return found
    }
}
