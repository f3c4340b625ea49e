/// Reads one rule pack: parse, validate against the schema, build the rules
/// and lexicons, check their meaning. Never throws: every problem becomes a
/// diagnostic, so the loader can report all files at once.
enum RulePackReader {
    static let namespace = "https://claimaudit.dev/ns/rules/1"

    struct Output {
        var ruleSet = RuleSet()
        var diagnostics: [XMLDiagnostic] = []
    }

    static func read(_ bytes: [UInt8], path: String, schema: XMLSchema) -> Output {
        var out = Output()
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes, path: path, forbidDoctype: true)
        } catch {
            out.diagnostics = error.diagnostics
            return out
        }
        guard let root = document.root else {
            out.diagnostics = [RuleLoader.diagnostic(path, "empty document")]
            return out
        }
        let positions = PackPositions(bytes: bytes, path: path, root: root)
        let spans = ruleSpans(root)
        let invalid = schema.validateLocating(document)
        if !invalid.isEmpty {
            out.diagnostics = invalid.map { d, place in
                var d = d
                d.message = tidy(d.message)
                // The rule is named by libxml2's line, before it moves to the tag's first line.
                let rule = spans.id(at: d.line)
                d = positions.locating(d, at: place)
                if let rule { d.message += " (rule \(rule))" }
                return d
            }
            return out
        }

        // Rule and lexicon ids share one check: unique within the pack.
        var seen: [String: [String: XMLElement]] = [:]
        for element in root.children {
            let id = element.attribute("id") ?? ""
            let rule = element.name == "rule" ? id : nil
            if let first = seen[element.name]?[id] {
                out.diagnostics.append(error(path, at: positions.location(of: "id", in: element),
                    "duplicate \(element.name) id '\(id)' (first defined on line \(positions.location(of: first).line))", rule: rule))
                continue
            }
            seen[element.name, default: [:]][id] = element
            switch element.name {
            case "rule":
                switch buildRule(element, path: path, positions: positions) {
                case .success(var rule):
                    rule.pack = root.attribute("id") ?? ""
                    let problems = RuleValidator.problems(in: rule)
                    out.diagnostics += problems.map { problem in
                        error(path, at: location(of: problem.part, in: element, rule: rule, positions: positions),
                              problem.message, rule: id)
                    }
                    if problems.isEmpty { out.ruleSet.rules.append(rule) }
                case .failure(let problem):
                    out.diagnostics.append(error(path, at: problem.location, problem.message, rule: id))
                }
            case "lexicon":
                let lexicon = buildLexicon(element)
                let problems = RuleValidator.problems(in: lexicon.entries)
                out.diagnostics += problems.map {
                    error(path, at: positions.location(of: element), "lexicon '\(id)': \($0)", rule: nil)
                }
                if problems.isEmpty { out.ruleSet.lexicons[id] = lexicon }
            default:
                break // the schema admits nothing else
            }
        }
        return out
    }

    /// Where the part of a rule a validator problem names is written.
    static func location(of part: RuleValidator.Problem.Part, in element: XMLElement, rule: Rule,
                         positions: PackPositions) -> SourceLocation {
        switch part {
        case .rule:
            return positions.location(of: element)
        case .check:
            return positions.location(of: "check", in: element)
        case .payload:
            return payload(of: element).map { positions.location(of: $0) } ?? positions.location(of: element)
        case .example(let n):
            let example = rule.examples[n]
            return SourceLocation(line: example.line, column: example.column)
        }
    }

    /// The element holding what a rule matches, if it has one.
    static func payload(of element: XMLElement) -> XMLElement? {
        element.children.first { ["phrases", "pattern", "labels", "tokens"].contains($0.name) }
    }

    // MARK: Building

    private static func buildRule(_ element: XMLElement, path: String, positions: PackPositions) -> Result<Rule, RuleProblem> {
        let id = element.attribute("id") ?? ""
        let kindName = element.attribute("kind") ?? ""
        let children = element.children
        let summary = collapse(children.first { $0.name == "summary" }?.text ?? "")
        let message = collapse(children.first { $0.name == "message" }?.text ?? "")
        let payload = payload(of: element)
        let checkName = element.attribute("check")

        if kindName != "check", checkName != nil {
            return .failure(RuleProblem(location: positions.location(of: "check", in: element),
                                        message: "check=\"…\" belongs only on kind=\"check\" rules"))
        }
        let expected: String? = switch kindName {
        case "phrases": "phrases"
        case "regex": "pattern"
        case "section-labels": "labels"
        case "pattern": "tokens"
        default: nil
        }
        if payload?.name != expected {
            let message = if let expected {
                "kind=\"\(kindName)\" needs a <\(expected)> element after <message>"
            } else {
                "kind=\"\(kindName)\" takes no <\(payload?.name ?? "")> element"
            }
            return .failure(RuleProblem(location: positions.location(of: payload ?? element), message: message))
        }

        let kind: RuleKind
        switch kindName {
        case "phrases":
            let p = payload!
            let phrases = p.children.filter { $0.name == "phrase" }
            kind = .phrases(PhraseList(
                phrases: phrases.map { collapse($0.text) },
                inflect: bool(p.attribute("inflect"), default: false),
                scope: MatchScope(rawValue: p.attribute("scope") ?? "all") ?? .all,
                lowercaseOnly: Set(phrases.filter { $0.attribute("case") == "lower" }.map { collapse($0.text) }),
                exceptions: p.children.filter { $0.name == "except" }.map { collapse($0.text) },
                quoteSeverity: p.attribute("quote-severity").flatMap(Severity.init(rawValue:))))
        case "regex":
            let p = payload!
            kind = .regex(pattern: p.text.trimmingWhiteSpace(),
                          caseSensitive: bool(p.attribute("case-sensitive"), default: false))
        case "section-labels":
            kind = .sectionLabels(payload!.children.map {
                SectionLabel(text: collapse($0.text), role: SectionRole(rawValue: $0.attribute("role") ?? "") ?? .news)
            })
        case "pattern":
            switch TokenPatternReader.pattern(payload!, positions: positions) {
            case .success(let pattern): kind = .tokenPattern(pattern)
            case .failure(let problem): return .failure(problem)
            }
        default:
            guard let checkName else {
                return .failure(RuleProblem(location: positions.location(of: element),
                                            message: "kind=\"check\" needs check=\"NAME\" naming the Swift check"))
            }
            kind = .check(name: checkName)
        }
        let start = positions.location(of: element)
        var rule = Rule(
            id: id,
            category: element.attribute("category") ?? "",
            severity: Severity(rawValue: element.attribute("severity") ?? "") ?? .warning,
            message: message,
            summary: summary,
            kind: kind,
            examples: children.filter { $0.name == "example" }.map { buildExample($0, at: positions.location(of: $0)) },
            origin: RuleOrigin(path: path, line: start.line, column: start.column),
            enabled: bool(element.attribute("enabled"), default: true))
        if kindName == "regex" || kindName == "pattern" {
            rule.patternScope = MatchScope(rawValue: payload?.attribute("scope") ?? "all") ?? .all
            rule.patternQuoteSeverity = payload?.attribute("quote-severity").flatMap(Severity.init(rawValue:))
        }
        return .success(rule)
    }

    private static func buildLexicon(_ element: XMLElement) -> Lexicon {
        Lexicon(id: element.attribute("id") ?? "", entries: PhraseList(
            phrases: element.children.filter { $0.name == "entry" }.map { collapse($0.text) },
            inflect: bool(element.attribute("inflect"), default: false)))
    }

    /// Example text with `<mark>` removed, white space folded to single
    /// spaces and trimmed; marks as byte ranges of that text.
    static func buildExample(_ element: XMLElement, at location: SourceLocation) -> RuleExample {
        var bytes: [UInt8] = []
        var marks: [Range<Int>] = []
        var pendingSpace = false
        func append(_ s: String) {
            for b in s.utf8 {
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(b)
            }
        }
        for item in element.content {
            switch item {
            case .text(let s):
                append(s)
            case .element(let mark):
                // A space pending before the mark belongs before it.
                let text = mark.text
                if pendingSpace, let first = text.utf8.first, first != 0x20, first != 0x0A, first != 0x09 {
                    bytes.append(0x20); pendingSpace = false
                }
                let start = bytes.count
                append(text)
                marks.append(start..<max(start, bytes.count))
            }
        }
        return RuleExample(text: String(decoding: bytes, as: UTF8.self), marks: marks,
                           expectsMatch: element.attribute("expect") == "match",
                           line: location.line, column: location.column)
    }

    // MARK: Helpers

    static func bool(_ value: String?, default fallback: Bool) -> Bool {
        guard let value = value?.trimmingWhiteSpace() else { return fallback }
        return value == "true" || value == "1"
    }

    /// Runs of white space folded to one space, ends trimmed.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// libxml2 names elements `{namespace}name`; the namespace is noise here.
    static func tidy(_ message: String) -> String {
        message.replacing("{\(namespace)}", with: "")
    }

    static func error(_ path: String, at location: SourceLocation, _ message: String, rule: String?) -> XMLDiagnostic {
        XMLDiagnostic(file: path, line: location.line, column: location.column, level: .error,
                      message: rule.map { "\(message) (rule \($0))" } ?? message)
    }

    /// Line ranges of the pack's `<rule>` elements, to name the rule a
    /// schema error falls in.
    struct RuleSpans {
        var spans: [(lines: ClosedRange<Int>, id: String)] = []
        func id(at line: Int) -> String? {
            spans.last { $0.lines.contains(line) }?.id
        }
    }

    static func ruleSpans(_ root: XMLElement) -> RuleSpans {
        var out = RuleSpans()
        let children = root.children
        for (i, element) in children.enumerated() where element.name == "rule" {
            guard let id = element.attribute("id") else { continue }
            let end = i + 1 < children.count ? max(element.line, children[i + 1].line - 1) : element.lastLine + 1
            out.spans.append((element.line...end, id))
        }
        return out
    }
}

/// Something wrong with one rule, at the element or attribute it is about.
struct RuleProblem: Error {
    var location: SourceLocation
    var message: String
}

private extension String {
    func trimmingWhiteSpace() -> String {
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !ws($0) }), let last = lastIndex(where: { !ws($0) }) else { return "" }
        return String(self[first...last])
    }
}
