internal import CLibXML2

/// An HTML document parsed by libxml2's recovering HTML parser, plus the
/// byte range in the file that each text node's characters came from.
///
/// Why not `record_info`: libxml2 2.9 records element positions only, and
/// an element closed implicitly (an unclosed `<p>`, mis-nested tags) gets
/// its end position when the parser notices, not where it ended. Text
/// positions are what a document view needs, so the parse wraps the SAX
/// callbacks that build the tree: when `characters` delivers a chunk, the
/// parser's input cursor (`consumed + cur - base`, in bytes) is just past
/// that chunk in the file. A chunk whose bytes equal the preceding file bytes
/// (plain text) starts `len` bytes earlier; any other chunk (an entity, a
/// character libxml2 dropped) starts where the previous event that consumed
/// markup ended, so its range may include a tag libxml2 dropped, which the
/// loader blanks. Only real tags count as such events: implied elements
/// (`html`, `body`, a `p` for stray text) and implied closes fire wherever the
/// cursor is, sometimes after text was read but before it was delivered, so a
/// start or end event moves the mark only when the cursor sits at the `>` of
/// a `<name` / `</name` tag for that element. The fuzz tests compare every
/// text node's libxml2 content with its recorded bytes
/// (`positionMismatches`).
///
/// The parser reads a sanitised copy of the file of the same length: NUL
/// bytes become spaces and each byte of an invalid UTF-8 sequence becomes
/// `?`. libxml2 therefore never switches encoding (a stray Latin-1 byte would
/// otherwise switch the rest of the page to Latin-1 and shift every offset);
/// the context is declared UTF-8 and `HTML_PARSE_IGNORE_ENC` keeps a
/// `<meta charset>` from installing a decoder either.
final class HTMLTree {
    let doc: xmlDocPtr
    /// Byte ranges of text chunks, in parse order.
    let chunks: [Range<Int>]
    /// For each text node, the indices into `chunks` of its characters.
    let textSpans: [xmlNodePtr: Range<Int>]
    /// Elements nested deeper than `maxDepth` that were read as part of the
    /// element above them (their text is kept, their structure is not), and
    /// the file offset of the first one.
    private(set) var flattenedElements = 0
    private(set) var firstFlattenedOffset = 0

    /// Tree depth past which elements are flattened.
    static var maxDepth: Int { HTMLPositionRecorder.maxDepth }

    private init(doc: xmlDocPtr, chunks: [Range<Int>], textSpans: [xmlNodePtr: Range<Int>]) {
        self.doc = doc
        self.chunks = chunks
        self.textSpans = textSpans
    }

    deinit { xmlFreeDoc(doc) }

    /// The file ranges of a text node's characters (empty if unknown).
    func ranges(of node: xmlNodePtr) -> ArraySlice<Range<Int>> {
        guard let span = textSpans[node] else { return [] }
        return chunks[span]
    }

