/// Builds a `TokenPattern` from a rule's `<tokens>` element (the schema has
/// already checked its structure).
///
/// ```xml
/// <tokens attribution="auto">
///   <capture name="source"><noun-phrase/></capture>
///   <capture name="cue"><lemma>tell</lemma><word>reporters</word></capture>
///   <capture name="content"><rest/></capture>
///   <except><word>told</word><word>reporters</word><word>that</word></except>
/// </tokens>
/// ```
enum TokenPatternReader {
    static func pattern(_ element: XMLElement) -> Result<TokenPattern, RuleProblem> {
        var steps: [PatternStep] = []
        var exceptions: [[PatternStep]] = []
        do {
            for child in element.children {
                if child.name == "except" {
                    exceptions.append(try child.children.map(step))
                } else {
                    steps.append(try step(child))
                }
            }
        } catch let problem as RuleProblem {
            return .failure(problem)
        } catch {
            return .failure(RuleProblem(line: element.line, message: "\(error)"))
        }
        let output = PatternOutput(rawValue: element.attribute("emit") ?? "attribution") ?? .attribution
        if output == .finding, element.attribute("attribution") != nil {
            return .failure(RuleProblem(line: element.line, message: "attribution=\"…\" belongs only on emit=\"attribution\" patterns"))
        }
        if output == .attribution, element.attribute("scope") != nil {
            return .failure(RuleProblem(line: element.line, message: "scope=\"…\" belongs only on emit=\"finding\" patterns"))
        }
        let kindName = element.attribute("attribution") ?? "auto"
        let kind = kindName == "auto" ? nil : AttributionKind(rawValue: kindName)
        if kindName != "auto" && kind == nil {
            return .failure(RuleProblem(line: element.line, message: "unknown attribution kind '\(kindName)'"))
        }
        return .success(TokenPattern(steps: steps, exceptions: exceptions, attributionKind: kind, output: output))
    }

    private static func step(_ e: XMLElement) throws -> PatternStep {
        let min = Int(e.attribute("min") ?? "1") ?? 1
        let maxText = e.attribute("max") ?? "\(Swift.max(1, min))"
        let max: Int? = maxText == "unbounded" ? nil : Int(maxText)
        if let max, max < min || max < 1 {
            throw RuleProblem(line: e.line, message: "<\(e.name)> has max \(max) below min \(min) (or zero)")
        }
        let text = RulePackReader.collapse(e.text)
        switch e.name {
        case "word":
            guard !PhraseMatcher.keys(of: text).isEmpty else { throw RuleProblem(line: e.line, message: "<word> has no word") }
            return .test(.literal(text), min: min, max: max)
        case "lemma": return .test(.lemma(text), min: min, max: max)
        case "cap": return .test(.capitalized, min: min, max: max)
        case "name": return .test(.name, min: min, max: max)
        case "lexicon": return .test(.lexicon(e.attribute("ref") ?? ""), min: min, max: max)
        case "punct": return .test(.punctuation(text), min: min, max: max)
        case "any": return .test(.anyWord, min: min, max: max)
        case "number": return .test(.number, min: min, max: max)
        case "noun-phrase": return .test(.nounPhrase(head: e.attribute("head")), min: min, max: max)
        case "rest": return .test(.rest, min: 1, max: 1)
        case "skip": return .skip(max: Int(e.attribute("max") ?? "1") ?? 1)
        case "choice":
            return .choice(try e.children.map(step), min: min, max: max)
        case "group", "capture":
            let inner = try e.children.map(step)
            let capture = e.name == "capture" ? PatternCapture(rawValue: e.attribute("name") ?? "") : nil
            if e.name == "capture" && capture == nil {
                throw RuleProblem(line: e.line, message: "capture name must be source, cue, content or match")
            }
            return .group(inner, capture: capture, min: min, max: max)
        default:
            throw RuleProblem(line: e.line, message: "unknown pattern step <\(e.name)>")
        }
    }
}
