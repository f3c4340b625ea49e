/// Where each element (and attribute) of a parsed XML file starts in its
/// file, as `line:column` with columns in Unicode scalars (`SourceText`):
/// the positions of rule packs, lint configurations and source ledgers'
/// errors.
///
/// libxml2 records only a line per node, and that is the line where the
/// start tag *ends*. So the file's bytes are scanned once for start tags
/// (skipping comments, CDATA sections, processing instructions and end
/// tags, and `>` inside quoted attribute values): these files are parsed
/// with no DTD and no entity expansion, so the n-th start tag in the bytes
/// is the n-th element of the tree in document order. Should the two counts
/// ever differ, an element falls back to libxml2's line and the column of
/// the first `<name` on it.
///
/// Everything is worked out on the first question, so a file nobody asks
/// about (a lexicon file, with thousands of entries and no error) costs
/// nothing. A class for those lazy parts; one per file read.
final class XMLPositions {
    private let path: String
    private let bytes: [UInt8]
    private let root: XMLElement

    init(bytes: [UInt8], path: String, root: XMLElement) {
        self.bytes = bytes
        self.path = path
        self.root = root
    }

    private(set) lazy var source = SourceText(path: path, bytes: bytes)
    /// Byte offset of the `<` of every start tag, in file order.
    private lazy var tags: [Int] = Self.startTags(source.bytes)
    /// Each element's index in document order (= its start tag's index in
    /// `tags`); empty when the counts differ.
    private lazy var order: [Int: Int] = {
        let ids = root.subtreeNodeIDs
        guard ids.count == tags.count else { return [:] }
        var order: [Int: Int] = [:]
        order.reserveCapacity(ids.count)
        for (n, id) in ids.enumerated() { order[id] = n }
        return order
    }()

    /// The `<` of the element's start tag.
    func location(of element: XMLElement) -> SourceLocation {
        guard let offset = tagOffset(element) else {
            return SourceLocation(line: element.line, column: Self.column(ofTag: element.name, line: element.line, in: source))
        }
        return source.location(of: offset)
    }

    /// The first byte of the attribute's name in the element's start tag;
    /// the start tag itself when the attribute is not written there.
    func location(of attribute: String, in element: XMLElement) -> SourceLocation {
        guard let offset = tagOffset(element) else { return location(of: element) }
        return source.location(of: Self.attributeOffset(attribute, inTagAt: offset, source.bytes) ?? offset)
    }

    /// Where a schema error libxml2 placed on `place` is: the attribute, or
    /// the element's start tag; nil when the node is not found.
    func location(of place: XMLNodePlace) -> SourceLocation? {
        guard let index = order[place.element] else { return nil }
        let offset = tags[index]
        let at = place.attribute.flatMap { Self.attributeOffset($0, inTagAt: offset, source.bytes) }
        return source.location(of: at ?? offset)
    }

    /// A schema validity error moved to what it is about: the attribute
    /// libxml2 names (it passes the element for an attribute's error and
    /// names the attribute in the message: "Element 'rule', attribute
    /// 'severity': …"), else the element's start tag; with no node, the
    /// column of the message's element on libxml2's line.
    func locating(_ diagnostic: XMLDiagnostic, at place: XMLNodePlace?) -> XMLDiagnostic {
        var d = diagnostic
        if var place {
            if place.attribute == nil { place.attribute = Self.quoted(after: "attribute '", in: d.message) }
            if let at = location(of: place) { (d.line, d.column) = (at.line, at.column) }
        }
        if d.column == 0 {
            d.column = Self.column(ofTag: Self.elementName(in: d.message), line: d.line, in: source)
        }
        return d
    }

    /// The element a libxml2 message names ("Element 'choice'"), without
    /// the `{namespace}` libxml2 puts before it; "" when none.
    static func elementName(in message: String) -> String {
        let name = quoted(after: "Element '", in: message) ?? ""
        guard let brace = name.lastIndex(of: "}") else { return name }
        return String(name[name.index(after: brace)...])
    }

    /// The name quoted after `lead` in a libxml2 message.
    static func quoted(after lead: String, in message: String) -> String? {
        guard let open = message.range(of: lead), let close = message[open.upperBound...].firstIndex(of: "'") else { return nil }
        return String(message[open.upperBound..<close])
    }

    private func tagOffset(_ element: XMLElement) -> Int? {
        order[element.nodeID].map { tags[$0] }
    }

    // MARK: Scanning

    /// Parse errors with the refused `<!DOCTYPE` (which libxml2's callback
    /// gives a line, the line where the declaration ends, but no column)
    /// moved to the declaration's `<`. Other errors keep libxml2's place.
    static func locatingDoctype(_ diagnostics: [XMLDiagnostic], in bytes: [UInt8], path: String) -> [XMLDiagnostic] {
        guard diagnostics.contains(where: { $0.column == 0 && $0.message.hasPrefix("<!DOCTYPE>") }),
              let offset = doctypeOffset(bytes) else { return diagnostics }
        let at = SourceText(path: path, bytes: bytes).location(of: offset)
        return diagnostics.map { d in
            guard d.column == 0, d.message.hasPrefix("<!DOCTYPE>") else { return d }
            var d = d
            (d.line, d.column) = (at.line, at.column)
            return d
        }
    }