    /// Self-check of the recorded positions, for tests: for every text node,
    /// libxml2's own text must equal what the file bytes at the node's ranges
    /// read as once markup is blanked and entities decoded (white space
    /// folded, NBSP as space). Returns a description of each disagreement.
    func positionMismatches(source: [UInt8]) -> [String] {
        var problems: [String] = []
        var node = root
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE, textSpans[n] != nil {
                var view = [UInt8](repeating: 0x20, count: source.count)
                var ours: [UInt8] = []
                for r in ranges(of: n) {
                    HTMLBlockWalker.paintChunk(r, source: source, into: &view)
                    ours += view[r]
                }
                var theirs: [UInt8] = []
                if let content = xmlNodeGetContent(n) {
                    var k = 0
                    while content[k] != 0 { theirs.append(content[k]); k += 1 }
                    cxml_free(content)
                }
                if Self.folded(ours) != Self.folded(theirs) {
                    problems.append("ours: \(String(decoding: Self.folded(ours), as: UTF8.self)) "
                                    + "libxml2: \(String(decoding: Self.folded(theirs), as: UTF8.self)) "
                                    + "at \(ranges(of: n).map { "\($0)" }.joined(separator: ","))")
                }
            }
            // Pre-order walk of the whole document.
            if let child = n.pointee.children, n.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            var up: xmlNodePtr? = n
            node = nil
            while let u = up {
                if let next = u.pointee.next { node = next; break }
                up = u.pointee.parent
                if up.map({ UnsafeMutableRawPointer($0) }) == UnsafeMutableRawPointer(doc) { break }
            }
        }
        return problems
    }

    private static func folded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        var i = 0
        while i < bytes.count {
            var c = bytes[i]
            if c == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { c = 0x20; i += 1 }
            i += 1
            if c == Document.ignorable { continue }
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(c)
        }
        return out
    }

    /// The document's root element, if any.
    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }

    /// Parses `bytes` (the file as read). Throws `ClaimAuditError.input` when
    /// the file is UTF-16/UTF-32 (offsets could not be file offsets) or when
    /// libxml2 produces no document.
    static func parse(_ bytes: [UInt8], path: String) throws -> HTMLTree {
        LibXML.ensureInitialized()
        if let encoding = wideEncoding(bytes) {
            throw ClaimAuditError.input(path: path, line: 1, column: 1,
                                        message: "HTML file is \(encoding); claimaudit reads UTF-8")
        }
        guard bytes.count < Int(Int32.max) else {
            throw ClaimAuditError.input(path: path, line: 0, column: 0, message: "HTML file is too large")
        }
        let input = sanitized(bytes) ?? bytes
        let recorder = HTMLPositionRecorder()
        let doc: xmlDocPtr? = input.withUnsafeBufferPointer { buf -> xmlDocPtr? in
            recorder.input = buf
            guard let base = buf.baseAddress, buf.count > 0 else { return nil }
            let cBase = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let ctxt = htmlCreateMemoryParserCtxt(cBase, Int32(buf.count)) else { return nil }
            defer { htmlFreeParserCtxt(ctxt) }
            let options = LibXML.safeHTMLOptions | Int32(HTML_PARSE_IGNORE_ENC.rawValue)
            _ = htmlCtxtUseOptions(ctxt, options)
            // Declare the input UTF-8. Otherwise the first non-ASCII byte makes
            // libxml2 guess an encoding from the raw page (a `<meta charset>`),
            // ignoring HTML_PARSE_IGNORE_ENC, and install a decoder.
            ctxt.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
            recorder.install(on: ctxt)
            return withExtendedLifetime(recorder) { () -> xmlDocPtr? in
                _ = htmlParseDocument(ctxt)
                let doc = ctxt.pointee.myDoc
                ctxt.pointee.myDoc = nil
                ctxt.pointee._private = nil
                // Offsets are file offsets only if no decoder ever ran.
                if let doc, let encoder = ctxt.pointee.input?.pointee.buf?.pointee.encoder {
                    xmlFreeDoc(doc)
                    recorder.failure = "libxml2 switched the input encoding to " + (encoder.pointee.name.map { String(cString: $0) } ?? "?")
                    return nil
                }
                return doc
            }
        }
        guard let doc else {
            let message = recorder.failure ?? recorder.firstError ?? "libxml2 could not parse the document"
            throw ClaimAuditError.input(path: path, line: recorder.firstErrorLine, column: 0, message: message)
        }
        let tree = HTMLTree(doc: doc, chunks: recorder.chunks, textSpans: recorder.spans)
        tree.flattenedElements = recorder.flattened
        tree.firstFlattenedOffset = recorder.firstFlattened ?? 0
        return tree
    }

    /// "UTF-16" or "UTF-32" when the file starts with such a byte order mark.
    static func wideEncoding(_ b: [UInt8]) -> String? {
        if b.count >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF { return "UTF-32" }
        if b.count >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 { return "UTF-32" }
        if b.count >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)) { return "UTF-16" }
        return nil
    }

    /// A same-length copy with NULs as spaces and invalid UTF-8 bytes as
    /// `?`, or nil when the bytes are already clean. Surrogates, overlong
    /// forms and values above U+10FFFF count as invalid.
    static func sanitized(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8]? = nil
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c >= 0x01 && c < 0x80 { i += 1; continue }
            var length = 0
            if c >= 0xC2 && c <= 0xDF {
                length = 2
            } else if c >= 0xE0 && c <= 0xEF {
                length = 3
            } else if c >= 0xF0 && c <= 0xF4 {
                length = 4
            }
            var valid = length > 0 && i + length <= n
            if valid {
                for k in 1..<length where b[i + k] & 0xC0 != 0x80 { valid = false }
            }
            if valid && length >= 3 {
                let d = b[i + 1]
                if c == 0xE0 && d < 0xA0 { valid = false }          // overlong
                if c == 0xED && d >= 0xA0 { valid = false }         // surrogate
                if c == 0xF0 && d < 0x90 { valid = false }          // overlong
                if c == 0xF4 && d >= 0x90 { valid = false }         // > U+10FFFF
            }
            if valid {
                i += length
                continue
            }
            if out == nil { out = b }
            out![i] = c == 0 ? 0x20 : 0x3F
            i += 1
        }
        return out
    }
}

