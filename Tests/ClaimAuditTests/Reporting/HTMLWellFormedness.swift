import CLibXML2
@testable import ClaimAudit

/// Parses a report page with libxml2's HTML parser and returns every error
/// it reports except "Tag X invalid" for the HTML5 and SVG elements that
/// libxml2 2.9 (an HTML 4 parser) does not know. What is left (unclosed or
/// mis-nested tags, stray `<`, broken attributes, bad entities) means the
/// page is not well-formed.
enum HTMLWellFormedness {
    /// Elements libxml2's HTML 4 tables lack; "Tag NAME invalid" is expected for them.
    static let html5: Set<String> = [
        "article", "aside", "header", "footer", "nav", "main", "section", "figure", "figcaption", "mark",
        "svg", "g", "defs", "pattern", "rect", "text", "path", "line", "circle",
    ]

    static func problems(_ bytes: [UInt8], name: String = "report.html") -> [String] {
        LibXML.ensureInitialized()
        let collector = XMLErrorCollector(file: name)
        return withExtendedLifetime(collector) { () -> [String] in
            let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base -> htmlDocPtr? in
                    guard let ctxt = htmlCreateMemoryParserCtxt(base, Int32(buf.count)) else { return nil }
                    defer { htmlFreeParserCtxt(ctxt) }
                    // The HTML parser's SAX handler is not SAX2, so libxml2 ignores a
                    // per-context `serror` and uses the (per-thread) structured
                    // handler; set it for this synchronous parse only.
                    xmlSetStructuredErrorFunc(collector.opaque) { userData, error in
                        guard let error else { return }
                        XMLErrorCollector.from(userData)?.add(error)
                    }
                    defer { xmlSetStructuredErrorFunc(nil, nil) }
                    // htmlCtxtReadMemory would reset the context and drop the handler.
                    _ = htmlCtxtUseOptions(ctxt, Int32(HTML_PARSE_NONET.rawValue))
                    _ = htmlParseDocument(ctxt)
                    return ctxt.pointee.myDoc
                }
            }
            guard let parsed else { return ["\(name): libxml2 could not parse it at all"] }
            xmlFreeDoc(parsed)
            return collector.diagnostics.filter { d in
                let m = d.message
                guard m.hasPrefix("Tag "), m.hasSuffix(" invalid") else { return true }
                let tag = m.dropFirst(4).dropLast(8)
                return !html5.contains(String(tag))
            }.map(\.description)
        }
    }
}
