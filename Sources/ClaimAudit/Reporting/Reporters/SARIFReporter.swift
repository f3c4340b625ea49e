/// `sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning,
/// GitLab, Azure DevOps).
///
/// One run; `tool.driver.rules` lists every rule that has a finding, in
/// order of first appearance, and each result points at it by `ruleIndex`.
/// Locations carry line and column (columns count Unicode code points, as
/// `columnKind` says) and the UTF-8 byte offset and length. Each result has
/// a `partialFingerprints` entry built from rule, file, normalised claim
/// text and occurrence, so code-scanning tools track a finding across edits
/// that move it. Severity maps error → `error`, warning → `warning`,
/// info → `note`.
public struct SARIFReporter: StreamingReporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for code-scanning tools."
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let informationURI = "https://claimaudit.dev"
    /// One line per rule id for `shortDescription` (from `rules list`);
    /// rules without one get only their id and name.
    public var descriptions: [String: String]

    public init(descriptions: [String: String] = [:]) {
        self.descriptions = descriptions
    }

    /// Descriptions for every rule in `ruleSet` (its summary, else its
    /// message) plus the lint-only rules.
    public static func descriptions(for ruleSet: RuleSet) -> [String: String] {
        var out = DocumentRules.descriptions
        out[Suppressions.unusedRuleID] = "A suppression comment that suppresses nothing."
        for rule in ruleSet.rules {
            let text = rule.summary.isEmpty ? rule.message : rule.summary
            if !text.isEmpty { out[rule.id] = CIFindings.oneLine(text) }
        }
        return out
    }

    public func render(_ report: AuditReport) throws -> [UInt8] {
        var rules = RuleList()
        for doc in report.documents { rules.add(doc) }
        var w = JSONWriter()
        writeHead(tool: report.tool, rules: rules.firsts, to: &w)
        for doc in report.documents { writeResults(doc, ruleIndex: rules.index, to: &w) }
        Self.writeTail(to: &w)
        return w.finish()
    }

    /// Writes the same bytes as `render`, one document at a time. The rules
    /// come before the results and list every rule with a finding, so the
    /// results go to a temporary file (`SpillFile`) as they come, written by
    /// a second writer that stands where the first would (same open
    /// containers, same indentation); at the end the head with the rules is
    /// written, the results copied, then the tail.
    public func makeStream() -> any ReportStream { Stream(reporter: self) }

    /// Rules in order of first appearance: each rule's first finding, and
    /// its index.
    struct RuleList {
        var index: [String: Int] = [:]
        var firsts: [Finding] = []

        mutating func add(_ doc: DocumentReport) {
            for item in CIFindings.items(doc) where index[item.finding.rule] == nil {
                index[item.finding.rule] = firsts.count
                firsts.append(item.finding)
            }
        }
    }

    struct Stream: PiecewiseReportStream {
        let reporter: SARIFReporter
        private var tool = ClaimAuditVersion.string
        private var rules = RuleList()
        private var body = JSONWriter()
        private var spill: SpillFile?

        init(reporter: SARIFReporter) { self.reporter = reporter }

        mutating func begin(tool: String) throws -> [UInt8] {
            self.tool = tool
            rules = RuleList()
            spill = nil
            body = JSONWriter(capacity: 64 * 1024)
            reporter.writeHead(tool: tool, rules: [], to: &body)
            _ = body.take() // written by `end`, with the rules
            return []
        }

        mutating func add(_ document: DocumentReport) throws -> [UInt8] {
            rules.add(document)
            reporter.writeResults(document, ruleIndex: rules.index, to: &body)
            let piece = body.take()
            if !piece.isEmpty {
                try SpillFile.append(to: &spill, piece)
            }
            return []
        }

        mutating func end(writingTo write: ([UInt8]) throws -> Void) throws {
            var head = JSONWriter()
            reporter.writeHead(tool: tool, rules: rules.firsts, to: &head)
            try write(head.take())
            try spill?.copy(to: write)
            SARIFReporter.writeTail(to: &body)
            try write(body.finish())
            spill = nil
        }
    }

    /// Everything before the first result: schema, tool, rules, and the
    /// open `results` array.
    func writeHead(tool: String, rules: [Finding], to w: inout JSONWriter) {
        w.beginObject()
        w.key("$schema"); w.string(Self.schemaURI)
        w.key("version"); w.string("2.1.0")
        w.key("runs"); w.beginArray()
        w.beginObject()
        w.key("tool"); w.beginObject()
        w.key("driver"); w.beginObject()
        w.key("name"); w.string("claimaudit")
        w.key("version"); w.string(tool)
        w.key("semanticVersion"); w.string(tool)
        w.key("informationUri"); w.string(Self.informationURI)
        w.key("rules"); w.beginArray()
        for f in rules {
            w.beginObject()
            w.key("id"); w.string(f.rule)
            w.key("name"); w.string(Self.pascal(f.rule))
            if let text = descriptions[f.rule] {
                w.key("shortDescription"); w.beginObject()
                w.key("text"); w.string(text)
                w.endObject()
            }
            w.key("defaultConfiguration"); w.beginObject()
            w.key("level"); w.string(Self.level(f.severity))
            w.endObject()
            w.key("properties"); w.beginObject()
            w.key("category"); w.string(f.category)
            w.key("tags"); w.beginArray()
            for tag in f.category == "sourcing" ? ["sourcing"] : ["sourcing", f.category] { w.string(tag) }
            w.endArray()
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject() // driver
        w.endObject() // tool
        w.key("columnKind"); w.string("unicodeCodePoints")
        w.key("results"); w.beginArray()
    }

    /// The results of one document.
    func writeResults(_ doc: DocumentReport, ruleIndex: [String: Int], to w: inout JSONWriter) {
        var occurrences: [String: Int] = [:]
        for item in CIFindings.items(doc) {
            let f = item.finding
            let claim = Baseline.normalize(item.claim)
            let key = f.rule + "\u{1F}" + claim
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            w.beginObject()
            w.key("ruleId"); w.string(f.rule)
            w.key("ruleIndex"); w.int(ruleIndex[f.rule] ?? 0)
            w.key("level"); w.string(Self.level(f.severity))
            w.key("message"); w.beginObject()
            w.key("text"); w.string(f.message)
            w.endObject()
            w.key("locations"); w.beginArray()
            w.beginObject()
            w.key("physicalLocation"); w.beginObject()
            w.key("artifactLocation"); w.beginObject()
            w.key("uri"); w.string(Self.uri(doc.path))
            w.endObject()
            w.key("region"); w.beginObject()
            w.key("startLine"); w.int(max(1, f.line))
            w.key("startColumn"); w.int(max(1, f.column))
            w.key("byteOffset"); w.int(max(0, f.start))
            w.key("byteLength"); w.int(max(0, f.end - f.start))
            w.endObject()
            w.endObject() // physicalLocation
            w.endObject()
            w.endArray()
            w.key("partialFingerprints"); w.beginObject()
            w.key("claimaudit/v1"); w.string(CIFindings.fingerprint([f.rule, doc.path, claim, String(occurrence)]))
            w.endObject()
            w.key("properties"); w.beginObject()
            w.key("category"); w.string(f.category)
            w.key("documentLevel"); w.bool(item.document)
            w.endObject()
            w.endObject()
        }
    }

    /// Closes `results`, the run, `runs` and the log.
    static func writeTail(to w: inout JSONWriter) {
        w.endArray()
        w.endObject() // run
        w.endArray()
        w.endObject()
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `unsourced-claim` → `UnsourcedClaim` (SARIF's `name` is an identifier).
    static func pascal(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// A relative URI reference for a path: unreserved characters and `/`
    /// kept, everything else percent-encoded byte by byte.
    static func uri(_ path: String) -> String {
        var out = ""
        for b in PathNames.tidy(path).utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
