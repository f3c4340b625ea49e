internal import CLibXML2

/// HTML through libxml2's recovering HTML parser.
///
/// The article body is the first `<article>`, else `<main>`, else `<body>`.
/// Blocks: `p`, `li` (level = list nesting), `h1`–`h6`, `dd`/`dt`, `td`/`th`,
/// `caption`, `summary`, and each run of inline content sitting directly in
/// a container (`div`, `section`, `blockquote`, …). Inside `blockquote`
/// blocks are `quoted`. Never read: `script`, `style`, `nav`, `footer`,
/// `figcaption`, `aside`, `noscript`, `template`, `form`, `button`, `svg`,
/// `iframe`, `pre` and other embedded or interactive content, and `code`
/// outside prose. A `header` is skipped too, except inside the article,
/// where only its headings are read (that is where the headline lives).
///
/// The view starts blank (spaces, line breaks kept); the text chunks of each
/// block are copied in at their file offsets (`HTMLTree`), entities decoded
/// in place. Between two chunks of one block, markup that vanishes when
/// rendered (`</em>`, `<a href>`) becomes ignorable, and markup that breaks
/// the line (`<br>`, a skipped element, a comment) stays space; two `<br>`s
/// in a row end the block (old pages separate paragraphs so). Because the
/// walk visits each text node once, libxml2 2.9's nested `<p>` (an unknown
/// `<section>` does not close an open `<p>`) cannot duplicate text: a nested
/// block simply ends the enclosing block's run of text.
public enum HTMLLoader {
    public static func load(_ source: SourceText) throws -> Document {
        var isEmpty = true
        for b in source.bytes where !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C) {
            isEmpty = false
            break
        }
        if isEmpty {
            return Document(source: source, format: .html, view: source.bytes, blocks: [])
        }
        let tree = try HTMLTree.parse(source.bytes, path: source.path)
        var walker = HTMLBlockWalker(source: source.bytes, tree: tree)
        var links: [DocumentLink] = []
        if let root = tree.root {
            let article = HTMLBlockWalker.articleRoot(of: root)
            walker.walk(article)
            links = HTMLLinks.links(tree: tree, root: article, view: walker.view)
        }
        var notes: [SourceNote] = []
        if tree.flattenedElements > 0 {
            let at = tree.firstFlattenedOffset
            notes.append(SourceNote(
                code: "html-too-deep", severity: .warning, start: at, end: at,
                message: "HTML nested more than \(HTMLTree.maxDepth) elements deep: \(tree.flattenedElements) deeper "
                    + "elements were read as part of the element above them (their text is kept, their structure is not)"))
        }
        return withExtendedLifetime(tree) {
            Document(source: source, format: .html, view: walker.view, blocks: walker.blocks, links: links, notes: notes)
        }
    }
}

/// Walks the article element and paints its prose into the view.
struct HTMLBlockWalker {
    let source: [UInt8]
    let tree: HTMLTree
    var view: [UInt8]
    var blocks: [Block] = []

    /// What an element means to the walk.
    enum Role {
        /// Never read; ends the current block (nav, footer, pre, …).
        case skipBlock
        /// Never read; separates words inside a block (script, button, svg, …).
        case skipInline
        case heading(Int)
        /// A block of prose: p, dd, dt, td, th, caption, summary.
        case prose
        case listItem
        /// ul, ol, dl: holds list items (each `li` adds a level).
        case list
        case quote
        /// div, section, article, table, tr, …: its bare text runs are paragraphs.
        case container
        case header
        /// `code`: kept inside prose, skipped as a code block elsewhere.
        case code
        /// img, input, …: separates words.
        case separator
        /// br: separates words; two in a row end the block.
        case lineBreak
        /// em, a, span, unknown elements: vanish without splitting a word.
        case inline
    }

    struct Context {
        var kind: Block.Kind = .paragraph
        var level = 0
        var listDepth = 0
        var quoted = false
        var prose = false
        var headingsOnly = false
        var inArticle = false
    }

    private var context = Context()
    /// The block being accumulated: first and end offsets of its chunks.
    private var runStart: Int? = nil
    private var runEnd = 0
    private var separatorPending = false
    /// A `<br>` was seen and nothing visible followed it yet.
    private var lineBreakPending = false
    private var roles: [UnsafePointer<xmlChar>: Role] = [:]

