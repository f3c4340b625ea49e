/// The block structure of a Markdown file, parsed line by line over bytes the
/// way CommonMark's reference parser does: each line first continues the open
/// containers (block quotes, list items), may then open new ones, and the rest
/// goes to the open leaf (paragraph, code, HTML block, table).
///
/// Markup that is not prose is blanked in `view` as it is seen: container
/// markers, front matter, code blocks, HTML blocks, thematic breaks,
/// reference definitions, heading marks and table pipes become spaces (line
/// breaks are kept). Each leaf of prose is recorded as a `MarkdownLeaf`
/// whose range still holds inline markup; `MarkdownInline` blanks that once
/// every reference definition is known.
struct MarkdownBlockParser {
    let src: [UInt8]
    var view: [UInt8]
    private(set) var leaves: [MarkdownLeaf] = []
    /// Normalised labels of `[label]: destination` definitions.
    private(set) var references: Set<[UInt8]> = []
    /// Byte ranges of code-block lines (fenced and indented): literal text,
    /// so a `<!-- … -->` there is not a comment.
    private(set) var literal: [Range<Int>] = []

    private enum Kind: Equatable {
        case document
        case quote
        /// A list item; `indent` is the column its content starts at,
        /// relative to its container.
        case item(indent: Int)
        case paragraph
        case fenced(fence: UInt8, length: Int, offset: Int)
        case indentedCode
        case html(type: Int)
        case table
    }

    private struct Node {
        var kind: Kind
        var start = 0
        var end = 0
        var lines = 0
        var hasChild = false
    }

    private var stack: [Node] = [Node(kind: .document)]

    // The current line: [lineStart, lineEnd) without its line break.
    private var lineStart = 0
    private var lineEnd = 0
    private var pos = 0
    private var col = 0
    private var nextNonspace = 0
    private var nextNonspaceCol = 0
    private var indent = 0
    private var blank = false
    private var allClosed = true
    private var lastMatched = 0

    /// Bytes before the first line: the decoder turns a UTF-8 byte-order
    /// mark into three spaces (same length, so offsets hold), which must not
    /// count as indentation of the first line.
    private let leading: Int

    init(_ bytes: [UInt8], byteOrderMark: Int) {
        src = bytes
        view = bytes
        leading = min(byteOrderMark, bytes.count)
    }

    mutating func parse() {
        let n = src.count
        let start = skipFrontMatter(from: leading)
        lineStart = start
        while lineStart < n {
            var e = lineStart
            while e < n && src[e] != 0x0A && src[e] != 0x0D { e += 1 }
            lineEnd = e
            var next = e
            if next < n && src[next] == 0x0D { next += 1 }
            if next < n && src[next] == 0x0A { next += 1 }
            processLine()
            lineStart = next
        }
        while stack.count > 1 { finalizeLast() }
    }

    // MARK: - Lines

