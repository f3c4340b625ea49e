/// Inline Markdown inside one leaf block (paragraph, heading, list item,
/// table row), blanked in the view so the prose reads as plain text.
///
/// Works in two passes over the block's bytes: a scan that records what to
/// blank (escapes, code-span backticks, link punctuation and destinations,
/// images, autolinks, inline HTML, entities, emphasis delimiter runs), then
/// CommonMark's delimiter matching for `*`, `_` and `~`, and only then the
/// writes, so the scan always reads the unmodified bytes.
/// Punctuation that must vanish inside a word becomes `Document.ignorable`;
/// things that separate words (images, autolinks, comments, `<br>`) become
/// spaces. All offsets are byte offsets into the file.
struct MarkdownInline {
    /// Normalised labels of the link reference definitions in the document.
    let references: Set<[UInt8]>

    /// Longest link text or destination looked at, so a stray `[` or `(`
    /// costs a bounded scan rather than the rest of the paragraph.
    static let maxLinkLength = 2048

    private struct Fill {
        var start: Int
        var end: Int
        var byte: UInt8
    }

    private struct Delimiter {
        var pos: Int
        var length: Int
        var char: UInt8
        var canOpen: Bool
        var canClose: Bool
        /// Delimiter bytes not yet used; openers are used from the right.
        var remaining: Int
        /// Bytes used from the left (closers).
        var usedFront = 0
    }

    private enum CharClass { case space, punctuation, other }

    /// Memory of one block's scan that keeps stray `[` and backticks linear.
    private struct ScanState {
        /// Run length → an offset from which no run of that length follows.
        var unclosedBackticks: [Int: Int] = [:]
        /// `[` offset → its matching `]`, computed on the first `[`.
        var brackets: [Int: Int]? = nil
    }

    /// Blanks the inline markup of `range` in `view`.
    func process(_ view: inout [UInt8], _ range: Range<Int>) {
        var fills: [Fill] = []
        var decodes: [(Int, HTMLEntities.Match)] = []
        var delimiters: [Delimiter] = []
        view.withUnsafeBufferPointer { b in
            scan(b, range, &fills, &decodes, &delimiters)
        }
        if !delimiters.isEmpty { matchEmphasis(&delimiters, &fills) }
        for f in fills {
            var k = f.start
            while k < f.end {
                let c = view[k]
                if f.byte == Document.ignorable || (c != 0x0A && c != 0x0D) { view[k] = f.byte }
                k += 1
            }
        }
        for (at, m) in decodes { HTMLEntities.write(m, at: at, into: &view) }
    }

