import Foundation

/// Known findings to leave alone, so a repository can adopt claimaudit
/// without fixing every old article first (`--write-baseline`, `--baseline`).
///
/// Each entry is keyed by rule, file and the normalised text of the claim
/// that carries the finding (document-level findings have an empty claim),
/// never by line or offset: an edit elsewhere in the file does not turn an
/// old finding into a new one. The same key may occur several times (two
/// hedges in one sentence); `count` says how many are known, and only
/// findings beyond that count are new. Paths are relative to the
/// configuration's folder when the file lies inside it.
public struct Baseline: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Hashable {
        public var rule: String
        public var path: String
        public var claim: String
        public var count: Int
    }

    /// Bumped when the key changes meaning.
    public var version: Int = 1
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    struct Key: Hashable, Sendable {
        var rule: String, path: String, claim: String
    }

    /// The baseline of every finding in `report`.
    public init(report: AuditReport, root: String) {
        var recorder = Recorder(root: root)
        for doc in report.documents { recorder.add(doc) }
        self = recorder.baseline
    }

    /// Removes every finding the baseline knows from `report`; returns how
    /// many were removed.
    @discardableResult
    public func filter(_ report: inout AuditReport, root: String) -> Int {
        var filter = Filter(self, root: root)
        var removed = 0
        for d in report.documents.indices { removed += filter.apply(to: &report.documents[d]) }
        return removed
    }

    /// Filters documents one at a time, in report order, with the same
    /// result as `Baseline.filter` over the whole report: the counts left
    /// for each key carry from one document to the next (two inputs may
    /// name the same file), so a streamed `lint` need not hold the report.
    public struct Filter: Sendable {
        private var remaining: [Key: Int] = [:]
        private let root: String

        public init(_ baseline: Baseline, root: String) {
            self.root = root
            for e in baseline.entries { remaining[Key(rule: e.rule, path: e.path, claim: e.claim), default: 0] += e.count }
        }

        /// Removes the findings the baseline still knows from `doc` and
        /// refreshes its summary; returns how many were removed.
        @discardableResult
        public mutating func apply(to doc: inout DocumentReport) -> Int {
            let path = Baseline.path(doc.path, root: root)
            var removed = 0
            func known(_ f: Finding, claim: String) -> Bool {
                let key = Key(rule: f.rule, path: path, claim: claim)
                guard let n = remaining[key], n > 0 else { return false }
                remaining[key] = n - 1
                removed += 1
                return true
            }
            doc.documentFindings.removeAll { known($0, claim: "") }
            for c in doc.claims.indices {
                let claim = Baseline.normalize(doc.claims[c].text)
                doc.claims[c].findings.removeAll { known($0, claim: claim) }
            }
            doc.refreshSummary()
            return removed
        }
    }

    /// Counts the findings of documents added one at a time, so a streamed
    /// `lint --write-baseline` keeps only the keys, not the reports.
    public struct Recorder: Sendable {
        private var counts: [Key: Int] = [:]
        private let root: String

        public init(root: String) { self.root = root }

        public mutating func add(_ doc: DocumentReport) {
            Baseline.forEachKey(doc, root: root) { key, _ in counts[key, default: 0] += 1 }
        }

        /// Entries sorted by path, rule and claim: the file diffs well.
        public var baseline: Baseline {
            Baseline(entries: counts.map { Entry(rule: $0.key.rule, path: $0.key.path, claim: $0.key.claim, count: $0.value) }
                .sorted { ($0.path, $0.rule, $0.claim) < ($1.path, $1.rule, $1.claim) })
        }
    }

    private static func forEachKey(_ doc: DocumentReport, root: String, _ body: (Key, Finding) -> Void) {
        let path = path(doc.path, root: root)
        for f in doc.documentFindings { body(Key(rule: f.rule, path: path, claim: ""), f) }
        for claim in doc.claims {
            let text = normalize(claim.text)
            for f in claim.findings { body(Key(rule: f.rule, path: path, claim: text), f) }
        }
    }

    /// The path as stored: relative to `root` when inside it, else as given.
    static func path(_ path: String, root: String) -> String {
        PathNames.relative(PathNames.absolute(path), to: PathNames.absolute(root)) ?? PathNames.tidy(path)
    }

    /// Lower case, curly quotes and apostrophes folded to straight ones,
    /// runs of white space to one space, trimmed: reflowing a paragraph or
    /// retyping a quote mark keeps the key.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in text.lowercased().unicodeScalars {
            switch u {
            case " ", "\t", "\n", "\r", "\u{A0}":
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch u {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            default: out.append(u)
            }
        }
        return String(out)
    }

    // MARK: File

    public static func read(_ path: String) throws -> Baseline {
        let bytes = try InputReader.read(path).bytes
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
            guard baseline.version == 1 else {
                throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                            message: "baseline version \(baseline.version) is not supported (expected 1)")
            }
            return baseline
        } catch let error as ClaimAuditError {
            throw error
        } catch {
            throw ClaimAuditError.input(path: path, line: 0, column: 0,
                                        message: "not a claimaudit baseline (JSON with version and entries): \(error)")
        }
    }

    /// Pretty-printed, keys sorted, one entry per finding key: diffs stay small.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(self))
        bytes.append(0x0A)
        return bytes
    }
}
