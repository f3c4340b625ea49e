internal import CLibXML2

/// A compiled XSD 1.0 schema. Compile once, validate many documents.
///
/// The compiled `xmlSchema` is immutable after `init`, so it may be shared
/// across threads; every `validate` call gets its own validation context
/// (sharing one is a known crash). The schema's own document is kept alive
/// for as long as the schema, because libxml2 does not copy it.
final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private let source: XMLDocument
    /// The schema's path, for diagnostics.
    let path: String

    /// Compiles one of the schemas claimaudit ships (`rules/rules.xsd`,
    /// `rules/config.xsd`, …): the installed copy, else the embedded one, never
    /// one from a user's folder. Callers keep the result in a `static let`, so
    /// each schema compiles once per process.
    static func shipped(_ path: String) -> Result<XMLSchema, XMLParseFailure> {
        guard let resource = ResourceLocator.resource(path) else {
            return .failure(XMLParseFailure(diagnostics: [
                XMLDiagnostic(file: path, line: 0, column: 0, level: .error, message: "schema not found"),
            ]))
        }
        return Result { () throws(XMLParseFailure) in try XMLSchema(resource.bytes, path: resource.path) }
    }

    /// Compiles a schema from its text. Errors carry `path:line`.
    init(_ bytes: [UInt8], path: String) throws(XMLParseFailure) {
        LibXML.ensureInitialized()
        let source = try XMLDocument.parse(bytes, path: path)
        let collector = XMLErrorCollector(file: path)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            guard let ctxt = xmlSchemaNewDocParserCtxt(source.doc) else { return nil }
            defer { xmlSchemaFreeParserCtxt(ctxt) }
            xmlSchemaSetParserStructuredErrors(ctxt, { userData, error in
                guard let error else { return }
                XMLErrorCollector.from(userData)?.add(error)
            }, collector.opaque)
            return xmlSchemaParse(ctxt)
        }
        guard let compiled, collector.diagnostics.allSatisfy({ $0.level == .warning }) else {
            if let compiled { xmlSchemaFree(compiled) }
            let diagnostics = collector.diagnostics.filter { $0.level != .warning }
            throw XMLParseFailure(diagnostics: diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, line: 0, column: 0, level: .error, message: "schema does not compile")]
                : diagnostics)
        }
        self.schema = compiled
        self.source = source
        self.path = path
    }

    deinit { xmlSchemaFree(schema) }

    /// Every validity error in `document`; empty when it is valid.
    func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        validateLocating(document).map(\.diagnostic)
    }

    /// `validate`, with the element or attribute each error is about when
    /// libxml2 names it, so that a caller with the source can give a column.
    func validateLocating(_ document: XMLDocument) -> [(diagnostic: XMLDiagnostic, place: XMLNodePlace?)] {
        let collector = XMLErrorCollector(file: document.path)
        let result: Int32 = withExtendedLifetime(collector) {
            guard let ctxt = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(ctxt) }
            xmlSchemaSetValidStructuredErrors(ctxt, { userData, error in
                guard let error else { return }
                XMLErrorCollector.from(userData)?.add(error)
            }, collector.opaque)
            return xmlSchemaValidateDoc(ctxt, document.doc)
        }
        var out = zip(collector.diagnostics, collector.places)
            .filter { $0.0.level != .warning }
            .map { (diagnostic: $0.0, place: $0.1) }
        if result != 0 && out.isEmpty {
            out.append((XMLDiagnostic(file: document.path, line: 0, column: 0, level: .error,
                                      message: "document is not valid against \(path)"), nil))
        }
        return out
    }
}
