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

    struct Key: Hashable {
        var rule: String, path: String, claim: String
    }

    /// The baseline of every finding in `report`.
    public init(report: AuditReport, root: String) {
        var counts: [Key: Int] = [:]
        for doc in report.documents {
            Self.forEachKey(doc, root: root) { key, _ in counts[key, default: 0] += 1 }
        }
        entries = counts.map { Entry(rule: $0.key.rule, path: $0.key.path, claim: $0.key.claim, count: $0.value) }
            .sorted { ($0.path, $0.rule, $0.claim) < ($1.path, $1.rule, $1.claim) }
    }

    /// Removes every finding the baseline knows from `report`; returns how
    /// many were removed.
    @discardableResult
    public func filter(_ report: inout AuditReport, root: String) -> Int {
        var remaining: [Key: Int] = [:]
        for e in entries { remaining[Key(rule: e.rule, path: e.path, claim: e.claim), default: 0] += e.count }
        var removed = 0
        for d in report.documents.indices {
            let path = Self.path(report.documents[d].path, root: root)
            func known(_ f: Finding, claim: String) -> Bool {
                let key = Key(rule: f.rule, path: path, claim: claim)
                guard let n = remaining[key], n > 0 else { return false }
                remaining[key] = n - 1
                removed += 1
                return true
            }
            var doc = report.documents[d]
            doc.documentFindings.removeAll { known($0, claim: "") }
            for c in doc.claims.indices {
                let claim = Self.normalize(doc.claims[c].text)
                doc.claims[c].findings.removeAll { known($0, claim: claim) }
            }
            doc.refreshSummary()
            report.documents[d] = doc
        }
        return removed
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
