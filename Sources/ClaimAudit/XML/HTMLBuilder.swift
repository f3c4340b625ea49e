internal import CLibXML2

/// Builds an HTML document as a libxml2 tree and serialises it once.
///
/// Escaping is structural: user text only ever becomes a text node
/// (`xmlNewTextChild`, `xmlNewDocText`) or an attribute value (`xmlNewProp`),
/// which the serialiser escapes. Nothing here passes user text to
/// `xmlNewChild` (whose content is parsed for entities), and the only way to
/// fill a `<style>` element is `styleSheet(_:in:)`, which takes a
/// `StaticString`, because libxml2 writes `<script>`/`<style>` bodies raw.
/// Text is cleaned of characters XML forbids (control characters) first.
///
/// Owns the `xmlDoc` and frees it in `deinit`; node handles keep the builder
/// alive, so a node never outlives its document. Not `Sendable`.
final class HTMLBuilder {
    /// A node of this builder's tree.
    struct Node {
        fileprivate let owner: HTMLBuilder
        fileprivate let ptr: xmlNodePtr
    }

    private let doc: htmlDocPtr
    /// The `<html>` element. Kept as a bare pointer: a stored `Node` would
    /// hold the builder strongly and leak it through a reference cycle.
    private var rootPointer: xmlNodePtr?
    var root: Node { Node(owner: self, ptr: rootPointer!) }

    /// Elements after which a line break is inserted, so the serialised file
    /// has one block per line and diffs stay readable. libxml2 only knows
    /// HTML 4 elements and puts HTML 5 ones on a single line otherwise.
    private static let blockElements: Set<String> = [
        "head", "body", "header", "footer", "nav", "main", "section", "article", "aside",
        "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "meta", "title", "style", "figure", "figcaption",
        "caption", "details", "summary", "script", "svg", "g", "defs",
    ]

    /// A `<!DOCTYPE html>` document with an `<html lang=…>` root.
    init(lang: String = "en") throws {
        LibXML.ensureInitialized()
        // htmlNewDoc(nil, nil) would add the HTML 4 DTD and its w3.org URL.
        guard let doc = htmlNewDocNoDtD(nil, nil) else {
            throw ClaimAuditError.output(path: "report", message: "could not create an HTML document")
        }
        self.doc = doc
        guard xmlCreateIntSubset(doc, "html", nil, nil) != nil,
              let html = xmlNewDocNode(doc, nil, "html", nil) else {
            throw ClaimAuditError.output(path: "report", message: "could not create an HTML document")
        }
        xmlDocSetRootElement(doc, html)
        rootPointer = html
        try setAttribute("lang", lang, on: root)
    }

    deinit { xmlFreeDoc(doc) }

    /// Appends an empty element, with attributes in the order given.
    @discardableResult
    func element(_ name: String, in parent: Node, _ attributes: KeyValuePairs<String, String> = [:]) throws -> Node {
        precondition(parent.owner === self, "node from another HTMLBuilder")
        guard let node = xmlNewDocNode(doc, nil, name, nil) else { throw failure("create <\(name)>") }
        return try attach(node, name: name, to: parent, attributes)
    }

    /// Appends `<name>text</name>`; `text` is escaped.
    @discardableResult
    func element(_ name: String, in parent: Node, text: String,
                 _ attributes: KeyValuePairs<String, String> = [:]) throws -> Node {
        precondition(parent.owner === self, "node from another HTMLBuilder")
        let made = XMLCharacters.withCleanedCString(text) { xmlNewTextChild(parent.ptr, nil, name, $0) }
        guard let node = made else { throw failure("create <\(name)>") }
        for (key, value) in attributes { try setAttribute(key, value, on: Node(owner: self, ptr: node)) }
        if Self.blockElements.contains(name) { try newline(in: parent) }
        return Node(owner: self, ptr: node)
    }

    /// Appends a text node; it is escaped on output.
    func text(_ text: String, in parent: Node) throws {
        precondition(parent.owner === self, "node from another HTMLBuilder")
        guard !text.isEmpty else { return }
        let made = XMLCharacters.withCleanedCString(text) { xmlNewDocText(doc, $0) }
        guard let node = made else { throw failure("create a text node") }
        guard xmlAddChild(parent.ptr, node) != nil else {
            xmlFreeNode(node)
            throw failure("append a text node")
        }
    }

