/// The checks on a rule's meaning that XSD 1.0 cannot express. The schema
/// has already vouched for structure, attribute values and required children.
enum RuleValidator {
    /// A problem with one part of a rule; the reader, which holds the XML,
    /// turns the part into a position.
    struct Problem: Equatable {
        enum Part: Equatable {
            /// The `<rule>` start tag.
            case rule
            /// The payload element (`<phrases>`, `<pattern>`, `<labels>`, `<tokens>`).
            case payload
            /// The rule's `check` attribute.
            case check
            /// `rule.examples[n]`.
            case example(Int)
        }
        var part: Part
        var message: String
    }

    /// Problems with one rule; empty when it is fine.
    static func problems(in rule: Rule) -> [Problem] {
        var out: [Problem] = []
        switch rule.kind {
        case .phrases(let list):
            out += problems(in: list).map { Problem(part: .payload, message: $0) }
        case .regex(let pattern, let caseSensitive):
            do {
                _ = try RegexRule.compile(pattern, caseSensitive: caseSensitive)
            } catch {
                out.append(Problem(part: .payload, message: "pattern does not compile: \(error.message)"))
            }
        case .sectionLabels(let labels):
            for label in labels where label.text.isEmpty {
                out.append(Problem(part: .payload, message: "empty section label"))
            }
        case .tokenPattern(let pattern):
            let captures = CompiledTokenPattern.captures(pattern.steps)
            switch pattern.output {
            case .attribution:
                if !captures.contains(.cue) {
                    out.append(Problem(part: .payload, message: "a token pattern needs a <capture name=\"cue\">"))
                }
                if captures.contains(.match) {
                    out.append(Problem(part: .payload, message: "<capture name=\"match\"> belongs only in emit=\"finding\" patterns"))
                }
            case .finding:
                let spans = captures.subtracting([.match]).map(\.rawValue).sorted()
                if !spans.isEmpty {
                    out.append(Problem(part: .payload, message:
                        "an emit=\"finding\" pattern makes no attribution: capture \(spans.joined(separator: ", ")) is not allowed (use <capture name=\"match\"> or <group>)"))
                }
            }
        case .check(let name):
            if !KnownChecks.names.contains(name) {
                out.append(Problem(part: .check, message:
                    "unknown check '\(name)' (known: \(KnownChecks.names.joined(separator: ", ")))"))
            }
        }
        if !rule.examples.contains(where: \.expectsMatch) {
            out.append(Problem(part: .rule, message: "needs at least one <example expect=\"match\">"))
        }
        if !rule.examples.contains(where: { !$0.expectsMatch }) {
            out.append(Problem(part: .rule, message: "needs at least one <example expect=\"none\">"))
        }
        for (n, example) in rule.examples.enumerated() where example.text.isEmpty {
            out.append(Problem(part: .example(n), message: "empty example"))
        }
        for (n, example) in rule.examples.enumerated() where !example.expectsMatch && !example.marks.isEmpty {
            out.append(Problem(part: .example(n), message: "an expect=\"none\" example cannot have <mark>"))
        }
        return out
    }

    /// Problems with a phrase list: every phrase must have at least one word.
    static func problems(in list: PhraseList) -> [String] {
        if list.phrases.isEmpty { return ["no phrases"] }
        return (list.phrases + list.exceptions).filter { PhraseMatcher.keys(of: $0).isEmpty }
            .map { "phrase '\($0)' has no words" }
    }
}

/// The checks implemented in Swift that a `kind="check"` rule may name.
/// The one list: the loader checks against it, the analyser implements it.
public enum KnownChecks {
    public static let unsourcedClaim = "unsourced-claim"
    public static let anonymousWithoutDescription = "anonymous-without-description"
    public static let names: [String] = [unsourcedClaim, anonymousWithoutDescription] + VerificationChecks.names
}
