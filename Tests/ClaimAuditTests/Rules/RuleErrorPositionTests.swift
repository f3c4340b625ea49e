import Foundation
import Testing
@testable import ClaimAudit

/// Every error about a rule pack reads `path:line:col: error: …`, pointing
/// at the element or attribute it is about: the meaning checks after the
/// schema (duplicate ids, payloads, checks, examples, token-pattern steps)
/// and the unknown lexicons found only once every pack is loaded, as well
/// as the parse and schema errors, which had columns already.
@Suite struct RuleErrorPositionTests {
    static func pack(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack xmlns=\"\(RuleFixtures.ns)\" id=\"house\">\n\(body)\n</pack>\n"
    }

    /// A valid phrases rule starting on line 3; its payload is on line 6.
    static let rule = """
          <rule id="house.a" kind="phrases" category="hedging" severity="warning">
            <summary>S.</summary>
            <message>M.</message>
            <phrases><phrase>maybe</phrase></phrases>
            <example expect="match">It will <mark>maybe</mark> rain.</example>
            <example expect="none">It will rain.</example>
          </rule>
        """

    static func rule(_ edits: (String, String)...) -> String {
        edits.reduce(rule) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        /// The first error, exactly.
        var error: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "duplicate rule id: at the second id", body: rule + "\n" + rule,
             error: "p.xml:10:9: error: duplicate rule id 'house.a' (first defined on line 3) (rule house.a)"),
        Case(name: "duplicate rule id in a start tag over two lines: where the tag and the id are",
             body: rule + "\n" + rule(("<rule id=\"house.a\" kind=\"phrases\"", "<rule kind=\"phrases\"\n        id=\"house.a\"")),
             error: "p.xml:11:9: error: duplicate rule id 'house.a' (first defined on line 3) (rule house.a)"),
        Case(name: "duplicate lexicon id",
             body: "  <lexicon id=\"w\"><entry>a</entry></lexicon>\n  <lexicon id=\"w\"><entry>b</entry></lexicon>",
             error: "p.xml:4:12: error: duplicate lexicon id 'w' (first defined on line 3)"),
        Case(name: "regex that does not compile: at <pattern>",
             body: rule(("kind=\"phrases\"", "kind=\"regex\""), ("<phrases><phrase>maybe</phrase></phrases>", "<pattern>it (is|was</pattern>")),
             error: "p.xml:6:5: error: pattern does not compile: invalid regular expression /it (is|was/ (rule house.a)"),
        Case(name: "unknown check: at check=",
             body: rule(("kind=\"phrases\"", "kind=\"check\" check=\"read-minds\""), ("    <phrases><phrase>maybe</phrase></phrases>\n", "")),
             error: "p.xml:3:35: error: unknown check 'read-minds' (known: \(KnownChecks.names.joined(separator: ", "))) (rule house.a)"),
        Case(name: "check= on another kind: at check=",
             body: rule(("kind=\"phrases\"", "kind=\"phrases\" check=\"unsourced-claim\"")),
             error: "p.xml:3:37: error: check=\"…\" belongs only on kind=\"check\" rules (rule house.a)"),
        Case(name: "payload of another kind: at the payload",
             body: rule(("kind=\"phrases\"", "kind=\"regex\"")),
             error: "p.xml:6:5: error: kind=\"regex\" needs a <pattern> element after <message> (rule house.a)"),
        Case(name: "missing example: at the rule",
             body: rule(("    <example expect=\"none\">It will rain.</example>\n", "")),
             error: "p.xml:3:3: error: needs at least one <example expect=\"none\"> (rule house.a)"),
        Case(name: "mark in a none example: at the example, columns in scalars, a tag in a comment skipped",
             body: rule(("<example expect=\"none\">It will rain.</example>",
                         "<!-- «<example>» --><example expect=\"none\">It <mark>will</mark> rain.</example>")),
             error: "p.xml:8:25: error: an expect=\"none\" example cannot have <mark> (rule house.a)"),
        Case(name: "max below min: at max=, the second <word> on its line",
             body: rule(("kind=\"phrases\"", "kind=\"pattern\""),
                        ("<phrases><phrase>maybe</phrase></phrases>",
                         "<tokens emit=\"finding\"><word>it</word><word min=\"2\" max=\"1\">will</word></tokens>")),
             error: "p.xml:6:57: error: <word> has max 1 below min 2 (or zero) (rule house.a)"),
        Case(name: "attribution= on a finding pattern: at attribution=",
             body: rule(("kind=\"phrases\"", "kind=\"pattern\""),
                        ("<phrases><phrase>maybe</phrase></phrases>",
                         "<tokens emit=\"finding\" attribution=\"named\"><word>maybe</word></tokens>")),
             error: "p.xml:6:28: error: attribution=\"…\" belongs only on emit=\"attribution\" patterns (rule house.a)"),
        Case(name: "capture the pattern may not make: at <tokens>",
             body: rule(("kind=\"phrases\"", "kind=\"pattern\""),
                        ("<phrases><phrase>maybe</phrase></phrases>",
                         "<tokens emit=\"finding\"><capture name=\"cue\"><word>maybe</word></capture></tokens>")),
             error: "p.xml:6:5: error: an emit=\"finding\" pattern makes no attribution: capture cue is not allowed (use <capture name=\"match\"> or <group>) (rule house.a)"),
        Case(name: "schema error on an attribute, in a start tag over two lines: at the attribute",
             body: rule(("kind=\"phrases\" category", "kind=\"phrases\"\n        category"), ("severity=\"warning\"", "severity=\"fatal\"")),
             error: "p.xml:4:28: error: Element 'rule', attribute 'severity': [facet 'enumeration'] The value 'fatal' is not an element of the set {'error', 'warning', 'info'}. (rule house.a)"),
        Case(name: "schema error on the second element of its name on a line: at that one",
             body: rule(("<phrase>maybe</phrase>", "<phrase>maybe</phrase><phrase case=\"upper\">perhaps</phrase>")),
             error: "p.xml:6:44: error: Element 'phrase', attribute 'case': [facet 'enumeration'] The value 'upper' is not an element of the set {'any', 'lower'}. (rule house.a)"),
        Case(name: "schema error on an element: at its start tag",
             body: rule(("kind=\"phrases\"", "kind=\"pattern\""),
                        ("<phrases><phrase>maybe</phrase></phrases>", "<tokens emit=\"finding\"><word>it</word><word> </word></tokens>")),
             error: "p.xml:6:43: error: Element 'word': [facet 'minLength'] The value has a length of '0'; this underruns the allowed minimum length of '1'. (rule house.a)"),
    ]

    @Test(arguments: cases)
    func loadErrorPointsAtWhatItIsAbout(_ c: Case) throws {
        let d = try RuleFixtures.diagnostics(["p.xml": Self.pack(c.body)])
        let first = try #require(d.first)
        #expect(first.description == c.error)
        #expect(d.allSatisfy { $0.line > 0 && $0.column > 0 }, "\(d)")
    }

    /// Lexicons may come from any pack, so an unknown one is found when the
    /// auditor is built, and reported at the `ref` that names it, for
    /// finding and attribution patterns alike.
    @Test func unknownLexiconIsReportedAtItsRef() throws {
        let text = Self.pack("""
              <rule id="house.f" kind="pattern" category="weasel" severity="warning">
                <summary>S.</summary>
                <message>M.</message>
                <tokens emit="finding"><word>is</word><lexicon ref="no-such-words"/></tokens>
                <example expect="match"><mark>is</mark> it.</example>
                <example expect="none">It.</example>
              </rule>
              <rule id="house.g" kind="pattern" category="attribution" severity="info">
                <summary>S.</summary>
                <message>M.</message>
                <tokens><capture name="source"><name/></capture> <capture name="cue"><lexicon
                    ref="nor-these"/></capture></tokens>
                <example expect="match"><mark>Ann mused</mark> it.</example>
                <example expect="none">It.</example>
              </rule>
            """)
        let set = try RuleLoader.load(sources: [("p.xml", Array(text.utf8))])
        #expect {
            _ = try Auditor(ruleSet: set)
        } throws: { error in
            guard case ClaimAuditError.rules(let d) = error else { return false }
            return d.map(\.description) == [
                "p.xml:6:52: error: unknown lexicon 'no-such-words' (rule house.f)",
                "p.xml:14:9: error: unknown lexicon 'nor-these' (rule house.g)",
            ]
        }
        // A lexicon from another pack (here a shipped one) is known.
        var shipped = try RuleLoader.load(directory: TestPaths.packageRoot.appendingPathComponent("rules").path)
        shipped.merge(try RuleLoader.load(sources: [("q.xml", Array(text.replacingOccurrences(of: "no-such-words", with: "cue-verbs")
            .replacingOccurrences(of: "nor-these", with: "cue-verbs").utf8))]))
        #expect(LexiconReferences.problems(in: shipped).isEmpty)
    }

    @Test func ruleAndExampleOriginsCarryTheirColumns() throws {
        let set = try RuleLoader.load(sources: [("p.xml", Array(Self.pack(Self.rule).utf8))])
        let rule = try #require(set.rule("house.a"))
        #expect(rule.origin.line == 3 && rule.origin.column == 3)
        #expect(rule.examples.map { "\($0.line):\($0.column)" } == ["7:5", "8:5"])
    }

    @Test func startTagsSkipCommentsCDATAProcessingInstructionsAndQuotedBrackets() {
        let xml = "<?xml version=\"1.0\"?>\n<a x=\"1>2\" y='<'><!-- <b> --><![CDATA[<c>]]><?pi <d>?><e/></a>"
        let bytes = Array(xml.utf8)
        let tags = PackPositions.startTags(bytes)
        #expect(tags.map { String(decoding: bytes[$0..<($0 + 2)], as: UTF8.self) } == ["<a", "<e"])
        #expect(PackPositions.attributeOffset("y", inTagAt: tags[0], bytes).map { bytes[$0] } == UInt8(ascii: "y"))
        #expect(PackPositions.attributeOffset("z", inTagAt: tags[0], bytes) == nil)
    }
}