    /// Sets an attribute; the value is escaped on output.
    func setAttribute(_ name: String, _ value: String, on node: Node) throws {
        let made = XMLCharacters.withCleanedCString(value) { xmlNewProp(node.ptr, name, $0) }
        guard made != nil else { throw failure("set attribute \(name)") }
    }

    /// Appends `<style>` holding shipped stylesheet text: never user text,
    /// because libxml2 does not escape `<style>` content.
    func styleSheet(_ css: String, in parent: Node) throws {
        try element("style", in: parent, text: css)
    }

    /// Appends `<script>` holding shipped script text: never user text, for
    /// the same reason as `styleSheet(_:in:)`. Refuses text that could end
    /// the element early.
    func script(_ js: String, in parent: Node) throws {
        guard !js.lowercased().contains("</script") else { throw failure("embed a script containing </script") }
        try element("script", in: parent, text: js)
    }

    /// Serialises the document (`<!DOCTYPE html>` first). The head should hold
    /// `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`:
    /// libxml2 reads that one (not `<meta charset>`) to decide to write UTF-8
    /// rather than character references.
    func serialize() throws -> [UInt8] {
        var mem: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        htmlDocDumpMemoryFormat(doc, &mem, &size, 1)
        guard let mem, size > 0 else { throw failure("serialise the document") }
        defer { cxml_free(mem) }
        return Array(UnsafeBufferPointer(start: mem, count: Int(size)))
    }

    /// Appends `<!--marker-->`. Only shipped text: a marker lets a page be
    /// serialised in pieces (`serialize()` split where the marker stands),
    /// and user text can never contain it because text is escaped (`<` →
    /// `&lt;`).
    func comment(_ marker: StaticString, in parent: Node) throws {
        precondition(parent.owner === self, "node from another HTMLBuilder")
        let made = marker.withUTF8Buffer { buf in
            String(decoding: buf, as: UTF8.self).withCString { xmlNewDocComment(doc, $0) }
        }
        guard let node = made else { throw failure("create a comment") }
        guard xmlAddChild(parent.ptr, node) != nil else {
            xmlFreeNode(node)
            throw failure("append a comment")
        }
    }

    /// Serialises the children of `parent`, in order, exactly as they come
    /// out inside the whole document: libxml2 lays out a node from the node,
    /// its parent's name and its next sibling, all of which are the same
    /// here. Used to write one document's `<section>` of a report page that
    /// is produced a piece at a time.
    func serializeChildren(of parent: Node) throws -> [UInt8] {
        precondition(parent.owner === self, "node from another HTMLBuilder")
        guard let out = xmlAllocOutputBuffer(nil) else { throw failure("allocate an output buffer") }
        defer { xmlOutputBufferClose(out) }
        var child = parent.ptr.pointee.children
        while let node = child {
            htmlNodeDumpFormatOutput(out, doc, node, nil, 1)
            child = node.pointee.next
        }
        xmlOutputBufferFlush(out)
        let size = Int(xmlOutputBufferGetSize(out))
        guard out.pointee.error == 0 else { throw failure("serialise a document section") }
        guard size > 0, let content = xmlOutputBufferGetContent(out) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: size))
    }

    private func attach(_ node: xmlNodePtr, name: String, to parent: Node,
                        _ attributes: KeyValuePairs<String, String>) throws -> Node {
        guard xmlAddChild(parent.ptr, node) != nil else {
            xmlFreeNode(node)
            throw failure("append <\(name)>")
        }
        let handle = Node(owner: self, ptr: node)
        for (key, value) in attributes { try setAttribute(key, value, on: handle) }
        if Self.blockElements.contains(name) { try newline(in: parent) }
        return handle
    }

    /// A line break after a block element. White space next to a block box
    /// is never rendered, so this changes only the file's layout.
    private func newline(in parent: Node) throws {
        try text("\n", in: parent)
    }

    private func failure(_ what: String) -> ClaimAuditError {
        .output(path: "report", message: "libxml2 could not \(what)")
    }
}
