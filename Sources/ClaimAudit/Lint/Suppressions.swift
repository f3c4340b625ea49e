/// Suppression comments in an article, as linters taught people to write them:
///
/// ```
/// <!-- claimaudit-disable-next-line hedging -->
/// <!-- claimaudit-disable weasel-attribution, hedging -->  …  <!-- claimaudit-enable weasel-attribution -->
/// <!-- claimaudit-disable -->  (every rule, to the end of the file or the next enable)
/// <!-- claimaudit-disable-next-line hedging -- the minister's own word -->
/// ```
///
/// The loaders blank comments out of the document view, so comments are
/// found here by scanning the source bytes (Markdown and HTML alike; a plain
/// text file simply has none). `disable-next-line` covers the next line that
/// is not blank, so the comment can sit on its own line above a paragraph.
/// A `disable` without a matching `enable` runs to the end of the file. Any
/// `disable` of a rule, wherever it sits, also suppresses that rule's
/// document-level findings (they belong to no line). Text after ` -- ` is
/// a reason for readers and is ignored. A directive (or one rule named in it)
/// that suppresses nothing is reported as an `unused-suppression` finding.
public struct Suppressions: Sendable {
    public enum Kind: String, Sendable {
        case disableNextLine = "disable-next-line"
        case disable
        case enable
    }

    /// One comment.
    public struct Directive: Sendable, Hashable {
        public var kind: Kind
        /// Rule ids named; empty means every rule.
        public var rules: [String]
        /// Byte range of the whole comment `<!-- … -->`.
        public var range: Range<Int>
    }

    /// A stretch of the file where some rules are off.
    struct Region: Sendable {
        /// nil: every rule.
        var rule: String?
        var range: Range<Int>
        /// Index into `directives` of the comment that opened it.
        var directive: Int
    }

    public private(set) var directives: [Directive] = []
    var regions: [Region] = []
    /// `enable` comments that closed nothing: directive index and rule.
    var strayEnables: [(directive: Int, rule: String?)] = []

    /// Directives of a loaded document. In Markdown, a `<!-- … -->` shown as
    /// code (a code span keeps it visible in the view; a code block is listed
    /// in `literalRanges`) is text about a directive, not a directive.
    public init(document: Document) {
        directives = Self.scan(document.source.bytes)
        if document.format == .markdown {
            directives.removeAll { d in
                let first = d.range.lowerBound
                let shown = first < document.view.count && !MarkdownLoader.isBlankOrIgnorable(document.view[first])
                return shown || document.literalRanges.contains { $0.contains(first) }
            }
        }
        buildRegions(document.source)
    }

    public var isEmpty: Bool { directives.isEmpty }

    // MARK: Scanning

    private static let open = Array("<!--".utf8)
    private static let close = Array("-->".utf8)
    private static let prefix = Array("claimaudit-".utf8)

