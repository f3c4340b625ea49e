internal import CLibXML2
internal import CLibXSLT

/// A newsroom's own report template (`--stylesheet house.xsl`): an XSLT 1.0
/// stylesheet applied with libxslt to the canonical XML report
/// (`reports/report.xsd`, namespace `https://claimaudit.dev/ns/report/1`).
///
/// Why XSLT over the canonical XML: that vocabulary is documented, versioned
/// and schema-checked, so a house template depends on nothing inside
/// claimaudit's Swift code, and XSLT escapes every value it copies, so
/// article text stays text. To keep it that way the stylesheet may not use
/// `disable-output-escaping`, and the transformation may not read or write
/// files or reach the network (libxslt security preferences; `document()`,
/// `xsl:import` of other files and `exsl:document` fail).
///
/// Compiled once; each `apply` uses its own transformation context, so one
/// instance may serve several tasks.
public final class ReportTransform: @unchecked Sendable {
    private let style: xsltStylesheetPtr
    /// The stylesheet's path, for messages.
    public let path: String

    /// Reads and compiles the stylesheet at `path`.
    public convenience init(path: String) throws {
        let source = try InputReader.read(path)
        try self.init(bytes: source.bytes, path: path)
    }

    /// Compiles stylesheet text. Throws `path:line:col: error: …` when it is
    /// not well-formed XML, not a valid XSLT stylesheet, or asks for
    /// unescaped output.
    public init(bytes: [UInt8], path: String) throws {
        self.path = path
        let doc: XMLDocument
        do {
            doc = try XMLDocument.parse(bytes, path: path)
        } catch {
            throw Self.inputError(path, error.diagnostics)
        }
        if let line = Self.unescapedOutput(in: doc) {
            throw ClaimAuditError.input(path: path, line: line, column: 0, message:
                "disable-output-escaping is not allowed in a report stylesheet: it would let article text become markup")
        }
        // libxslt takes ownership of the document it compiles; give it a copy
        // so `doc` keeps owning its own.
        guard let copy = xmlCopyDoc(doc.doc, 1) else {
            throw ClaimAuditError.input(path: path, line: 0, column: 0, message: "cannot copy the stylesheet document")
        }
        var messages = cxslt_messages()
        let compiled: xsltStylesheetPtr? = withUnsafeMutablePointer(to: &messages) { m in
            cxslt_capture_generic(m)
            defer { cxslt_capture_generic(nil) }
            return xsltParseStylesheetDoc(copy)
        }
        guard let compiled, compiled.pointee.errors == 0 else {
            if let compiled { xsltFreeStylesheet(compiled) } else { xmlFreeDoc(copy) }
            throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                        message: "not a usable XSLT stylesheet: " + Self.text(of: &messages))
        }
        style = compiled
    }

    deinit { xsltFreeStylesheet(style) }

    /// Transforms the canonical XML of `report`; returns the serialised
    /// result (the stylesheet's `xsl:output` decides method and encoding).
    public func apply(to report: AuditReport) throws -> [UInt8] {
        let xml = try XMLReporter().render(report)
        let input: XMLDocument
        do {
            input = try XMLDocument.parse(xml, path: "report.xml")
        } catch {
            throw Self.inputError("report.xml", error.diagnostics)
        }
        guard let ctxt = xsltNewTransformContext(style, input.doc) else { throw failure("start the transformation") }
        defer { xsltFreeTransformContext(ctxt) }
        guard let prefs = xsltNewSecurityPrefs() else { throw failure("set security preferences") }
        defer { xsltFreeSecurityPrefs(prefs) }
        for option in [XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY,
                       XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK] {
            guard xsltSetSecurityPrefs(prefs, option, xsltSecurityForbid) == 0 else { throw failure("set security preferences") }
        }
        guard xsltSetCtxtSecurityPrefs(prefs, ctxt) == 0 else { throw failure("set security preferences") }
        var messages = cxslt_messages()
        let result: xmlDocPtr? = withUnsafeMutablePointer(to: &messages) { m in
            cxslt_capture_transform(ctxt, m)
            return xsltApplyStylesheetUser(style, input.doc, nil, nil, nil, ctxt)
        }
        defer { if let result { xmlFreeDoc(result) } }
        guard let result, ctxt.pointee.state == XSLT_STATE_OK else {
            throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                        message: "the stylesheet failed: " + Self.text(of: &messages))
        }
        var mem: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        guard xsltSaveResultToString(&mem, &size, result, style) == 0 else { throw failure("serialise the result") }
        guard let mem else { return [] }
        defer { cxslt_free(mem) }
        return Array(UnsafeBufferPointer(start: mem, count: Int(size)))
    }

    private func failure(_ what: String) -> ClaimAuditError {
        .output(path: path, message: "libxslt could not \(what)")
    }

    /// The line of the first `disable-output-escaping="yes"`, if any.
    private static func unescapedOutput(in doc: XMLDocument) -> Int? {
        guard let root = doc.root else { return nil }
        var stack = [root]
        while let element = stack.popLast() {
            if element.attribute("disable-output-escaping")?.trimmingCharacters(in: " \t\n") == "yes" {
                return element.line
            }
            stack.append(contentsOf: element.children.reversed())
        }
        return nil
    }

    private static func inputError(_ path: String, _ diagnostics: [XMLDiagnostic]) -> ClaimAuditError {
        let first = diagnostics.first
        return .input(path: path, line: first?.line ?? 0, column: first?.column ?? 0,
                      message: first?.message ?? "not well-formed XML")
    }

    private static func text(of messages: inout cxslt_messages) -> String {
        let length = messages.length
        let text = withUnsafeBytes(of: &messages.text) { raw in
            String(decoding: raw.prefix(length), as: UTF8.self)
        }
        let lines = text.split(separator: "\n").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        return lines.isEmpty ? "unknown error" : lines.joined(separator: "; ")
    }
}