/// Wraps the tree-building SAX callbacks of one parse to note where each text
/// chunk came from. Reached from C through the context's `_private` pointer.
private final class HTMLPositionRecorder {
    var input: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    /// File offset at which the previous SAX event ended.
    var lastEnd = 0
    /// File offset at which the previous text chunk ended.
    var lastTextEnd = 0
    var chunks: [Range<Int>] = []
    var spans: [xmlNodePtr: Range<Int>] = [:]
    var lastNode: xmlNodePtr? = nil
    var firstError: String? = nil
    var firstErrorLine = 0
    var failure: String? = nil
    /// Tree depth past which elements are flattened (libxml2 halts past 256).
    static let maxDepth = 200
    /// Indexed by the parser's name-stack depth: was the element open there
    /// flattened (its start not passed on)?
    var flattenedAt: [Bool] = []
    /// How many elements were flattened, and where the first one started.
    var flattened = 0
    var firstFlattened: Int? = nil

    var characters: charactersSAXFunc? = nil
    var startElement: startElementSAXFunc? = nil
    var endElement: endElementSAXFunc? = nil
    var comment: commentSAXFunc? = nil
    var cdataBlock: cdataBlockSAXFunc? = nil
    var ignorableWhitespace: ignorableWhitespaceSAXFunc? = nil
    var processingInstruction: processingInstructionSAXFunc? = nil
    var internalSubset: internalSubsetSAXFunc? = nil

    /// The recorder of a parser context passed to a SAX callback as `ctx`.
    static func of(_ ctxt: xmlParserCtxtPtr) -> HTMLPositionRecorder? {
        guard let raw = ctxt.pointee._private else { return nil }
        return Unmanaged<HTMLPositionRecorder>.fromOpaque(raw).takeUnretainedValue()
    }

    @inline(__always)
    static func context(_ ctx: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        ctx?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// Byte offset of the parser's cursor in the input.
    func position(_ ctxt: xmlParserCtxtPtr) -> Int {
        guard let inputPtr = ctxt.pointee.input, let cur = inputPtr.pointee.cur,
              let base = inputPtr.pointee.base else { return lastEnd }
        return Int(inputPtr.pointee.consumed) + (cur - base)
    }

    func install(on ctxt: xmlParserCtxtPtr) {
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = ctxt.pointee.sax else { return }
        characters = sax.pointee.characters
        startElement = sax.pointee.startElement
        endElement = sax.pointee.endElement
        comment = sax.pointee.comment
        cdataBlock = sax.pointee.cdataBlock
        ignorableWhitespace = sax.pointee.ignorableWhitespace
        processingInstruction = sax.pointee.processingInstruction
        internalSubset = sax.pointee.internalSubset

        sax.pointee.characters = { ctx, ch, len in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.characters?(ctx, ch, len)
            r.recordText(ctxt, ch, Int(len))
        }
        sax.pointee.startElement = { ctx, name, atts in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            // Past `maxDepth` tree levels the element is not built: its
            // content joins the element above (libxml2 would otherwise halt
            // at 256 levels and drop the rest of the page). The parser's
            // name stack (nameNr) still counts it, which pairs the end tag.
            if Int(ctxt.pointee.nodeNr) >= HTMLPositionRecorder.maxDepth {
                let depth = Int(ctxt.pointee.nameNr)
                if depth >= r.flattenedAt.count { r.flattenedAt += [Bool](repeating: false, count: depth + 1 - r.flattenedAt.count) }
                r.flattenedAt[depth] = true
                r.flattened += 1
                if r.firstFlattened == nil { r.firstFlattened = r.position(ctxt) }
            } else {
                r.startElement?(ctx, name, atts)
            }
            // A real start tag leaves the cursor on its `>` or `/>`. Implied
            // elements (html, body, p) fire wherever the parser is, often
            // after reading text it has not delivered yet: they must not move
            // the mark.
            let p = r.position(ctxt)
            guard p < r.input.count else { return }
            let close = r.input[p] == 0x3E ? p : (r.input[p] == 0x2F && p + 1 < r.input.count && r.input[p + 1] == 0x3E ? p + 1 : -1)
            if close >= 0 && r.isTag(before: p, name: name, closing: false) { r.lastEnd = max(r.lastEnd, close + 1) }
        }
        sax.pointee.endElement = { ctx, name in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            let depth = Int(ctxt.pointee.nameNr)
            if depth < r.flattenedAt.count && r.flattenedAt[depth] {
                r.flattenedAt[depth] = false
            } else {
                r.endElement?(ctx, name)
            }
            // Likewise only a real end tag (cursor just past its `>`) counts:
            // an implied close (head closed by text that needs a body) fires
            // after that text was read but before it is delivered.
            let p = r.position(ctxt)
            if p > 0 && p <= r.input.count && r.input[p - 1] == 0x3E && r.isTag(before: p - 1, name: name, closing: true) {
                r.lastEnd = max(r.lastEnd, p)
            }
        }
        sax.pointee.comment = { ctx, value in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.comment?(ctx, value)
            r.lastEnd = max(r.lastEnd, r.position(ctxt))
        }
        sax.pointee.cdataBlock = { ctx, value, len in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.cdataBlock?(ctx, value, len)
            r.lastEnd = max(r.lastEnd, r.position(ctxt))
        }
        sax.pointee.ignorableWhitespace = { ctx, ch, len in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.ignorableWhitespace?(ctx, ch, len)
            r.lastEnd = max(r.lastEnd, r.position(ctxt))
        }
        sax.pointee.processingInstruction = { ctx, target, data in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.processingInstruction?(ctx, target, data)
            r.lastEnd = max(r.lastEnd, r.position(ctxt))
        }
        sax.pointee.internalSubset = { ctx, name, externalID, systemID in
            guard let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt) else { return }
            r.internalSubset?(ctx, name, externalID, systemID)
            r.lastEnd = max(r.lastEnd, r.position(ctxt))
        }
        // Errors are collected rather than printed; the first one explains a
        // failed parse.
        sax.pointee.serror = { ctx, error in
            guard let error, let ctxt = HTMLPositionRecorder.context(ctx), let r = HTMLPositionRecorder.of(ctxt),
                  r.firstError == nil else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "parse error"
            while message.last == "\n" || message.last == " " { message.removeLast() }
            r.firstError = message
            r.firstErrorLine = max(0, Int(error.pointee.line))
        }
    }

