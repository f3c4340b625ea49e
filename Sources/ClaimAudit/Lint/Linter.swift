import Dispatch
import Synchronization

/// Audits many files for `claimaudit lint`: reads each, audits it, adds the
/// document-level findings, applies the article's suppression comments.
///
/// Files are audited on `jobs` threads at once; each result lands in the
/// slot of its file, so the output order is the input order whatever the
/// thread timing, and a run with `jobs: 4` is byte-identical to `jobs: 1`.
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

    /// Lints `paths` on `jobs` threads; results are in the order of `paths`.
    /// `progress` is called (from any thread) with the number done so far.
    public func lint(_ paths: [String], jobs: Int,
                     progress: (@Sendable (Int) -> Void)? = nil) -> [Result<DocumentReport, ClaimAuditError>] {
        let jobs = max(1, min(jobs, paths.count))
        if jobs == 1 {
            var out: [Result<DocumentReport, ClaimAuditError>] = []
            out.reserveCapacity(paths.count)
            for (i, path) in paths.enumerated() {
                out.append(lint(path))
                progress?(i + 1)
            }
            return out
        }
        let slots = Slots(count: paths.count)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= paths.count { break }
                slots.set(i, lint(paths[i]))
                let n = done.wrappingAdd(1, ordering: .relaxed).newValue
                progress?(n)
            }
        }
        return slots.results()
    }
}

/// One result slot per file; each index is written by exactly one thread
/// and read only after every thread has finished, so no lock is needed.
private final class Slots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result<DocumentReport, ClaimAuditError>?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ i: Int, _ value: Result<DocumentReport, ClaimAuditError>) { buffer[i] = value }

    func results() -> [Result<DocumentReport, ClaimAuditError>] {
        buffer.map { $0 ?? .failure(.usage("internal: a file was not linted")) }
    }
}
