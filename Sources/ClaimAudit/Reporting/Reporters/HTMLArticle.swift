/// The article text of one document in the HTML report: claims in document
/// order, each a `<span class="claim k-KIND" id="c3" data-kind=… title=…>`,
/// with cue, source and hedge marks inside and finding flags after it.
/// Claims sharing a `paragraph` number are rendered in one block.
struct HTMLArticle {
    typealias Node = HTMLBuilder.Node
    let section: HTMLDocumentSection
    let findingIDs: [[String]]

    private var b: HTMLBuilder { section.b }

    func render(in parent: Node) throws {
        var block: Node?
        var list: Node?
        var previous: Claim?
        for (index, claim) in section.doc.claims.enumerated() {
            if let open = block, !Self.startsBlock(claim, after: previous) {
                try b.text(" ", in: open)
            } else {
                switch claim.block {
                case .heading:
                    list = nil
                    block = try b.element("h4", in: parent, ["class": "article-heading"])
                case .paragraph:
                    list = nil
                    block = try b.element("p", in: parent)
                case .listItem:
                    if list == nil { list = try b.element("ul", in: parent) }
                    block = try b.element("li", in: list!)
                }
            }
            let container = block!
            if let label = claim.section, label != previous?.section {
                let shown = label.last.map { ":.?!".contains($0) } == true ? label : label + ":"
                try b.element("span", in: container, text: shown, ["class": "section-label"])
                try b.text(" ", in: container)
            }
            try render(claim, findingIDs: findingIDs[index], in: container)
            previous = claim
        }
    }

    static func startsBlock(_ claim: Claim, after previous: Claim?) -> Bool {
        guard let p = previous else { return true }
        return claim.paragraph != p.paragraph || claim.block != p.block
    }

    // MARK: - One claim

    private func render(_ claim: Claim, findingIDs: [String], in parent: Node) throws {
        let kind = claim.kind.rawValue
        // Focusable, so a click or Tab "selects" it and shows its card (CSS
        // :focus-within), with no script.
        let span = try b.element("span", in: parent, [
            "class": "claim k-\(kind)", "id": section.claimID(claim), "data-kind": kind,
            "tabindex": "0", "aria-describedby": section.claimID(claim) + "-card",
        ])
        let markup = ClaimMarkup(claim)
        let pieces = markup.pieces()
        try emit(pieces[...], layer: 0, markup: markup, into: span)
        if !markup.unplaced.isEmpty {
            // Grouped by attribution kind, in order: "named: cue “said”, source “Meta”".
            var groups: [(kind: AttributionKind, parts: [String])] = []
            for u in markup.unplaced {
                let part = "\(u.role) “\(u.text)”"
                if groups.last?.kind == u.kind { groups[groups.count - 1].parts.append(part) }
                else { groups.append((u.kind, [part])) }
            }
            let note = groups.map { "\($0.kind.rawValue): " + $0.parts.joined(separator: ", ") }
                .joined(separator: "; ")
            try b.text(" ", in: span)
            try b.element("span", in: span, text: "(\(note))", ["class": "aside-note"])
        }
        try card(for: claim, in: span)
        if !claim.findings.isEmpty {
            let flags = try b.element("sup", in: parent, ["class": "flags"])
            for (f, id) in zip(claim.findings, findingIDs) {
                try b.element("a", in: flags, text: Self.flag(f.severity), [
                    "class": "flag s-\(f.severity.rawValue)", "href": "#\(id)",
                    "title": "\(f.severity.rawValue): \(f.message) [\(f.rule)]",
                ])
            }
        }
    }

    /// The claim's card, shown while the claim is hovered or selected: who
    /// it rests on, then each finding with its rule message. Hidden by CSS
    /// otherwise (and in print, where the findings list carries the same).
    private func card(for claim: Claim, in span: Node) throws {
        let card = try b.element("span", in: span, [
            "class": "card", "id": section.claimID(claim) + "-card", "role": "note",
        ])
        try b.element("span", in: card, text: Self.title(claim), ["class": "card-head"])
        if claim.findings.isEmpty {
            try b.element("span", in: card, text: "No findings.", ["class": "card-item nothing"])
        }
        for f in claim.findings {
            let item = try b.element("span", in: card, ["class": "card-item s-\(f.severity.rawValue)"])
            try b.element("span", in: item, text: Self.flag(f.severity), ["class": "flag s-\(f.severity.rawValue)"])
            try b.element("strong", in: item, text: " \(f.severity.rawValue): ")
            try b.text(f.message + " ", in: item)
            try b.element("code", in: item, text: f.rule, ["class": "rule"])
        }
    }

    /// Writes `pieces` (contiguous) into `parent`, opening one element per
    /// run of pieces that share a mark at `layer`, outermost layer first, so
    /// overlapping marks nest properly.
    private func emit(_ pieces: ArraySlice<ClaimMarkup.Piece>, layer: Int, markup: ClaimMarkup,
                      into parent: Node) throws {
        guard let first = pieces.first, let last = pieces.last else { return }
        guard layer < ClaimMarkup.Layer.allCases.count else {
            try b.text(markup.text(first.range.lowerBound..<last.range.upperBound), in: parent)
            return
        }
        var i = pieces.startIndex
        while i < pieces.endIndex {
            let mark = pieces[i].marks[layer]
            var j = i + 1
            while j < pieces.endIndex && pieces[j].marks[layer] == mark { j += 1 }
            if let mark {
                let m = markup.marks[mark]
                let element: Node
                switch m.layer {
                case .hedge: element = try b.element("mark", in: parent, ["class": "hedge", "title": m.title])
                case .source: element = try b.element("span", in: parent, ["class": "source", "title": m.title])
                case .cue: element = try b.element("span", in: parent, ["class": "cue", "title": m.title])
                }
                try emit(pieces[i..<j], layer: layer + 1, markup: markup, into: element)
            } else {
                try emit(pieces[i..<j], layer: layer + 1, markup: markup, into: parent)
            }
            i = j
        }
    }

    /// `c3 · named: source “Meta”, cue “said” · line 4, column 1`.
    static func title(_ claim: Claim) -> String {
        var parts = [claim.id]
        if claim.attributions.isEmpty {
            parts.append("none: no attribution")
        }
        for a in claim.attributions {
            var details: [String] = []
            if let source = a.source { details.append("source “\(source.text)”") }
            if let cue = a.cue { details.append("cue “\(cue.text)”") }
            parts.append(a.kind.rawValue + (details.isEmpty ? "" : ": " + details.joined(separator: ", ")))
        }
        if let section = claim.section { parts.append("section “\(section)”") }
        parts.append("line \(claim.line), column \(claim.column)")
        return parts.joined(separator: " · ")
    }

    /// One letter per severity, readable without colour.
    static func flag(_ severity: Severity) -> String {
        switch severity {
        case .error: "E"
        case .warning: "W"
        case .info: "i"
        }
    }
}
