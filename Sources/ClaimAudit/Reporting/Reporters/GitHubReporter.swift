/// `github`: GitHub Actions workflow commands, which the runner turns into
/// annotations on the pull request's changed lines:
///
/// ```
/// ::warning file=news/story.md,line=14,col=1,title=claimaudit hedging::Hedge “could”: …
/// ```
/// error → `::error`, warning → `::warning`, info → `::notice`. Values are
/// escaped as the runner expects (`%`, CR, LF; and `:` `,` in properties),
/// so a hostile message cannot start a second command. A plain summary line
/// follows.
public struct GitHubReporter: StreamingReporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (::warning file=…,line=…,col=…::…)."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        var out = ""
        for doc in report.documents { out += Self.annotations(doc) }
        out += Self.summaryLine(CIFindings.counts(report), files: report.documents.count)
        return Array(out.utf8)
    }

    /// Writes the same bytes as `render`, one document at a time: each
    /// document's annotations as it comes, the counts summed for the last line.
    public func makeStream() -> any ReportStream { Stream() }

    struct Stream: ReportStream {
        var counts: [Severity: Int] = [:]
        var files = 0

        mutating func begin(tool: String) -> [UInt8] {
            counts = [:]
            files = 0
            return []
        }

        mutating func add(_ document: DocumentReport) -> [UInt8] {
            files += 1
            for item in CIFindings.items(document) { counts[item.finding.severity, default: 0] += 1 }
            return Array(GitHubReporter.annotations(document).utf8)
        }

        mutating func end() -> [UInt8] {
            Array(GitHubReporter.summaryLine(counts, files: files).utf8)
        }
    }

    /// One `::error`/`::warning`/`::notice` line per finding of `doc`.
    static func annotations(_ doc: DocumentReport) -> String {
        var out = ""
        let file = property(PathNames.tidy(doc.path))
        for item in CIFindings.items(doc) {
            let f = item.finding
            out += "::\(command(f.severity)) file=\(file),line=\(max(1, f.line)),col=\(max(1, f.column)),"
            out += "title=\(property("claimaudit \(f.rule)"))::\(data(f.message))\n"
        }
        return out
    }

    /// `claimaudit: 1 error, 2 warnings in 3 files`.
    static func summaryLine(_ counts: [Severity: Int], files: Int) -> String {
        "claimaudit: \(CIFindings.describe(counts)) in \(ReportText.count(files, "file"))\n"
    }

    static func command(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Message text: `%`, CR and LF escaped, other control characters replaced.
    static func data(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            // Other control characters (an escape sequence in a file name)
            // would reach the log raw: show U+FFFD instead.
            case _ where u.value < 0x20 || (0x7F...0x9F).contains(u.value): out += "\u{FFFD}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Property values: as `data`, plus `:` and `,`.
    static func property(_ s: String) -> String {
        var out = ""
        for u in data(s).unicodeScalars {
            switch u {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