    static func scan(_ bytes: [UInt8]) -> [Directive] {
        var out: [Directive] = []
        var i = 0
        let n = bytes.count
        while i + 4 <= n {
            // Fast skip to the next '<'.
            guard bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else {
                i += 1
                continue
            }
            let bodyStart = i + 4
            guard let closeAt = find(close, in: bytes, from: bodyStart) else { break }
            let end = closeAt + 3
            if let directive = parse(bytes[bodyStart..<closeAt], range: i..<end) { out.append(directive) }
            i = end
        }
        return out
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count - needle.count
        while i <= n {
            if bytes[i] == needle[0] && bytes[i + 1] == needle[1] && bytes[i + 2] == needle[2] { return i }
            i += 1
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func parse(_ body: ArraySlice<UInt8>, range: Range<Int>) -> Directive? {
        var s = body.drop(while: isSpace)
        guard s.starts(with: prefix) else { return nil }
        s = s.dropFirst(prefix.count)
        let word = s.prefix { !isSpace($0) }
        let kind: Kind
        switch String(decoding: word, as: UTF8.self) {
        case "disable-next-line": kind = .disableNextLine
        case "disable": kind = .disable
        case "enable": kind = .enable
        default: return nil
        }
        var rest = String(decoding: s.dropFirst(word.count), as: UTF8.self)
        // A reason after " -- " is for readers.
        if let reason = rest.firstRange(ofDashes: ()) { rest = String(rest[..<reason]) }
        let rules = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        return Directive(kind: kind, rules: rules, range: range)
    }

    // MARK: Regions

    private mutating func buildRegions(_ source: SourceText) {
        let end = source.bytes.count
        // Open `disable` regions by rule (nil key = all rules).
        var openRegions: [(rule: String?, start: Int, directive: Int)] = []
        for (index, d) in directives.enumerated() {
            let targets: [String?] = d.rules.isEmpty ? [nil] : d.rules.map { $0 }
            switch d.kind {
            case .disableNextLine:
                let line = Self.nextNonBlankLine(after: d.range.upperBound, in: source)
                for rule in targets { regions.append(Region(rule: rule, range: line, directive: index)) }
            case .disable:
                for rule in targets { openRegions.append((rule, d.range.upperBound, index)) }
            case .enable:
                for rule in targets {
                    // `enable` with no rules closes every open region; with a
                    // rule, it closes that rule's regions and the all-rules one
                    // stays open.
                    let closing = openRegions.indices.filter { rule == nil || openRegions[$0].rule == rule }
                    if closing.isEmpty { strayEnables.append((index, rule)); continue }
                    for i in closing {
                        let o = openRegions[i]
                        regions.append(Region(rule: o.rule, range: o.start..<d.range.lowerBound, directive: o.directive))
                    }
                    for i in closing.reversed() { openRegions.remove(at: i) }
                }
            }
        }
        for o in openRegions {
            regions.append(Region(rule: o.rule, range: o.start..<end, directive: o.directive))
        }
    }

    /// Byte range of the first line after `offset`'s line that holds more
    /// than white space; empty when there is none.
    static func nextNonBlankLine(after offset: Int, in source: SourceText) -> Range<Int> {
        let starts = source.lineStarts
        let bytes = source.bytes
        var line = source.location(of: offset).line // 1-based line holding the comment's end
        while line < starts.count {
            let start = starts[line]
            let stop = line + 1 < starts.count ? starts[line + 1] : bytes.count
            if bytes[start..<stop].contains(where: { !isSpace($0) }) { return start..<stop }
            line += 1
        }
        return bytes.count..<bytes.count
    }

    // MARK: Applying

    /// Removes suppressed claim findings (by offset) from `report`, then
    /// adds `documentFindings(report)` (the document rules, computed on what
    /// is left) and removes those that any `disable` of their rule covers;
    /// keeps the summary current. Returns one `unused-suppression` finding
    /// per directive rule that suppressed nothing or names no rule in
    /// `knownRules`; a name may also be a pack id in `packs` (pack id → its
    /// rule ids), covering every rule of the pack. The unused findings are
    /// not added to the report: the caller decides (they may be turned off).
    public func apply(to report: inout DocumentReport, source: SourceText, knownRules: Set<String>,
                      packs: [String: Set<String>] = [:],
                      documentFindings: (DocumentReport) -> [Finding] = { _ in [] }) -> [Finding] {
        var used = [Bool](repeating: false, count: regions.count)
        func covers(_ name: String?, _ rule: String) -> Bool {
            guard let name else { return true }
            return name == rule || packs[name]?.contains(rule) == true
        }
        func suppressed(_ f: Finding, document: Bool) -> Bool {
            var hit = false
            for (i, r) in regions.enumerated() where covers(r.rule, f.rule) {
                let covers = document ? directives[r.directive].kind == .disable : r.range.contains(f.start)
                if covers { used[i] = true; hit = true }
            }
            return hit
        }
        // Most articles have no suppression comment: nothing to remove,
        // and the summary (not cheap: words, sources) is already right.
        if !regions.isEmpty {
            for c in report.claims.indices {
                report.claims[c].findings.removeAll { suppressed($0, document: false) }
            }
            report.refreshSummary()
        }
        // Document rules see the article as the writer left it: a suppressed
        // hedge does not count towards hedges per 100 words.
        // Append, filter, then recount once (`addDocumentFindings` would
        // recount before the filter as well).
        report.documentFindings.append(contentsOf: documentFindings(report))
        report.documentFindings.removeAll { suppressed($0, document: true) }
        report.refreshSummary()

        var out: [Finding] = []
        func unused(_ directive: Int, _ rule: String?, _ why: String) {
            let d = directives[directive]
            let name = rule.map { "“\($0)”" } ?? "of every rule"
            out.append(Finding(rule: Self.unusedRuleID, category: "suppression", severity: .info,
                               message: "Suppression \(name) \(why): remove it.",
                               start: d.range.lowerBound, end: d.range.upperBound,
                               location: source.location(of: d.range.lowerBound)))
        }
        for (i, r) in regions.enumerated() where !used[i] {
            if let rule = r.rule, !knownRules.contains(rule), packs[rule] == nil {
                unused(r.directive, rule, "names no rule in force")
            } else {
                unused(r.directive, r.rule, "suppresses nothing")
            }
        }
        for stray in strayEnables { unused(stray.directive, stray.rule, "enables a rule that was not disabled") }
        // Directive order, then rule order within it: stable output.
        return out.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    /// The id of the finding for a suppression that does nothing.
    public static let unusedRuleID = "unused-suppression"
}

extension String {
    /// Start of a ` -- ` reason separator.
    fileprivate func firstRange(ofDashes: Void) -> String.Index? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(" -- ") || self[i...].hasPrefix("\t-- ") { return i }
            i = index(after: i)
        }
        return nil
    }
}