    private mutating func processLine() {
        pos = lineStart
        col = 0
        var matched = 0
        var i = 1
        containers: while i < stack.count {
            findNextNonspace()
            var ok = false
            switch stack[i].kind {
            case .document:
                ok = true
            case .quote:
                if indent <= 3 && !blank && src[nextNonspace] == 0x3E {
                    advanceNextNonspace()
                    view[pos] = 0x20
                    pos += 1
                    col += 1
                    if pos < lineEnd && (src[pos] == 0x20 || src[pos] == 0x09) { advanceColumns(1) }
                    ok = true
                }
            case .item(let w):
                if blank {
                    if stack[i].hasChild {
                        advanceNextNonspace()
                        ok = true
                    }
                } else if indent >= w {
                    advanceColumns(w)
                    ok = true
                }
            case .paragraph:
                ok = !blank
            case .fenced(let fence, let length, let offset):
                if indent <= 3 && isClosingFence(at: nextNonspace, fence: fence, length: length) {
                    blankBytes(lineStart..<lineEnd)
                    stack.removeLast()
                    return
                }
                var k = offset
                while k > 0 && pos < lineEnd && src[pos] == 0x20 {
                    pos += 1
                    col += 1
                    k -= 1
                }
                ok = true
            case .indentedCode:
                if indent >= 4 {
                    advanceColumns(4)
                    ok = true
                } else if blank {
                    advanceNextNonspace()
                    ok = true
                }
            case .html(let type):
                ok = !(blank && type >= 6)
            case .table:
                ok = !blank && lineHasPipe(from: pos)
            }
            if !ok { break containers }
            matched = i
            i += 1
        }
        lastMatched = matched
        allClosed = matched == stack.count - 1
        var cont = matched

        // New block starts.
        var matchedLeaf = !isParagraph(cont) && acceptsLines(stack[cont].kind)
        starts: while !matchedLeaf {
            findNextNonspace()
            if blank {
                advanceNextNonspace()
                break starts
            }
            let c = src[nextNonspace]
            if indent < 4 {
                switch c {
                case 0x3E: // block quote
                    advanceNextNonspace()
                    view[pos] = 0x20
                    pos += 1
                    col += 1
                    if pos < lineEnd && (src[pos] == 0x20 || src[pos] == 0x09) { advanceColumns(1) }
                    closeUnmatched()
                    cont = addChild(.quote, to: cont)
                    continue starts
                case 0x23: // ATX heading
                    if let heading = atxHeading() {
                        closeUnmatched()
                        cont = closeParagraph(cont)
                        blankBytes(lineStart..<lineEnd, except: heading.content)
                        markChild(cont)
                        emit(heading.content, heading: heading.level)
                        return
                    }
                case 0x60, 0x7E: // fenced code
                    let n = runLength(nextNonspace, c)
                    if n >= 3 && (c == 0x7E || !lineContains(0x60, from: nextNonspace + n)) {
                        let offset = indent
                        closeUnmatched()
                        cont = addChild(.fenced(fence: c, length: n, offset: offset), to: cont)
                        matchedLeaf = true
                        break starts
                    }
                case 0x3C: // HTML block
                    if let type = htmlBlockStart(at: nextNonspace, canInterruptParagraph: !isParagraph(cont)) {
                        closeUnmatched()
                        cont = addChild(.html(type: type), to: cont)
                        matchedLeaf = true
                        break starts
                    }
                default:
                    break
                }
                if isParagraph(cont) && (c == 0x3D || c == 0x2D) && isSetextUnderline() {
                    closeUnmatched()
                    blankBytes(lineStart..<lineEnd)
                    let p = stack.removeLast()
                    emit(p.start..<p.end, heading: c == 0x3D ? 1 : 2)
                    return
                }
                if isParagraph(cont) && stack[cont].lines == 1 && startTable(cont) { return }
                if (c == 0x2A || c == 0x2D || c == 0x5F) && isThematicBreak() {
                    closeUnmatched()
                    cont = closeParagraph(cont)
                    blankBytes(lineStart..<lineEnd)
                    return
                }
                if let w = listItemStart(interruptingParagraph: isParagraph(cont)) {
                    closeUnmatched()
                    cont = addChild(.item(indent: w), to: cont)
                    continue starts
                }
            } else if stack[stack.count - 1].kind != .paragraph && !blank {
                advanceColumns(4)
                closeUnmatched()
                cont = addChild(.indentedCode, to: cont)
                matchedLeaf = true
                break starts
            }
            advanceNextNonspace()
            break starts
        }

        // The rest of the line.
        if !allClosed && !blank && stack[stack.count - 1].kind == .paragraph {
            extendParagraph()   // lazy continuation line
            return
        }
        closeUnmatched()
        let last = stack.count - 1
        switch stack[last].kind {
        case .paragraph:
            extendParagraph()
        case .fenced, .indentedCode:
            blankBytes(lineStart..<lineEnd)
            if let last = literal.last, last.upperBound >= lineStart - 2 {
                literal[literal.count - 1] = last.lowerBound..<lineEnd
            } else {
                literal.append(lineStart..<lineEnd)
            }
        case .html(let type):
            blankBytes(lineStart..<lineEnd)
            if type <= 5 && htmlBlockEnds(type) { finalizeLast() }
        case .table:
            tableRow(pos..<lineEnd)
        default:
            findNextNonspace()
            guard !blank else { return }
            advanceNextNonspace()
            if linkReferenceDefinition() {
                blankBytes(lineStart..<lineEnd)
                return
            }
            markChild(last)
            var p = Node(kind: .paragraph)
            p.start = pos
            p.end = trimmedEnd(pos)
            p.lines = 1
            stack.append(p)
        }
    }

