#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds, reads and checks a lint configuration.
///
/// The file is parsed safely (no DTD, no entities), validated against the
/// shipped `rules/config.xsd`, and every problem is thrown at once as
/// `ClaimAuditError.rules` with `path:line:col: error: message`, at the
/// element or attribute it is about (`XMLPositions`).
public enum ConfigLoader {
    public static let namespace = "https://claimaudit.dev/ns/config/1"
    /// Names looked for in each folder, in this order.
    public static let fileNames = ["claimaudit.xml", ".claimaudit.xml"]

    /// The nearest config file in `start` or a folder above it, or nil.
    public static func discover(from start: String = PathNames.currentDirectory()) -> String? {
        var dir = PathNames.absolute(start)
        while true {
            for name in fileNames {
                let candidate = dir == "/" ? "/" + name : dir + "/" + name
                var st = stat()
                if stat(candidate, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { return candidate }
            }
            if dir == "/" { return nil }
            dir = PathNames.folder(of: dir)
        }
    }

    /// Reads the config at `path`.
    public static func load(path: String) throws -> LintConfig {
        let source = try InputReader.read(path)
        return try parse(source.bytes, path: path)
    }

    /// Parses config text; `path` names it in errors and fixes the root folder.
    public static func parse(_ bytes: [UInt8], path: String) throws -> LintConfig {
        let schema: XMLSchema
        switch defaultSchema {
        case .success(let s): schema = s
        case .failure(let failure): throw ClaimAuditError.rules(failure.diagnostics)
        }
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes, path: path, forbidDoctype: true)
        } catch {
            throw ClaimAuditError.rules(XMLPositions.locatingDoctype(error.diagnostics, in: bytes, path: path))
        }
        guard let root = document.root else {
            throw ClaimAuditError.rules([diagnostic(path, 0, "empty configuration")])
        }
        let positions = XMLPositions(bytes: bytes, path: path, root: root)
        let invalid = schema.validateLocating(document)
        if !invalid.isEmpty {
            throw ClaimAuditError.rules(invalid.map { d, place in positions.locating(tidy(d), at: place) })
        }
        let folder = PathNames.absolute(PathNames.folder(of: path))
        var config = LintConfig(path: path, root: folder)
        var problems: [XMLDiagnostic] = []
        config.failOn = root.attribute("fail-on")
        if let d = root.attribute("default-rules") { config.defaultRules = bool(d) }
        for element in root.children {
            let text = collapse(element.text)
            switch element.name {
            case "include": config.include.append(Glob(text))
            case "exclude": config.exclude.append(Glob(text))
            case "rules":
                let p = element.attribute("path") ?? ""
                let resolved = p.hasPrefix("/") ? p : folder + "/" + p
                if access(resolved, R_OK) != 0 {
                    problems.append(diagnostic(path, at: positions.location(of: "path", in: element),
                                               "rule pack path '\(p)' not found (relative to \(folder))"))
                }
                config.rulePaths.append(resolved)
            case "pack":
                let at = positions.location(of: "id", in: element)
                config.packs.append(.init(id: element.attribute("id") ?? "",
                                          enabled: bool(element.attribute("enabled") ?? "true"),
                                          line: at.line, column: at.column))
            case "rule":
                let at = positions.location(of: "id", in: element)
                var setting = LintConfig.RuleSetting(id: element.attribute("id") ?? "", line: at.line, column: at.column)
                setting.enabled = element.attribute("enabled").map(bool)
                setting.severity = element.attribute("severity").flatMap(Severity.init(rawValue:))
                setting.min = element.attribute("min").flatMap(Double.init)
                setting.max = element.attribute("max").flatMap(Double.init)
                let limits = ["min", "max"].filter { element.attribute($0) != nil }
                    .map { positions.location(of: $0, in: element) }
                setting.limitLocation = limits.max { ($0.line, $0.column) < ($1.line, $1.column) }
                if setting.min != nil && setting.max != nil {
                    problems.append(diagnostic(path, at: setting.limitLocation ?? at,
                                               "give min or max, not both (rule \(setting.id))"))
                }
                config.rules.append(setting)
            case "section-label":
                let role = SectionRole(rawValue: element.attribute("role") ?? "") ?? .news
                var label = text
                if label.hasSuffix(":") { label.removeLast() }
                config.sectionLabels.append(SectionLabel(text: label, role: role))
            default:
                break // the schema admits nothing else
            }
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
        return config
    }

    /// The schema every config is checked against, compiled once.
    static let defaultSchema: Result<XMLSchema, XMLParseFailure> = XMLSchema.shipped("rules/config.xsd")

    static func diagnostic(_ path: String, _ line: Int, _ message: String) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: line, column: 0, level: .error, message: message)
    }

    /// An error at an element or attribute of the config (`XMLPositions`).
    static func diagnostic(_ path: String, at location: SourceLocation, _ message: String) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: location.line, column: location.column, level: .error, message: message)
    }

    private static func bool(_ s: String) -> Bool { s == "true" || s == "1" }

    private static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Drops libxml2's `{namespace}` noise from schema messages.
    private static func tidy(_ d: XMLDiagnostic) -> XMLDiagnostic {
        var d = d
        d.message = d.message.replacingNamespace("{\(namespace)}")
        return d
    }
}

extension String {
    fileprivate func replacingNamespace(_ ns: String) -> String {
        var out = ""
        var rest = Substring(self)
        let n = Array(ns.utf8)
        while !rest.isEmpty {
            if rest.utf8.starts(with: n) {
                rest = Substring(rest.utf8.dropFirst(n.count))
                continue
            }
            out.append(rest.removeFirst())
        }
        return out.hasSuffix("\n") ? String(out.dropLast()) : out
    }
}

extension ConfigLoader {
    /// The metric limits a repository's configuration sets (its `<rule>`
    /// min/max settings over the shipped defaults), for commands other than
    /// `lint` that judge articles by them (the HTML verdict). `path` nil
    /// means discovery from the working folder; no file gives the defaults.
    public static func thresholds(configPath path: String? = nil) throws -> MetricThresholds {
        guard let file = path ?? discover() else { return MetricThresholds() }
        return try DocumentRules(config: load(path: file)).thresholds
    }
}
