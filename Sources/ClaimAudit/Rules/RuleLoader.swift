/// Loads rule packs from XML and checks them against `rules/rules.xsd`.
///
/// Each file is parsed safely (no network, no entities, any `<!DOCTYPE>`
/// refused), validated against the shipped schema, then checked for meaning
/// (`RuleValidator`). Problems from every file are collected before anything
/// is thrown, so a writer sees them all at once as
/// `path:line:col: error: message (rule ID)`, at the element or attribute
/// the problem is about (`PackPositions`).
public enum RuleLoader {
    /// Every `*.xml` pack in `directory`, in sorted order.
    public static func load(directory: String) throws -> RuleSet {
        guard InputReader.isDirectory(directory) else {
            throw ClaimAuditError.rules([diagnostic(directory, "not a folder of rule packs")])
        }
        let files = InputReader.files(in: directory, withExtension: "xml")
        guard !files.isEmpty else {
            throw ClaimAuditError.rules([diagnostic(directory, "no rule packs (*.xml) in this folder")])
        }
        return try load(files: files)
    }

    /// The given packs, in sorted order; a later pack's rule replaces an
    /// earlier one with the same id.
    public static func load(files: [String]) throws -> RuleSet {
        var sources: [(path: String, bytes: [UInt8])] = []
        var diagnostics: [XMLDiagnostic] = []
        for path in files.sorted() {
            do {
                sources.append((path, try InputReader.read(path).bytes))
            } catch let error as ClaimAuditError {
                if case let .input(_, _, _, message) = error {
                    diagnostics.append(diagnostic(path, message))
                } else {
                    diagnostics.append(diagnostic(path, error.description))
                }
            }
        }
        return try load(sources: sources, earlierDiagnostics: diagnostics)
    }

    /// Packs given as bytes (files already read, or embedded copies), in the
    /// order given.
    static func load(sources: [(path: String, bytes: [UInt8])],
                     earlierDiagnostics: [XMLDiagnostic] = []) throws -> RuleSet {
        var diagnostics = earlierDiagnostics
        let schema: XMLSchema
        switch defaultSchema {
        case .success(let s): schema = s
        case .failure(let failure): throw ClaimAuditError.rules(failure.diagnostics)
        }
        var set = RuleSet()
        for source in sources {
            let pack = RulePackReader.read(source.bytes, path: source.path, schema: schema)
            diagnostics += pack.diagnostics
            if pack.diagnostics.isEmpty { set.merge(pack.ruleSet) }
        }
        if !diagnostics.isEmpty { throw ClaimAuditError.rules(diagnostics) }
        return set
    }

    /// The schema every pack is checked against: always the shipped one,
    /// never one from a user's folder. Compiled once per process.
    static let defaultSchema: Result<XMLSchema, XMLParseFailure> = XMLSchema.shipped("rules/rules.xsd")

    static func diagnostic(_ path: String, _ message: String, line: Int = 0) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: line, column: 0, level: .error, message: message)
    }
}

extension RuleLoader {
    /// The shipped packs: from `ResourceLocator.home` when found, else embedded.
    public static func loadDefaults() throws -> RuleSet {
        if let home = ResourceLocator.home { return try load(directory: home + "/rules") }
        let sources = ResourceLocator.embeddedFiles(in: "rules", withExtension: "xml")
        return try load(sources: sources.map { ($0.path, Array($0.text.utf8)) })
    }
}