    private func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                      _ fills: inout [Fill], _ decodes: inout [(Int, HTMLEntities.Match)],
                      _ delimiters: inout [Delimiter]) {
        let start = range.lowerBound
        let end = min(range.upperBound, b.count)
        let ign = Document.ignorable
        var linkTails: [Int: Int] = [:]
        var state = ScanState()
        var i = start
        while i < end {
            let c = b[i]
            switch c {
            case 0x5C: // backslash: escape, or a hard line break before the newline
                if i + 1 < end {
                    let d = b[i + 1]
                    if Self.isASCIIPunctuation(d) {
                        fills.append(Fill(start: i, end: i + 1, byte: ign))
                        i += 2
                        continue
                    }
                    if d == 0x0A || d == 0x0D {
                        fills.append(Fill(start: i, end: i + 1, byte: 0x20))
                    }
                }
                i += 1
            case 0x60: // code span: keep the code, drop the backticks
                let n = Self.runLength(b, i, end, 0x60)
                if let close = Self.closingBackticks(b, from: i + n, count: n, end: end, &state) {
                    fills.append(Fill(start: i, end: i + n, byte: ign))
                    fills.append(Fill(start: close, end: close + n, byte: ign))
                    i = close + n
                } else {
                    i += n
                }
            case 0x26: // character reference
                if let m = HTMLEntities.match(b, at: i, end: end) {
                    decodes.append((i, m))
                    i += m.length
                } else {
                    i += 1
                }
            case 0x3C: // autolink, comment or inline tag
                if let e = Self.autolinkEnd(b, at: i, end: end) {
                    fills.append(Fill(start: i, end: e, byte: 0x20))
                    i = e
                } else if let m = HTMLMarkup.markup(b, at: i, end: end) {
                    fills.append(Fill(start: i, end: m.end, byte: m.separates ? 0x20 : ign))
                    i = m.end
                } else {
                    i += 1
                }
            case 0x21: // image: gone entirely, alt text too
                if i + 1 < end, b[i + 1] == 0x5B,
                   let close = matchingBracket(b, i + 1, start, end, &state),
                   let tail = linkTail(b, close: close, text: (i + 2)..<close, end: end) {
                    fills.append(Fill(start: i, end: tail, byte: 0x20))
                    i = tail
                } else {
                    i += 1
                }
            case 0x5B: // link: the text stays, `[` and `](…)` vanish
                if let close = matchingBracket(b, i, start, end, &state),
                   let tail = linkTail(b, close: close, text: (i + 1)..<close, end: end) {
                    fills.append(Fill(start: i, end: i + 1, byte: ign))
                    linkTails[close] = tail
                }
                i += 1
            case 0x5D:
                if let tail = linkTails[i] {
                    fills.append(Fill(start: i, end: tail, byte: ign))
                    i = tail
                } else {
                    i += 1
                }
            case 0x2A, 0x5F, 0x7E: // emphasis and strikethrough delimiter runs
                let n = Self.runLength(b, i, end, c)
                let before = Self.classBefore(b, i, start)
                let after = Self.classAt(b, i + n, end)
                let left = after != .space && (after != .punctuation || before != .other)
                let right = before != .space && (before != .punctuation || after != .other)
                var canOpen = left
                var canClose = right
                if c == 0x5F {
                    canOpen = left && (!right || before == .punctuation)
                    canClose = right && (!left || after == .punctuation)
                }
                if c != 0x7E || n <= 2, canOpen || canClose {
                    delimiters.append(Delimiter(pos: i, length: n, char: c, canOpen: canOpen,
                                                canClose: canClose, remaining: n))
                }
                i += n
            default:
                i += 1
            }
        }
    }

    /// CommonMark's "process emphasis": each closer, left to right, takes the
    /// nearest usable opener of the same character; delimiters between a
    /// matched pair can no longer match. Used delimiter bytes become ignorable.
    private func matchEmphasis(_ d: inout [Delimiter], _ fills: inout [Fill]) {
        // Lowest opener index still worth searching, per closer character,
        // closer-can-open and length mod 3 (keeps unmatched runs linear).
        var bottom = [Int](repeating: -1, count: 18)
        var closer = 0
        while closer < d.count {
            guard d[closer].canClose, d[closer].remaining > 0 else {
                closer += 1
                continue
            }
            let ch = d[closer].char
            let charIndex = ch == 0x2A ? 0 : (ch == 0x5F ? 1 : 2)
            let key = charIndex * 6 + (d[closer].canOpen ? 3 : 0) + d[closer].length % 3
            var opener = closer - 1
            var found = false
            while opener > bottom[key] {
                let o = d[opener]
                if o.char == ch && o.canOpen && o.remaining > 0 {
                    if ch == 0x7E {
                        if o.length == d[closer].length { found = true; break }
                    } else {
                        let c = d[closer]
                        let oddMatch = (o.canClose || c.canOpen) && (o.length + c.length) % 3 == 0
                            && !(o.length % 3 == 0 && c.length % 3 == 0)
                        if !oddMatch { found = true; break }
                    }
                }
                opener -= 1
            }
            guard found else {
                bottom[key] = closer - 1
                closer += 1
                continue
            }
            let use = ch == 0x7E ? d[closer].remaining
                : (d[opener].remaining >= 2 && d[closer].remaining >= 2 ? 2 : 1)
            let openerEnd = d[opener].pos + d[opener].remaining
            fills.append(Fill(start: openerEnd - use, end: openerEnd, byte: Document.ignorable))
            d[opener].remaining -= use
            let closerStart = d[closer].pos + d[closer].usedFront
            fills.append(Fill(start: closerStart, end: closerStart + use, byte: Document.ignorable))
            d[closer].usedFront += use
            d[closer].remaining -= use
            var k = opener + 1
            while k < closer {
                d[k].remaining = 0
                k += 1
            }
            if d[closer].remaining == 0 { closer += 1 }
        }
    }

    // MARK: - Links

    /// The `]` matching the `[` at `i`. On first use, one pass pairs every
    /// bracket of the block with a stack, skipping escapes, code spans and
    /// inline markup the way the scan does.
    private func matchingBracket(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ start: Int, _ end: Int,
                                 _ state: inout ScanState) -> Int? {
        if let table = state.brackets { return table[i] }
        var table: [Int: Int] = [:]
        var open: [Int] = []
        var k = start
        while k < end {
            let c = b[k]
            switch c {
            case 0x5C:
                k += 2
                continue
            case 0x60:
                let n = Self.runLength(b, k, end, 0x60)
                if let close = Self.closingBackticks(b, from: k + n, count: n, end: end, &state) {
                    k = close + n
                } else {
                    k += n
                }
                continue
            case 0x3C:
                if let e = Self.autolinkEnd(b, at: k, end: end) { k = e; continue }
                if let m = HTMLMarkup.markup(b, at: k, end: end) { k = m.end; continue }
            case 0x5B:
                open.append(k)
            case 0x5D:
                if let o = open.popLast() { table[o] = k }
            default:
                break
            }
            k += 1
        }
        state.brackets = table
        return table[i]
    }

    /// What follows link text ending at `close`: `(dest "title")`, `[ref]`,
    /// `[]`, or nothing for a shortcut reference. Returns the end of the
    /// whole link, or nil when the brackets are not a link.
    private func linkTail(_ b: UnsafeBufferPointer<UInt8>, close: Int, text: Range<Int>, end: Int) -> Int? {
        let k = close + 1
        if k < end && b[k] == 0x28 { return Self.inlineTail(b, open: k, end: end) }
        guard !references.isEmpty else { return nil }
        if k < end && b[k] == 0x5B {
            var m = k + 1
            let limit = min(end, k + 1000)
            while m < limit {
                let c = b[m]
                if c == 0x5C { m += 2; continue }
                if c == 0x5B { return nil }
                if c == 0x5D { break }
                m += 1
            }
            guard m < limit, b[m] == 0x5D else { return nil }
            let label = m == k + 1 ? text : (k + 1)..<m
            return references.contains(Self.normalizeLabel(b, label)) ? m + 1 : nil
        }
        return references.contains(Self.normalizeLabel(b, text)) ? close + 1 : nil
    }

    /// `(destination "title")` starting at the `(`: returns the byte after `)`.
    static func inlineTail(_ b: UnsafeBufferPointer<UInt8>, open: Int, end: Int) -> Int? {
        let limit = min(end, open + maxLinkLength)
        var m = open + 1
        while m < limit, HTMLMarkup.isSpace(b[m]) { m += 1 }
        guard m < limit else { return nil }
        if b[m] == 0x3C {
            m += 1
            while m < limit, b[m] != 0x3E {
                if b[m] == 0x0A || b[m] == 0x3C { return nil }
                if b[m] == 0x5C { m += 1 }
                m += 1
            }
            guard m < limit else { return nil }
            m += 1
        } else {
            var depth = 0
            while m < limit {
                let c = b[m]
                if c == 0x5C && m + 1 < limit { m += 2; continue }
                if c <= 0x20 { break }
                if c == 0x28 { depth += 1 }
                if c == 0x29 {
                    if depth == 0 { break }
                    depth -= 1
                }
                m += 1
            }
            guard depth == 0 else { return nil }
        }
        let afterDestination = m
        while m < limit, HTMLMarkup.isSpace(b[m]) { m += 1 }
        guard m < limit else { return nil }
        let q = b[m]
        if m > afterDestination && (q == 0x22 || q == 0x27 || q == 0x28) {
            let closeQuote: UInt8 = q == 0x28 ? 0x29 : q
            m += 1
            while m < limit, b[m] != closeQuote {
                if b[m] == 0x5C { m += 1 }
                m += 1
            }
            guard m < limit else { return nil }
            m += 1
            while m < limit, HTMLMarkup.isSpace(b[m]) { m += 1 }
        }
        guard m < limit, b[m] == 0x29 else { return nil }
        return m + 1
    }

    /// `<scheme:…>` or `<user@host>` at `i`: returns the byte after `>`.
    static func autolinkEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let limit = min(end, i + maxLinkLength)
        var k = i + 1
        guard k < limit, HTMLMarkup.isLetter(b[k]) else { return autolinkEmailEnd(b, at: i, limit: limit) }
        while k < limit {
            let c = b[k]
            if HTMLMarkup.isLetter(c) || HTMLMarkup.isDigit(c) || c == 0x2B || c == 0x2E || c == 0x2D { k += 1 } else { break }
        }
        let schemeLength = k - i - 1
        if schemeLength >= 2 && schemeLength <= 32 && k < limit && b[k] == 0x3A {
            k += 1
            while k < limit, b[k] > 0x20, b[k] != 0x3C, b[k] != 0x3E { k += 1 }
            return k < limit && b[k] == 0x3E ? k + 1 : nil
        }
        return autolinkEmailEnd(b, at: i, limit: limit)
    }

    private static func autolinkEmailEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int? {
        var k = i + 1
        let localStart = k
        while k < limit {
            let c = b[k]
            if HTMLMarkup.isLetter(c) || HTMLMarkup.isDigit(c) || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(c) { k += 1 } else { break }
        }
        guard k > localStart, k < limit, b[k] == 0x40 else { return nil }
        k += 1
        let domainStart = k
        while k < limit, HTMLMarkup.isLetter(b[k]) || HTMLMarkup.isDigit(b[k]) || b[k] == 0x2E || b[k] == 0x2D { k += 1 }
        guard k > domainStart, k < limit, b[k] == 0x3E else { return nil }
        return k + 1
    }

    /// A reference label as compared: ASCII lower-cased, runs of white space
    /// folded to one space, ends trimmed.
    static func normalizeLabel(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for k in range {
            var c = b[k]
            if HTMLMarkup.isSpace(c) || c == Document.ignorable {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            out.append(c)
        }
        return out
    }

    // MARK: - Bytes

    static func isASCIIPunctuation(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    @inline(__always)
    static func runLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ c: UInt8) -> Int {
        var k = i
        while k < end && b[k] == c { k += 1 }
        return k - i
    }

    /// Start of the next run of exactly `count` backticks at or after `from`.
    /// Where a search failed is remembered per length, so stray backticks
    /// cost about one scan per distinct length rather than one per run.
    private static func closingBackticks(_ b: UnsafeBufferPointer<UInt8>, from: Int, count: Int, end: Int,
                                         _ state: inout ScanState) -> Int? {
        let stop = state.unclosedBackticks[count] ?? end
        if from >= stop { return nil }
        var k = from
        while k < stop {
            if b[k] == 0x60 {
                let n = runLength(b, k, end, 0x60)
                if n == count { return k }
                k += n
            } else {
                k += 1
            }
        }
        state.unclosedBackticks[count] = from
        return nil
    }

    /// Class of the character ending just before `i` (start of block counts as space).
    private static func classBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ start: Int) -> CharClass {
        guard i > start else { return .space }
        var k = i - 1
        while k > start && (b[k] & 0xC0) == 0x80 && i - k < 4 { k -= 1 }
        return classAt(b, k, i)
    }

    /// Class of the character starting at `k` (end of block counts as space).
    private static func classAt(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> CharClass {
        guard k < end else { return .space }
        let c = b[k]
        if c < 0x80 {
            if c <= 0x20 { return .space }
            return isASCIIPunctuation(c) ? .punctuation : .other
        }
        if c == 0xC2, k + 1 < end {
            let d = b[k + 1]
            if d == 0xA0 { return .space }
            if d >= 0xA1 && d <= 0xBF { return .punctuation }
        }
        if c == 0xE2, k + 2 < end {
            let d = b[k + 1], e = b[k + 2]
            if d == 0x80 {
                if e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF { return .space }
                if e >= 0x90 { return .punctuation }
            }
            if d == 0x81 { return e == 0x9F ? .space : .punctuation }
        }
        if c == 0xE3, k + 2 < end, b[k + 1] == 0x80 {
            return b[k + 2] == 0x80 ? .space : .punctuation
        }
        return .other
    }
}
