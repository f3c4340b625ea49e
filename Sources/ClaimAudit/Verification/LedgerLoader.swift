#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a source ledger (`rules/ledger.xsd`): safe XML parse, schema
/// validation, then the checks XSD 1.0 cannot express (unique ids, known
/// source ids, required parts per kind of source, readable files). Every
/// problem is collected before throwing, each as `path:line:col: error: …`
/// at the element or attribute it is about (`XMLPositions`).
public enum LedgerLoader {
    public static let namespace = "https://claimaudit.dev/ns/ledger/1"

    /// Reads and checks the ledger at `path`. Document and transcript paths
    /// are relative to the ledger's folder.
    public static func load(path: String) throws -> Ledger {
        let bytes: [UInt8]
        do {
            bytes = try InputReader.read(path).bytes
        } catch let error as ClaimAuditError {
            if case let .input(_, _, _, message) = error {
                throw ClaimAuditError.ledger([diagnostic(path, 0, message)])
            }
            throw error
        }
        return try load(bytes, path: path, readFile: { relative in
            try InputReader.read(resolve(relative, against: path))
        })
    }

    /// The ledger beside an article: `story.md` → `story.sources.xml`; nil
    /// when there is no such file (or the article is standard input).
    public static func discover(for articlePath: String) -> String? {
        guard articlePath != "-" else { return nil }
        let slash = articlePath.lastIndex(of: "/")
        var stem = articlePath
        if let dot = articlePath.lastIndex(of: "."), slash.map({ dot > $0 }) ?? true,
           dot != articlePath.startIndex {
            stem = String(articlePath[..<dot])
        }
        let candidate = stem + ".sources.xml"
        return isRegularFile(candidate) ? candidate : nil
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// Parses ledger bytes. `readFile` reads a path given in the ledger
    /// (relative paths already meant relative to the ledger).
    static func load(_ bytes: [UInt8], path: String,
                     readFile: @escaping (String) throws -> SourceText) throws -> Ledger {
        let schema: XMLSchema
        switch schemaResult {
        case .success(let s): schema = s
        case .failure(let failure): throw ClaimAuditError.ledger(failure.diagnostics)
        }
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes, path: path)
        } catch {
            throw ClaimAuditError.ledger(XMLPositions.locatingDoctype(error.diagnostics, in: bytes, path: path))
        }
        guard let root = document.root else {
            throw ClaimAuditError.ledger([diagnostic(path, 1, "not a ledger (root <ledger xmlns=\"\(namespace)\">)")])
        }
        let positions = XMLPositions(bytes: bytes, path: path, root: root)
        let invalid = schema.validateLocating(document)
        if !invalid.isEmpty {
            throw ClaimAuditError.ledger(invalid.map { d, place in positions.locating(d, at: place) })
        }
        guard root.name == "ledger", root.namespace == namespace else {
            let at = positions.location(of: root)
            throw ClaimAuditError.ledger([XMLDiagnostic(file: path, line: at.line, column: at.column, level: .error,
                message: "not a ledger (root <ledger xmlns=\"\(namespace)\">)")])
        }
        var reader = Reader(path: path, positions: positions, readFile: readFile)
        let ledger = reader.read(root)
        if !reader.diagnostics.isEmpty { throw ClaimAuditError.ledger(reader.diagnostics) }
        return ledger
    }

    /// `relative` against the folder of `ledgerPath`; absolute paths stay.
    static func resolve(_ relative: String, against ledgerPath: String) -> String {
        if relative.hasPrefix("/") { return relative }
        guard let slash = ledgerPath.lastIndex(of: "/") else { return relative }
        return String(ledgerPath[...slash]) + relative
    }

    /// Compiled once per process from the shipped `rules/ledger.xsd`.
    static let schemaResult: Result<XMLSchema, XMLParseFailure> = XMLSchema.shipped("rules/ledger.xsd")

    static func diagnostic(_ path: String, _ line: Int, _ message: String) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: line, column: 0, level: .error, message: message)
    }

    /// One pass over a schema-valid ledger, collecting meaning problems.
    private struct Reader {
        let path: String
        let positions: XMLPositions
        let readFile: (String) throws -> SourceText
        var diagnostics: [XMLDiagnostic] = []
        /// Each id's first element.
        var ids: [String: XMLElement] = [:]

        init(path: String, positions: XMLPositions, readFile: @escaping (String) throws -> SourceText) {
            self.path = path
            self.positions = positions
            self.readFile = readFile
        }

        mutating func read(_ root: XMLElement) -> Ledger {
            var ledger = Ledger(path: path)
            var transcriptElements: [XMLElement] = []
            for element in root.children {
                guard let id = element.attribute("id") else { continue }
                if let first = ids[id] {
                    problem(at: "id", in: element, "id '\(id)' is already used on line \(positions.location(of: first).line)")
                } else {
                    ids[id] = element
                }
                switch element.name {
                case "source": ledger.sources.append(source(element, id: id))
                case "document": if let d = document(element, id: id) { ledger.documents.append(d) }
                default: transcriptElements.append(element)
                }
            }
            let sourceIDs = Set(ledger.sources.map(\.id))
            for element in transcriptElements {
                let id = element.attribute("id") ?? ""
                let speaker = element.attribute("source") ?? ""
                if !sourceIDs.contains(speaker) {
                    let known = ledger.sources.map(\.id).joined(separator: ", ")
                    problem(at: "source", in: element, "transcript '\(id)' names unknown source id '\(speaker)'"
                        + (known.isEmpty ? "" : " (sources: \(known))"))
                    continue
                }
                let inline = element.children.first { $0.name == "text" }?.text
                guard let text = content(element, inline: inline, what: "transcript '\(id)'") else { continue }
                ledger.transcripts.append(LedgerTranscript(id: id, source: speaker, path: element.attribute("path"),
                                                           text: text, line: element.line))
            }
            return ledger
        }

        private mutating func source(_ e: XMLElement, id: String) -> LedgerSource {
            var parts: [String: [String]] = [:]
            var second: [String: XMLElement] = [:] // each part's second element, for "more than one"
            for child in e.children {
                parts[child.name, default: []].append(Self.folded(child.text))
                if parts[child.name]?.count == 2 { second[child.name] = child }
            }
            let confidential = e.attribute("record") == "confidential"
            for single in ["name", "description", "role", "basis", "anonymity", "title", "organisation"]
            where (parts[single]?.count ?? 0) > 1 {
                problem(at: second[single] ?? e, "source '\(id)' has more than one <\(single)>")
            }
            for required in ["role", "basis"] where parts[required] == nil {
                problem(at: e, "source '\(id)' needs a <\(required)>")
            }
            if confidential {
                if parts["description"] == nil { problem(at: e, "confidential source '\(id)' needs a <description> (how the copy describes it)") }
                if parts["anonymity"] == nil { problem(at: e, "confidential source '\(id)' needs an <anonymity> reason") }
            } else if parts["name"] == nil {
                problem(at: e, "on-record source '\(id)' needs a <name>")
            }
            return LedgerSource(id: id, name: parts["name"]?.first, description: parts["description"]?.first,
                                aliases: parts["alias"] ?? [], role: parts["role"]?.first ?? "",
                                confidential: confidential, basis: parts["basis"]?.first ?? "",
                                anonymity: parts["anonymity"]?.first, title: parts["title"]?.first,
                                organisation: parts["organisation"]?.first, details: parts["detail"] ?? [],
                                supports: parts["supports"] ?? [], line: e.line)
        }

        private mutating func document(_ e: XMLElement, id: String) -> LedgerDocument? {
            var parts: [String: [String]] = [:]
            var inline: String? = nil
            for child in e.children {
                if child.name == "text" { inline = child.text } else { parts[child.name, default: []].append(Self.folded(child.text)) }
            }
            guard let title = parts["title"]?.first else {
                problem(at: e, "document '\(id)' needs a <title>")
                return nil
            }
            guard let text = content(e, inline: inline, what: "document '\(id)'") else { return nil }
            return LedgerDocument(id: id, title: title, aliases: parts["alias"] ?? [], hrefs: parts["href"] ?? [],
                                  path: e.attribute("path"), text: text, line: e.line)
        }

        /// The prose of a document or transcript: its file (loaded by
        /// extension: Markdown and HTML lose their markup) or its inline text.
        private mutating func content(_ e: XMLElement, inline: String?, what: String) -> String? {
            let filePath = e.attribute("path")
            switch (filePath, inline) {
            case (nil, nil):
                problem(at: e, "\(what) needs a path=\"…\" or a <text>")
                return nil
            case (.some, .some):
                problem(at: "path", in: e, "\(what) has both a path and a <text>; keep one")
                return nil
            case (nil, .some(let text)):
                return Self.folded(text)
            case (.some(let file), nil):
                do {
                    let source = try readFile(file)
                    let format = InputFormat.fromExtension(of: file) ?? .text
                    let doc = try Loader.load(source, format: format)
                    return doc.text(0..<doc.view.count)
                } catch let error as ClaimAuditError {
                    var message = error.description
                    if case let .input(_, _, _, m) = error { message = m }
                    problem(at: "path", in: e, "\(what): cannot read '\(file)': \(message)")
                    return nil
                } catch {
                    problem(at: "path", in: e, "\(what): cannot read '\(file)': \(error)")
                    return nil
                }
            }
        }

        /// A problem at the element's start tag.
        private mutating func problem(at element: XMLElement, _ message: String) {
            add(positions.location(of: element), message)
        }

        /// A problem at one of the element's attributes (its start tag when
        /// the attribute is not written).
        private mutating func problem(at attribute: String, in element: XMLElement, _ message: String) {
            add(positions.location(of: attribute, in: element), message)
        }

        private mutating func add(_ at: SourceLocation, _ message: String) {
            diagnostics.append(XMLDiagnostic(file: path, line: at.line, column: at.column, level: .error, message: message))
        }

        /// White space folded to single spaces, ends trimmed.
        static func folded(_ s: String) -> String {
            s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        }
    }
}
