/// Builds a `TokenPattern` from a rule's `<tokens>` element (the schema has
/// already checked its structure). Problems point at the element (or
/// attribute) they are about, by `PackPositions`.
///
/// ```xml
/// <tokens attribution="auto">
///   <capture name="source"><noun-phrase/></capture>
///   <capture name="cue"><lemma>tell</lemma><word>reporters</word></capture>
///   <capture name="content"><rest/></capture>
///   <except><word>told</word><word>reporters</word><word>that</word></except>
/// </tokens>
/// ```
struct TokenPatternReader {
    let positions: PackPositions
    /// The `<lexicon ref>` steps read so far.
    private(set) var lexiconRefs: [LexiconReference] = []

    static func pattern(_ element: XMLElement, positions: PackPositions) -> Result<TokenPattern, RuleProblem> {
        var reader = TokenPatternReader(positions: positions)
        return reader.pattern(element)
    }

    private mutating func pattern(_ element: XMLElement) -> Result<TokenPattern, RuleProblem> {
        var steps: [PatternStep] = []
        var exceptions: [[PatternStep]] = []
        do {
            for child in element.children {
                if child.name == "except" {
                    exceptions.append(try child.children.map { try step($0) })
                } else {
                    steps.append(try step(child))
                }
            }
        } catch let problem as RuleProblem {
            return .failure(problem)
        } catch {
            return .failure(problem(element, "\(error)"))
        }
        let output = PatternOutput(rawValue: element.attribute("emit") ?? "attribution") ?? .attribution
        if output == .finding, element.attribute("attribution") != nil {
            return .failure(problem(element, attribute: "attribution", "attribution=\"…\" belongs only on emit=\"attribution\" patterns"))
        }
        for name in ["scope", "quote-severity"] where output == .attribution && element.attribute(name) != nil {
            return .failure(problem(element, attribute: name, "\(name)=\"…\" belongs only on emit=\"finding\" patterns"))
        }
        let kindName = element.attribute("attribution") ?? "auto"
        let kind = kindName == "auto" ? nil : AttributionKind(rawValue: kindName)
        if kindName != "auto" && kind == nil {
            return .failure(problem(element, attribute: "attribution", "unknown attribution kind '\(kindName)'"))
        }
        var pattern = TokenPattern(steps: steps, exceptions: exceptions, attributionKind: kind, output: output)
        pattern.lexiconRefs = lexiconRefs
        return .success(pattern)
    }

    private func problem(_ e: XMLElement, attribute: String? = nil, _ message: String) -> RuleProblem {
        RuleProblem(location: attribute.map { positions.location(of: $0, in: e) } ?? positions.location(of: e), message: message)
    }

    private mutating func step(_ e: XMLElement) throws -> PatternStep {
        let min = Int(e.attribute("min") ?? "1") ?? 1
        let maxText = e.attribute("max") ?? "\(Swift.max(1, min))"
        let max: Int? = maxText == "unbounded" ? nil : Int(maxText)
        if let max, max < min || max < 1 {
            throw problem(e, attribute: "max", "<\(e.name)> has max \(max) below min \(min) (or zero)")
        }
        let text = RulePackReader.collapse(e.text)
        switch e.name {
        case "word":
            guard !PhraseMatcher.keys(of: text).isEmpty else { throw problem(e, "<word> has no word") }
            return .test(.literal(text), min: min, max: max)
        case "lemma": return .test(.lemma(text), min: min, max: max)
        case "cap": return .test(.capitalized, min: min, max: max)
        case "name": return .test(.name, min: min, max: max)
        case "lexicon":
            let id = e.attribute("ref") ?? ""
            lexiconRefs.append(LexiconReference(id: id, location: positions.location(of: "ref", in: e)))
            return .test(.lexicon(id), min: min, max: max)
        case "punct": return .test(.punctuation(text), min: min, max: max)
        case "any": return .test(.anyWord, min: min, max: max)
        case "number": return .test(.number, min: min, max: max)
        case "noun-phrase": return .test(.nounPhrase(head: e.attribute("head")), min: min, max: max)
        case "rest": return .test(.rest, min: 1, max: 1)
        case "skip": return .skip(max: Int(e.attribute("max") ?? "1") ?? 1)
        case "choice":
            return .choice(try e.children.map { try step($0) }, min: min, max: max)
        case "group", "capture":
            let inner = try e.children.map { try step($0) }
            let capture = e.name == "capture" ? PatternCapture(rawValue: e.attribute("name") ?? "") : nil
            if e.name == "capture" && capture == nil {
                throw problem(e, attribute: "name", "capture name must be source, cue, content or match")
            }
            return .group(inner, capture: capture, min: min, max: max)
        default:
            throw problem(e, "unknown pattern step <\(e.name)>")
        }
    }
}