    /// The offset of the prolog's `<!DOCTYPE`, stepping over comments and
    /// processing instructions; nil when there is none before the first element.
    static func doctypeOffset(_ bytes: [UInt8]) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8)
        func at(_ i: Int, _ s: [UInt8]) -> Bool { i + s.count <= bytes.count && bytes[i..<(i + s.count)].elementsEqual(s) }
        func skip(past end: [UInt8], from i: Int) -> Int {
            var j = i
            while j < bytes.count && !at(j, end) { j += 1 }
            return j + end.count
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x3C else { i += 1; continue } // '<'
            if at(i, doctype) { return i }
            if at(i, Array("<!--".utf8)) { i = skip(past: Array("-->".utf8), from: i + 4); continue }
            if at(i, Array("<?".utf8)) { i = skip(past: Array("?>".utf8), from: i + 2); continue }
            return nil // an element: no DOCTYPE in the prolog
        }
        return nil
    }

    /// Offsets of every start tag's `<` in well-formed XML: one pass over
    /// the bytes, no allocation but the result.
    static func startTags(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { b in
            var out: [Int] = []
            let n = b.count
            func at(_ i: Int, _ s: StaticString) -> Bool {
                let count = s.utf8CodeUnitCount
                guard i + count <= n else { return false }
                let p = s.utf8Start
                for k in 0..<count where b[i + k] != p[k] { return false }
                return true
            }
            /// Just past the first `end` at or after `i` (or the end of the bytes).
            func skip(past end: StaticString, from i: Int) -> Int {
                let first = end.utf8Start[0]
                var j = i
                while j < n {
                    if b[j] == first && at(j, end) { return j + end.utf8CodeUnitCount }
                    j += 1
                }
                return n
            }
            var i = 0
            while i < n {
                guard b[i] == 0x3C, i + 1 < n else { i += 1; continue } // '<'
                let next = b[i + 1]
                if next == 0x21 && at(i, "<!--") {
                    i = skip(past: "-->", from: i + 4)
                } else if next == 0x21 && at(i, "<![CDATA[") {
                    i = skip(past: "]]>", from: i + 9)
                } else if next == 0x3F { // '<?'
                    i = skip(past: "?>", from: i + 2)
                } else if next == 0x21 || next == 0x2F { // '<!' (a DOCTYPE is refused anyway), '</'
                    i = skip(past: ">", from: i + 2)
                } else {
                    out.append(i)
                    i = tagEnd(b, from: i)
                }
            }
            return out
        }
    }

    /// The offset just past the `>` closing the tag that opens at `i`,
    /// stepping over quoted attribute values.
    static func tagEnd<C: RandomAccessCollection<UInt8>>(_ b: C, from i: Int) -> Int where C.Index == Int {
        var j = i + 1
        var quote: UInt8 = 0
        while j < b.count {
            let c = b[j]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x3E {
                return j + 1
            }
            j += 1
        }
        return b.count
    }

    /// The offset of attribute `name` in the start tag at `tag`, or nil.
    static func attributeOffset(_ name: String, inTagAt tag: Int, _ b: [UInt8]) -> Int? {
        let wanted = Array(name.utf8)
        let end = tagEnd(b, from: tag)
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        var j = tag + 1
        while j < end && !isSpace(b[j]) && b[j] != 0x3E && b[j] != 0x2F { j += 1 } // the element's name
        while j < end {
            while j < end && (isSpace(b[j]) || b[j] == 0x2F) { j += 1 }
            let start = j
            while j < end && b[j] != 0x3D && !isSpace(b[j]) && b[j] != 0x3E { j += 1 }
            if b[start..<j].elementsEqual(wanted) { return start }
            while j < end && b[j] != 0x22 && b[j] != 0x27 && b[j] != 0x3E { j += 1 } // to the value
            guard j < end, b[j] != 0x3E else { return nil }
            let quote = b[j]
            j += 1
            while j < end && b[j] != quote { j += 1 }
            j += 1
        }
        return nil
    }

    /// The column of the first `<name` (a whole tag name) on `line`, else of
    /// the line's first `<`; 0 when the line has none.
    static func column(ofTag name: String, line: Int, in source: SourceText) -> Int {
        guard line > 0, line <= source.lineStarts.count else { return 0 }
        let b = source.bytes
        let start = source.lineStarts[line - 1]
        let end = line < source.lineStarts.count ? source.lineStarts[line] : b.count
        let tag = Array("<\(name)".utf8)
        var i = start
        while i + tag.count <= end {
            if b[i..<(i + tag.count)].elementsEqual(tag) {
                let after = i + tag.count < end ? b[i + tag.count] : 0x20
                if after == 0x20 || after == 0x3E || after == 0x2F || after == 0x09 || after == 0x0D || after == 0x0A {
                    return source.location(of: i).column
                }
            }
            i += 1
        }
        if let lt = b[start..<end].firstIndex(of: 0x3C) { return source.location(of: lt).column }
        return 0
    }
}