    private mutating func extendParagraph() {
        let last = stack.count - 1
        findNextNonspace()
        let e = trimmedEnd(nextNonspace)
        if e > stack[last].end { stack[last].end = e }
        stack[last].lines += 1
    }

    private func isParagraph(_ i: Int) -> Bool { stack[i].kind == .paragraph }

    private func acceptsLines(_ kind: Kind) -> Bool {
        switch kind {
        case .paragraph, .fenced, .indentedCode, .html, .table: return true
        default: return false
        }
    }

    // MARK: - Tree

    /// Closes the containers that did not continue on this line (once per line).
    private mutating func closeUnmatched() {
        guard !allClosed else { return }
        while stack.count - 1 > lastMatched { finalizeLast() }
        allClosed = true
    }

    /// Closes a paragraph about to be interrupted; returns the container index.
    private mutating func closeParagraph(_ cont: Int) -> Int {
        guard isParagraph(cont) else { return cont }
        finalizeLast()
        return cont - 1
    }

    private mutating func addChild(_ kind: Kind, to cont: Int) -> Int {
        var c = cont
        while acceptsLines(stack[c].kind) {
            finalizeLast()
            c -= 1
        }
        markChild(c)
        stack.append(Node(kind: kind))
        return stack.count - 1
    }

    private mutating func markChild(_ i: Int) {
        stack[i].hasChild = true
    }

    private mutating func finalizeLast() {
        let node = stack.removeLast()
        if node.kind == .paragraph { emit(node.start..<node.end, heading: 0) }
    }

    /// Records a leaf of prose; its kind and level come from the open containers.
    private mutating func emit(_ range: Range<Int>, heading level: Int, tableRow: Bool = false) {
        guard range.lowerBound < range.upperBound else { return }
        var items = 0
        var quoted = false
        for node in stack {
            if case .item = node.kind { items += 1 }
            if node.kind == .quote { quoted = true }
        }
        let kind: Block.Kind = level > 0 ? .heading : (items > 0 ? .listItem : .paragraph)
        leaves.append(MarkdownLeaf(range: range, kind: kind, level: level > 0 ? level : items, quoted: quoted))
    }

    // MARK: - Columns

    /// Line start for which `cachedNonspace` holds, and that first non-space
    /// byte with its column. Columns are absolute (tab stops from the line
    /// start), so from any `pos` at or before it the answer is the same; the
    /// cache keeps deeply nested containers from rescanning indentation.
    private var cachedLine = -1
    private var cachedNonspace = 0
    private var cachedNonspaceCol = 0

    private mutating func findNextNonspace() {
        if cachedLine == lineStart && pos <= cachedNonspace {
            nextNonspace = cachedNonspace
            nextNonspaceCol = cachedNonspaceCol
            indent = nextNonspaceCol - col
            blank = nextNonspace == lineEnd
            return
        }
        var i = pos
        var c = col
        while i < lineEnd {
            let b = src[i]
            if b == 0x20 {
                c += 1
            } else if b == 0x09 {
                c += 4 - c % 4
            } else {
                break
            }
            i += 1
        }
        nextNonspace = i
        nextNonspaceCol = c
        indent = c - col
        blank = i == lineEnd
        cachedLine = lineStart
        cachedNonspace = i
        cachedNonspaceCol = c
    }