    /// True when a `<name` (or `</name`) for this element, ASCII case
    /// ignored, starts between the previous event's end and `p`.
    func isTag(before p: Int, name: UnsafePointer<xmlChar>?, closing: Bool) -> Bool {
        guard let name else { return false }
        let limit = max(lastEnd, p - HTMLMarkup.maxTagLength, 0)
        var k = min(p, input.count) - 1
        while k >= limit {
            if input[k] == 0x3C && tagName(at: k, is: name, closing: closing) { return true }
            k -= 1
        }
        return false
    }

    private func tagName(at k: Int, is name: UnsafePointer<xmlChar>, closing: Bool) -> Bool {
        var j = k + 1
        if closing {
            guard j < input.count, input[j] == 0x2F else { return false }
            j += 1
        }
        var n = 0
        while name[n] != 0 {
            guard j < input.count, input[j] | 0x20 == name[n] | 0x20 else { return false }
            j += 1
            n += 1
        }
        // The name must end here (libxml2 stops a name at any other byte).
        guard j < input.count else { return false }
        let c = input[j]
        return !(HTMLMarkup.isLetter(c) || HTMLMarkup.isDigit(c) || c == 0x2D || c == 0x5F || c == 0x3A || c == 0x2E)
    }

    private func matches(_ ch: UnsafePointer<xmlChar>, _ len: Int, at start: Int) -> Bool {
        var k = 0
        while k < len {
            if input[start + k] != ch[k] { return false }
            k += 1
        }
        return true
    }

    func recordText(_ ctxt: xmlParserCtxtPtr, _ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        let cursor = min(position(ctxt), input.count)
        var start = min(lastEnd, cursor)
        var end = cursor
        if let ch, len > 0 {
            if end - len >= lastTextEnd && matches(ch, len, at: end - len) {
                start = end - len
            } else if len == 1 && ch[0] == 0x3C && end >= lastEnd && end < input.count && input[end] == 0x3C {
                // A literal `<` is delivered before the cursor moves past it.
                start = end
                end += len
            }
        }
        lastEnd = max(lastEnd, end)
        lastTextEnd = max(lastTextEnd, end)
        guard start < end, let parent = ctxt.pointee.node, let text = parent.pointee.last,
              text.pointee.type == XML_TEXT_NODE else { return }
        chunks.append(start..<end)
        if let last = lastNode, last == text, let span = spans[text] {
            spans[text] = span.lowerBound..<chunks.count
        } else {
            spans[text] = (chunks.count - 1)..<chunks.count
            lastNode = text
        }
    }
}
