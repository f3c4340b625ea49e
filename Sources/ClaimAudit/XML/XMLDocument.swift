internal import CLibXML2

/// An owning wrapper around a parsed `xmlDoc`, freed in `deinit`.
///
/// Parsing is the safe kind only: no network, no entity substitution, no DTD
/// loading, and with `forbidDoctype` any `<!DOCTYPE>` stops the parse at once
/// (from the SAX `internalSubset` callback, before a single entity is
/// declared), so entity bombs and external entities never get a chance.
/// Not `Sendable`: parse and read inside one task, hand out plain values.
final class XMLDocument {
    let doc: xmlDocPtr
    /// The path used in diagnostics.
    let path: String

    private init(doc: xmlDocPtr, path: String) {
        self.doc = doc
        self.path = path
    }

    deinit { xmlFreeDoc(doc) }

    /// Parses UTF-8 bytes. Throws every error libxml2 reported, each with
    /// `path:line:col`, when the text is not well-formed (or has a DOCTYPE
    /// and `forbidDoctype` is set).
    static func parse(_ bytes: [UInt8], path: String, forbidDoctype: Bool = true) throws(XMLParseFailure) -> XMLDocument {
        LibXML.ensureInitialized()
        guard let ctxt = xmlNewParserCtxt() else {
            throw XMLParseFailure(diagnostics: [XMLDiagnostic(file: path, line: 0, column: 0, level: .fatal,
                                                              message: "cannot create an XML parser")])
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let state = ParseState(file: path, forbidDoctype: forbidDoctype)
        return try withExtendedLifetime(state) { () throws(XMLParseFailure) -> XMLDocument in
            ctxt.pointee._private = state.opaque
            ctxt.pointee.sax.pointee.serror = { userData, error in
                guard let userData, let error else { return }
                let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                ParseState.from(ctxt.pointee._private)?.collector.add(error)
            }
            ctxt.pointee.sax.pointee.internalSubset = { userData, name, externalID, systemID in
                guard let userData else { return }
                let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                guard let state = ParseState.from(ctxt.pointee._private) else { return }
                if state.forbidDoctype {
                    let line = ctxt.pointee.input.map { Int($0.pointee.line) } ?? 0
                    state.collector.diagnostics.append(XMLDiagnostic(
                        file: state.collector.fallbackFile, line: line, column: 0, level: .fatal,
                        message: "<!DOCTYPE> is not allowed here (no DTDs or entities in this file)"))
                    state.refused = true
                    xmlStopParser(ctxt)
                } else {
                    xmlSAX2InternalSubset(userData, name, externalID, systemID)
                }
            }
            let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buf.count)) { base in
                    xmlCtxtReadMemory(ctxt, base, Int32(buf.count), path, "UTF-8", LibXML.safeXMLOptions)
                }
            }
            let wellFormed = ctxt.pointee.wellFormed != 0
            guard let doc = parsed, wellFormed, !state.refused, doc.pointee.intSubset == nil else {
                if let parsed { xmlFreeDoc(parsed) }
                var diagnostics = state.collector.diagnostics.filter { $0.level != .warning }
                if diagnostics.isEmpty {
                    diagnostics = [XMLDiagnostic(file: path, line: 0, column: 0, level: .fatal,
                                                 message: parsed == nil ? "not XML" : "<!DOCTYPE> is not allowed here")]
                }
                throw XMLParseFailure(diagnostics: diagnostics)
            }
            return XMLDocument(doc: doc, path: path)
        }
    }

    /// The root element, if any.
    var root: XMLElement? {
        xmlDocGetRootElement(doc).map { XMLElement(tree: self, node: $0) }
    }
}

/// Errors from a failed parse.
struct XMLParseFailure: Error {
    var diagnostics: [XMLDiagnostic]
}

/// What the C callbacks of one parse reach through `ctxt->_private`.
private final class ParseState {
    let collector: XMLErrorCollector
    let forbidDoctype: Bool
    var refused = false

    init(file: String, forbidDoctype: Bool) {
        self.collector = XMLErrorCollector(file: file)
        self.forbidDoctype = forbidDoctype
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ raw: UnsafeMutableRawPointer?) -> ParseState? {
        guard let raw else { return nil }
        return Unmanaged<ParseState>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// An element of an `XMLDocument`. Holds the document strongly, so a node
/// never outlives its tree.
struct XMLElement {
    let tree: XMLDocument
    let node: xmlNodePtr

    /// Local name (no prefix).
    var name: String { String(cString: node.pointee.name) }

    /// Namespace URI, or nil.
    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// 1-based line of the start tag (big line numbers are kept).
    var line: Int { Int(xmlGetLineNo(node)) }

    /// An attribute without a namespace, or nil when absent.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// Child elements in order.
    var children: [XMLElement] {
        var out: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(XMLElement(tree: tree, node: c)) }
            child = c.pointee.next
        }
        return out
    }

    /// All text below this element, concatenated.
    var text: String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The element's content as a sequence of text runs and child elements,
    /// for mixed content such as `<example>` with `<mark>`.
    var content: [XMLContent] {
        var out: [XMLContent] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = c.pointee.content { out.append(.text(String(cString: s))) }
            case XML_ELEMENT_NODE:
                out.append(.element(XMLElement(tree: tree, node: c)))
            default:
                break
            }
            child = c.pointee.next
        }
        return out
    }

    /// The largest line number of any node inside this element (an estimate
    /// of where the element ends, for mapping a diagnostic's line to it).
    var lastLine: Int {
        var best = line
        var child = node.pointee.last
        while let c = child {
            best = max(best, Int(xmlGetLineNo(c)))
            child = c.pointee.last
        }
        return best
    }
}

enum XMLContent {
    case text(String)
    case element(XMLElement)
}

extension XMLElement {
    /// The node's identity (its address), for tables keyed by element; the
    /// same for every value wrapping the node, while the tree lives.
    var nodeID: Int { Int(bitPattern: node) }

    /// `nodeID` of this element and of every element below it, in document
    /// order (the order of their start tags), walked along the tree's links
    /// without building child arrays.
    var subtreeNodeIDs: [Int] {
        var out: [Int] = []
        var current: xmlNodePtr? = node
        while let n = current {
            out.append(Int(bitPattern: n))
            if let child = Self.nextElement(from: n.pointee.children) {
                current = child
                continue
            }
            // No child: the next sibling, else an ancestor's, below this element.
            var up: xmlNodePtr? = n
            current = nil
            while let u = up, u != node {
                if let sibling = Self.nextElement(from: u.pointee.next) {
                    current = sibling
                    break
                }
                up = u.pointee.parent
            }
        }
        return out
    }

    /// The first element node at or after `start` among its siblings.
    private static func nextElement(from start: xmlNodePtr?) -> xmlNodePtr? {
        var c = start
        while let n = c, n.pointee.type != XML_ELEMENT_NODE { c = n.pointee.next }
        return c
    }
}