    private mutating func advanceNextNonspace() {
        pos = nextNonspace
        col = nextNonspaceCol
    }

    /// Advances `count` columns; a tab is consumed whole (tab stops of 4).
    private mutating func advanceColumns(_ count: Int) {
        var left = count
        while left > 0 && pos < lineEnd {
            if src[pos] == 0x09 {
                let w = 4 - col % 4
                col += w
                left -= w
            } else {
                col += 1
                left -= 1
            }
            pos += 1
        }
    }

    private func trimmedEnd(_ from: Int) -> Int {
        var e = lineEnd
        while e > from && (src[e - 1] == 0x20 || src[e - 1] == 0x09) { e -= 1 }
        return e
    }

    private func runLength(_ i: Int, _ c: UInt8) -> Int {
        var k = i
        while k < lineEnd && src[k] == c { k += 1 }
        return k - i
    }

    private func lineContains(_ c: UInt8, from: Int) -> Bool {
        var k = from
        while k < lineEnd {
            if src[k] == c { return true }
            k += 1
        }
        return false
    }

    private func restIsBlank(from: Int) -> Bool {
        var k = from
        while k < lineEnd {
            if src[k] != 0x20 && src[k] != 0x09 { return false }
            k += 1
        }
        return true
    }

    // MARK: - Blanking

    /// Overwrites a range of the view with spaces, keeping line breaks.
    private mutating func blankBytes(_ range: Range<Int>, except keep: Range<Int>? = nil) {
        for k in range {
            if let keep, keep.contains(k) { continue }
            let b = view[k]
            if b != 0x0A && b != 0x0D { view[k] = 0x20 }
        }
    }

    /// Front matter: `---` … `---`/`...` (YAML) or `+++` … `+++` (TOML) as
    /// the very first lines. Blanked; returns where the body starts.
    private mutating func skipFrontMatter(from start: Int) -> Int {
        let n = src.count
        guard start + 3 <= n else { return start }
        let c = src[start]
        guard (c == 0x2D || c == 0x2B) && src[start + 1] == c && src[start + 2] == c else { return start }
        func lineBounds(_ s: Int) -> (end: Int, next: Int) {
            var e = s
            while e < n && src[e] != 0x0A && src[e] != 0x0D { e += 1 }
            var next = e
            if next < n && src[next] == 0x0D { next += 1 }
            if next < n && src[next] == 0x0A { next += 1 }
            return (e, next)
        }
        func isFence(_ s: Int, _ e: Int, _ allowDots: Bool) -> Bool {
            var t = e
            while t > s && (src[t - 1] == 0x20 || src[t - 1] == 0x09) { t -= 1 }
            guard t - s == 3 else { return false }
            if src[s] == c && src[s + 1] == c && src[s + 2] == c { return true }
            return allowDots && src[s] == 0x2E && src[s + 1] == 0x2E && src[s + 2] == 0x2E
        }
        let first = lineBounds(start)
        guard isFence(start, first.end, false), first.next > first.end else { return start }
        var s = first.next
        while s < n {
            let l = lineBounds(s)
            if isFence(s, l.end, c == 0x2D) {
                blankBytes(start..<l.end)
                return l.next
            }
            if l.next == s { break }
            s = l.next
        }
        return start
    }

    // MARK: - Leaf starts

    private struct ATXHeading {
        var level: Int
        var content: Range<Int>
    }