    init(source: [UInt8], tree: HTMLTree) {
        self.source = source
        self.tree = tree
        var view = source
        view.withUnsafeMutableBufferPointer { v in
            for i in v.indices where v[i] != 0x0A && v[i] != 0x0D { v[i] = 0x20 }
        }
        self.view = view
    }

    /// The first `article` in document order, else `main`, else `body`,
    /// else the root element itself.
    static func articleRoot(of root: xmlNodePtr) -> xmlNodePtr {
        var main: xmlNodePtr? = nil
        var body: xmlNodePtr? = nil
        var node: xmlNodePtr? = root
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name {
                if isName(name, "article") { return n }
                if main == nil && isName(name, "main") { main = n }
                if body == nil && isName(name, "body") { body = n }
            }
            // Pre-order: first child, else next sibling, else an ancestor's sibling.
            if n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children {
                node = child
                continue
            }
            var up: xmlNodePtr? = n
            node = nil
            while let u = up, u != root {
                if let next = u.pointee.next {
                    node = next
                    break
                }
                up = u.pointee.parent
            }
        }
        return main ?? body ?? root
    }

    static func isName(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        let e = expected.utf8Start
        var i = 0
        while i < expected.utf8CodeUnitCount {
            if name[i] != e[i] { return false }
            i += 1
        }
        return name[i] == 0
    }

    // MARK: - Walk

    private struct Frame {
        var node: xmlNodePtr
        var saved: Context
        var endsBlock: Bool
    }

    /// Visits the subtree of `root` in document order without recursion
    /// (a hostile file may nest elements very deeply).
    mutating func walk(_ root: xmlNodePtr) {
        context.inArticle = root.pointee.name.map { Self.isName($0, "article") } ?? false
        var frames: [Frame] = []
        var current = root.pointee.children
        while true {
            if let n = current {
                if let frame = enter(n) {
                    if let child = n.pointee.children {
                        frames.append(frame)
                        current = child
                        continue
                    }
                    leave(frame)
                }
                current = n.pointee.next
                continue
            }
            guard let frame = frames.popLast() else { break }
            leave(frame)
            current = frame.node.pointee.next
        }
        flush()
    }

    /// Starts a node. Returns the frame to leave once its children are
    /// visited, or nil when they are not visited.
    private mutating func enter(_ n: xmlNodePtr) -> Frame? {
        switch n.pointee.type {
        case XML_TEXT_NODE:
            if !context.headingsOnly { paint(n) }
            return nil
        case XML_COMMENT_NODE:
            separatorPending = true
            return nil
        case XML_ELEMENT_NODE:
            break
        default:
            return nil
        }
        let saved = context
        var endsBlock = true
        switch role(of: n) {
        case .skipBlock:
            flush()
            return nil
        case .skipInline:
            separatorPending = true
            return nil
        case .separator:
            separatorPending = true
            return nil
        case .lineBreak:
            // Two `<br>`s with nothing visible between them end a block, as
            // in `<div>One paragraph.<br><br>Another.</div>`.
            if lineBreakPending {
                flush()
            } else {
                lineBreakPending = true
            }
            separatorPending = true
            return nil
        case .code:
            if !context.prose {
                separatorPending = true
                return nil
            }
            endsBlock = false
        case .inline:
            endsBlock = false
        case .heading(let level):
            flush()
            context.kind = .heading
            context.level = level
            context.prose = true
            context.headingsOnly = false
        case .prose:
            flush()
            setBodyKind()
            context.prose = true
        case .listItem:
            flush()
            context.listDepth += 1
            setBodyKind()
            context.prose = true
        case .list:
            flush()
            setBodyKind()
        case .quote:
            flush()
            context.quoted = true
            setBodyKind()
            context.prose = true
        case .container:
            flush()
            setBodyKind()
        case .header:
            guard context.inArticle else {
                flush()
                return nil
            }
            flush()
            context.headingsOnly = true
        }
        return Frame(node: n, saved: saved, endsBlock: endsBlock)
    }

    private mutating func leave(_ frame: Frame) {
        if frame.endsBlock { flush() }
        context = frame.saved
    }

    /// Bare text in the current element is a list item inside a list, else a paragraph.
    private mutating func setBodyKind() {
        if context.listDepth > 0 {
            context.kind = .listItem
            context.level = context.listDepth
        } else {
            context.kind = .paragraph
            context.level = 0
        }
    }

    private mutating func role(of n: xmlNodePtr) -> Role {
        guard let name = n.pointee.name else { return .inline }
        if let r = roles[name] { return r }
        let r = Self.role(named: String(cString: name))
        roles[name] = r
        return r
    }

    static func role(named name: String) -> Role {
        switch name {
        case "script", "style", "button", "svg", "iframe", "noscript", "template", "select",
             "textarea", "object", "embed", "canvas", "video", "audio", "math", "map", "head",
             "title", "meta", "link":
            return .skipInline
        case "nav", "footer", "figcaption", "aside", "form", "pre", "hr", "dialog", "menu",
             "fieldset", "frameset", "noframes", "xmp", "listing", "plaintext":
            return .skipBlock
        case "h1": return .heading(1)
        case "h2": return .heading(2)
        case "h3": return .heading(3)
        case "h4": return .heading(4)
        case "h5": return .heading(5)
        case "h6": return .heading(6)
        case "p", "dd", "dt", "td", "th", "caption", "summary", "legend":
            return .prose
        case "li": return .listItem
        case "ul", "ol", "dl": return .list
        case "blockquote": return .quote
        case "div", "section", "article", "main", "body", "html", "figure", "table", "thead",
             "tbody", "tfoot", "tr", "address", "details", "center", "hgroup", "picture", "colgroup":
            return .container
        case "header": return .header
        case "code": return .code
        case "br": return .lineBreak
        case "img", "input", "area", "col", "source", "track", "param", "progress", "meter",
             "output", "label":
            return .separator
        default:
            return .inline
        }
    }

    // MARK: - Painting

    /// Copies a text node's chunks into the view.
    private mutating func paint(_ n: xmlNodePtr) {
        for r in tree.ranges(of: n) {
            if runStart != nil && !separatorPending && r.lowerBound > runEnd {
                // Only vanishing markup lies between this chunk and the last.
                for k in runEnd..<r.lowerBound { view[k] = Document.ignorable }
            }
            paintChunk(r)
            if lineBreakPending && hasVisibleByte(r) { lineBreakPending = false }
            if runStart == nil { runStart = r.lowerBound }
            runEnd = max(runEnd, r.upperBound)
            separatorPending = false
        }
    }

    private func hasVisibleByte(_ r: Range<Int>) -> Bool {
        for k in r where !MarkdownLoader.isBlankOrIgnorable(view[k]) { return true }
        return false
    }

    private mutating func paintChunk(_ r: Range<Int>) {
        Self.paintChunk(r, source: source, into: &view)
    }

    /// Copies one chunk of text from `source` into `view` at the same
    /// offsets, decoding entities in place; stray markup becomes ignorable.
    static func paintChunk(_ r: Range<Int>, source: [UInt8], into view: inout [UInt8]) {
        var i = r.lowerBound
        let end = min(r.upperBound, source.count)
        source.withUnsafeBufferPointer { b in
            while i < end {
                let c = b[i]
                if c == 0x3C, let m = HTMLMarkup.markup(b, at: i, end: end) {
                    // Markup inside a chunk is a tag libxml2 dropped (a stray
                    // `</span>`): it made no node, so it joins the text around it.
                    for k in i..<m.end { view[k] = Document.ignorable }
                    i = m.end
                    continue
                }
                if c == 0x26, let m = HTMLEntities.match(b, at: i, end: end),
                   HTMLEntities.write(m, at: i, into: &view) {
                    i += m.length
                    continue
                }
                view[i] = c == 0 ? 0x20 : c   // libxml2 read NUL as a space too
                i += 1
            }
        }
    }

    /// Ends the current run of text: a block if anything but blanks was painted.
    private mutating func flush() {
        defer {
            runStart = nil
            runEnd = 0
            separatorPending = false
            lineBreakPending = false
        }
        guard let start = runStart,
              let range = MarkdownLoader.trimmed(start..<runEnd, in: view) else { return }
        blocks.append(Block(kind: context.kind, range: range, level: context.level, quoted: context.quoted))
    }
}
