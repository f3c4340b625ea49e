/// Audits many files for `claimaudit lint`: reads each, audits it, adds the
/// document-level findings, applies the article's suppression comments.
///
/// Files are audited on `jobs` threads at once; results are handed over in
/// the order of the files whatever the thread timing (`OrderedParallel`),
/// so a run with `jobs: 4` is byte-identical to `jobs: 1`.
/// One unreadable or malformed file gives a failure in its slot; the others
/// are still audited. Pure apart from reading the files.
public struct Linter: Sendable {
    public let auditor: Auditor
    /// Read every file as this format instead of guessing from the extension.
    public var inputFormat: InputFormat?
    /// The document-level metric rules in force.
    public var documentRules: DocumentRules
    /// Severity of `unused-suppression` findings; nil turns them off.
    public var unusedSuppressionSeverity: Severity? = .info

    public init(auditor: Auditor, documentRules: DocumentRules = DocumentRules(), inputFormat: InputFormat? = nil) {
        self.auditor = auditor
        self.documentRules = documentRules
        self.inputFormat = inputFormat
        var ids = Set(auditor.ruleSet.rules.map(\.id))
        ids.formUnion(DocumentRules.ids)
        ids.insert(Suppressions.unusedRuleID)
        knownRules = ids
        var packs: [String: Set<String>] = [:]
        for rule in auditor.ruleSet.rules where !rule.pack.isEmpty { packs[rule.pack, default: []].insert(rule.id) }
        self.packs = packs
    }

    /// Every rule id a suppression comment may name.
    public let knownRules: Set<String>
    /// Pack id → ids of its rules, so a suppression may name a whole pack.
    public let packs: [String: Set<String>]

    /// Lints one file.
    public func lint(_ path: String) -> Result<DocumentReport, ClaimAuditError> {
        do {
            let source = try InputReader.read(path)
            let format = inputFormat ?? InputFormat.fromExtension(of: path) ?? .text
            return .success(try lint(source, format: format))
        } catch let error as ClaimAuditError {
            return .failure(error)
        } catch {
            return .failure(.input(path: path, line: 0, column: 0, message: "\(error)"))
        }
    }

    /// Lints text already read.
    public func lint(_ source: SourceText, format: InputFormat) throws -> DocumentReport {
        let document = try Loader.load(source, format: format)
        var report = auditor.audit(document)
        let suppressions = Suppressions(document: document)
        var unused = suppressions.apply(to: &report, source: source, knownRules: knownRules, packs: packs) {
            documentRules.findings(for: $0, source: source)
        }
        if let severity = unusedSuppressionSeverity, !unused.isEmpty {
            for i in unused.indices { unused[i].severity = severity }
            report.addDocumentFindings(unused)
        }
        return report
    }

    /// Lints `paths` on `jobs` threads and hands each result to `body` on
    /// the calling thread in the order of `paths`, as soon as it and every
    /// result before it are done. At most `window` results (default four per
    /// thread) wait to be handed over, so memory stays that of a few articles
    /// however many are linted: `claimaudit lint` writes each article's
    /// report from `body` and drops it. `progress` is called (from any
    /// thread) with the number linted so far. If `body` throws, no more files
    /// are started and the error is rethrown once the threads have stopped.
    public func lint(_ paths: [String], jobs: Int, window: Int? = nil,
                     progress: (@Sendable (Int) -> Void)? = nil,
                     each body: (Int, Result<DocumentReport, ClaimAuditError>) throws -> Void) rethrows {
        let linter = self
        try OrderedParallel.forEach(count: paths.count, jobs: jobs, window: window ?? 4 * max(1, jobs),
                                    progress: progress, work: { linter.lint(paths[$0]) }, body: body)
    }

    /// Lints `paths` on `jobs` threads; results are in the order of `paths`.
    /// `progress` is called (from any thread) with the number done so far.
    /// Holds every result: for a large archive, use `lint(_:jobs:each:)`.
    public func lint(_ paths: [String], jobs: Int,
                     progress: (@Sendable (Int) -> Void)? = nil) -> [Result<DocumentReport, ClaimAuditError>] {
        var out: [Result<DocumentReport, ClaimAuditError>] = []
        out.reserveCapacity(paths.count)
        lint(paths, jobs: jobs, progress: progress) { out.append($1) }
        return out
    }
}