    private func atxHeading() -> ATXHeading? {
        let level = runLength(nextNonspace, 0x23)
        guard level >= 1 && level <= 6 else { return nil }
        var s = nextNonspace + level
        guard s == lineEnd || src[s] == 0x20 || src[s] == 0x09 else { return nil }
        while s < lineEnd && (src[s] == 0x20 || src[s] == 0x09) { s += 1 }
        var e = trimmedEnd(s)
        // A closing run of #s preceded by a space (or filling the heading) goes.
        var h = e
        while h > s && src[h - 1] == 0x23 { h -= 1 }
        if h < e && (h == s || src[h - 1] == 0x20 || src[h - 1] == 0x09) {
            e = h
            while e > s && (src[e - 1] == 0x20 || src[e - 1] == 0x09) { e -= 1 }
        }
        return ATXHeading(level: level, content: s..<max(s, e))
    }

    private func isClosingFence(at i: Int, fence: UInt8, length: Int) -> Bool {
        guard i < lineEnd, src[i] == fence else { return false }
        let n = runLength(i, fence)
        return n >= length && restIsBlank(from: i + n)
    }

    private func isSetextUnderline() -> Bool {
        let c = src[nextNonspace]
        let n = runLength(nextNonspace, c)
        return restIsBlank(from: nextNonspace + n)
    }

    private func isThematicBreak() -> Bool {
        let c = src[nextNonspace]
        var count = 0
        var k = nextNonspace
        while k < lineEnd {
            let b = src[k]
            if b == c {
                count += 1
            } else if b != 0x20 && b != 0x09 {
                return false
            }
            k += 1
        }
        return count >= 3
    }

    /// A list marker at the next non-space byte: blanks it, moves past its
    /// padding and returns the item's content indent, or nil.
    private mutating func listItemStart(interruptingParagraph: Bool) -> Int? {
        let m = nextNonspace
        let c = src[m]
        var markerEnd = m
        if c == 0x2A || c == 0x2B || c == 0x2D {
            markerEnd = m + 1
        } else if c >= 0x30 && c <= 0x39 {
            var k = m
            var value = 0
            while k < lineEnd && k - m < 9 && src[k] >= 0x30 && src[k] <= 0x39 {
                value = value * 10 + Int(src[k] - 0x30)
                k += 1
            }
            guard k < lineEnd, src[k] == 0x2E || src[k] == 0x29 else { return nil }
            if interruptingParagraph && value != 1 { return nil }
            markerEnd = k + 1
        } else {
            return nil
        }
        guard markerEnd == lineEnd || src[markerEnd] == 0x20 || src[markerEnd] == 0x09 else { return nil }
        if interruptingParagraph && restIsBlank(from: markerEnd) { return nil }
        let markerOffset = indent
        let markerWidth = markerEnd - m
        advanceNextNonspace()
        blankBytes(m..<markerEnd)
        pos = markerEnd
        col += markerWidth
        let spacesStartPos = pos
        let spacesStartCol = col
        while col - spacesStartCol < 5 && pos < lineEnd && (src[pos] == 0x20 || src[pos] == 0x09) {
            advanceColumns(1)
        }
        let spaces = col - spacesStartCol
        let padding: Int
        if spaces >= 5 || spaces < 1 || pos == lineEnd {
            padding = markerWidth + 1
            pos = spacesStartPos
            col = spacesStartCol
            if pos < lineEnd && (src[pos] == 0x20 || src[pos] == 0x09) { advanceColumns(1) }
        } else {
            padding = markerWidth + spaces
        }
        return markerOffset + padding
    }

    // MARK: - HTML blocks

    private static let rawTextNames: [[UInt8]] = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }
    private static let blockNames: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// CommonMark's seven HTML block start conditions; returns the type.
    private func htmlBlockStart(at i: Int, canInterruptParagraph: Bool) -> Int? {
        guard i + 1 < lineEnd else { return nil }
        let next = src[i + 1]
        if next == 0x21 {
            if i + 3 < lineEnd && src[i + 2] == 0x2D && src[i + 3] == 0x2D { return 2 }
            if startsWith("![CDATA[", at: i + 1) { return 5 }
            if i + 2 < lineEnd && HTMLMarkup.isLetter(src[i + 2]) { return 4 }
            return nil
        }
        if next == 0x3F { return 3 }
        var k = i + 1
        let closing = src[k] == 0x2F
        if closing { k += 1 }
        let nameStart = k
        while k < lineEnd && (HTMLMarkup.isLetter(src[k]) || HTMLMarkup.isDigit(src[k])) { k += 1 }
        guard k > nameStart, HTMLMarkup.isLetter(src[nameStart]) else { return nil }
        let name = lowercased(nameStart..<k)
        let after: UInt8 = k < lineEnd ? src[k] : 0x20
        let ends = after == 0x20 || after == 0x09 || after == 0x3E
            || (after == 0x2F && k + 1 < lineEnd && src[k + 1] == 0x3E)
        if !closing && Self.rawTextNames.contains(name) && (ends || k == lineEnd) { return 1 }
        if Self.blockNames.contains(name) && (ends || k == lineEnd) { return 6 }
        guard canInterruptParagraph, !Self.rawTextNames.contains(name) else { return nil }
        let tagEnd: Int? = src.withUnsafeBufferPointer { b in HTMLMarkup.tag(b, at: i, end: lineEnd)?.end }
        if let tagEnd, restIsBlank(from: tagEnd) { return 7 }
        return nil
    }

    private func htmlBlockEnds(_ type: Int) -> Bool {
        switch type {
        case 1:
            for name in ["</script>", "</pre>", "</style>", "</textarea>"] where lineContainsCaseless(name) { return true }
            return false
        case 2: return lineContainsCaseless("-->")
        case 3: return lineContainsCaseless("?>")
        case 4: return lineContains(0x3E, from: lineStart)
        default: return lineContainsCaseless("]]>")
        }
    }

    private func lineContainsCaseless(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard lineEnd - lineStart >= pattern.count else { return false }
        var k = lineStart
        while k + pattern.count <= lineEnd {
            var j = 0
            while j < pattern.count && (src[k + j] | 0x20) == (pattern[j] | 0x20) { j += 1 }
            if j == pattern.count { return true }
            k += 1
        }
        return false
    }

    private func startsWith(_ s: String, at i: Int) -> Bool {
        var k = i
        for c in s.utf8 {
            guard k < lineEnd, src[k] == c else { return false }
            k += 1
        }
        return true
    }

    private func lowercased(_ r: Range<Int>) -> [UInt8] {
        r.map { HTMLMarkup.isLetter(src[$0]) ? src[$0] | 0x20 : src[$0] }
    }

    // MARK: - Link reference definitions

    /// `[label]: destination "title"` filling the line from `pos`: records
    /// the label. Titles on a following line are not supported.
    private mutating func linkReferenceDefinition() -> Bool {
        guard pos < lineEnd, src[pos] == 0x5B else { return false }
        var k = pos + 1
        while k < lineEnd && k - pos <= 1000 {
            let c = src[k]
            if c == 0x5C { k += 2; continue }
            if c == 0x5B { return false }
            if c == 0x5D { break }
            k += 1
        }
        guard k < lineEnd, src[k] == 0x5D, k > pos + 1, k + 1 < lineEnd, src[k + 1] == 0x3A else { return false }
        let label = (pos + 1)..<k
        var m = k + 2
        while m < lineEnd && (src[m] == 0x20 || src[m] == 0x09) { m += 1 }
        guard m < lineEnd else { return false }
        let destinationStart = m
        if src[m] == 0x3C {
            while m < lineEnd && src[m] != 0x3E { m += 1 }
            guard m < lineEnd else { return false }
            m += 1
        } else {
            while m < lineEnd && src[m] > 0x20 { m += 1 }
        }
        guard m > destinationStart else { return false }
        let afterDestination = m
        while m < lineEnd && (src[m] == 0x20 || src[m] == 0x09) { m += 1 }
        if m < lineEnd {
            let q = src[m]
            guard m > afterDestination, q == 0x22 || q == 0x27 || q == 0x28 else { return false }
            let close: UInt8 = q == 0x28 ? 0x29 : q
            m += 1
            while m < lineEnd && src[m] != close {
                if src[m] == 0x5C { m += 1 }
                m += 1
            }
            guard m < lineEnd, restIsBlank(from: m + 1) else { return false }
        }
        let normalized = src.withUnsafeBufferPointer { MarkdownInline.normalizeLabel($0, label) }
        guard !normalized.isEmpty else { return false }
        references.insert(normalized)
        return true
    }

    // MARK: - Tables

    private func lineHasPipe(from: Int) -> Bool {
        var k = from
        while k < lineEnd {
            if src[k] == 0x5C { k += 2; continue }
            if src[k] == 0x7C { return true }
            k += 1
        }
        return false
    }

    /// Cells in a row: unescaped pipes split it; outer pipes are optional.
    private func cellCount(_ r: Range<Int>) -> Int {
        var s = r.lowerBound, e = r.upperBound
        while s < e && (src[s] == 0x20 || src[s] == 0x09) { s += 1 }
        while e > s && (src[e - 1] == 0x20 || src[e - 1] == 0x09) { e -= 1 }
        guard s < e else { return 0 }
        if src[s] == 0x7C { s += 1 }
        if e > s && src[e - 1] == 0x7C && (e - 2 < s || src[e - 2] != 0x5C) { e -= 1 }
        var count = 1
        var k = s
        while k < e {
            if src[k] == 0x5C { k += 2; continue }
            if src[k] == 0x7C { count += 1 }
            k += 1
        }
        return count
    }

    /// A GFM delimiter row under a one-line paragraph that holds a pipe turns
    /// the paragraph into a table's header row.
    private mutating func startTable(_ cont: Int) -> Bool {
        let header = stack[cont].start..<stack[cont].end
        guard lineHasPipeIn(header), lineHasPipe(from: nextNonspace) else { return false }
        var k = nextNonspace
        var dashes = 0
        while k < lineEnd {
            let c = src[k]
            if c == 0x2D { dashes += 1 } else if c != 0x7C && c != 0x3A && c != 0x20 && c != 0x09 { return false }
            k += 1
        }
        guard dashes > 0, cellCount(nextNonspace..<lineEnd) == cellCount(header) else { return false }
        closeUnmatched()
        stack.removeLast()
        blankPipes(header)
        emitRow(header)
        blankBytes(lineStart..<lineEnd)
        markChild(stack.count - 1)
        stack.append(Node(kind: .table))
        return true
    }

    private func lineHasPipeIn(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if src[k] == 0x5C { k += 2; continue }
            if src[k] == 0x7C { return true }
            k += 1
        }
        return false
    }

    private mutating func tableRow(_ r: Range<Int>) {
        blankPipes(r)
        emitRow(r)
    }

    private mutating func blankPipes(_ r: Range<Int>) {
        var k = r.lowerBound
        while k < r.upperBound {
            if src[k] == 0x5C { k += 2; continue }
            if src[k] == 0x7C { view[k] = 0x20 }
            k += 1
        }
    }

    /// One table row is one block; the table node is its container's child,
    /// so the row takes the list level and quoting of the table's containers.
    private mutating func emitRow(_ r: Range<Int>) {
        var s = r.lowerBound, e = r.upperBound
        while s < e && (view[s] == 0x20 || view[s] == 0x09) { s += 1 }
        while e > s && (view[e - 1] == 0x20 || view[e - 1] == 0x09) { e -= 1 }
        emit(s..<e, heading: 0)
        if var leaf = leaves.last, leaf.range == s..<e, leaf.kind == .listItem {
            leaf.kind = .paragraph
            leaf.level = 0
            leaves[leaves.count - 1] = leaf
        }
    }
}

/// A leaf of prose found by the block parser, before inline markup is blanked.
struct MarkdownLeaf {
    var range: Range<Int>
    var kind: Block.Kind
    var level: Int
    var quoted: Bool
}
