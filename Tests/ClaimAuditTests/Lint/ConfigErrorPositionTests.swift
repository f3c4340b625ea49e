import Testing
@testable import ClaimAudit

/// Every kind of lint-configuration error, at the element or attribute it
/// is about: `path:line:col: error: message`, columns in Unicode scalars.
@Suite struct ConfigErrorPositionTests {
    static let path = "/no-such-folder-q2/claimaudit.xml"

    /// Line 1 the XML declaration, line 2 the root's start tag, the body
    /// from line 3.
    static func config(_ body: String) -> String {
        "<?xml version=\"1.0\"?>\n<claimaudit xmlns=\"https://claimaudit.dev/ns/config/1\">\n\(body)\n</claimaudit>\n"
    }

    /// The errors of loading `text` as lint does: read, metric limits, then
    /// the settings applied to the shipped rules.
    static func errors(_ text: String) throws -> String {
        do {
            let config = try ConfigLoader.parse(Array(text.utf8), path: path)
            _ = try DocumentRules(config: config)
            var set = try RuleLoader.loadDefaults()
            try config.apply(to: &set, extraRuleIDs: DocumentRules.ids)
            return ""
        } catch let error as ClaimAuditError {
            return error.description
        }
    }

    static let cases: [(what: String, text: String, error: String)] = [
        ("not well-formed (libxml2's own place, just past the bad end tag)",
         config("  <include>*.md</exclude>"),
         "3:26: error: Opening and ending tag mismatch: include line 3 and exclude"),
        ("a DOCTYPE over two lines, at its <!DOCTYPE",
         "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE --> <!DOCTYPE claimaudit [\n<!ENTITY a \"b\">]>\n<claimaudit xmlns=\"https://claimaudit.dev/ns/config/1\"/>\n",
         "2:20: error: <!DOCTYPE> is not allowed here (no DTDs or entities in this file)"),
        ("a bad attribute value, on the second line of its tag",
         config("  <rule id=\"hedging\"\n        severity=\"loud\"/>"),
         "4:9: error: Element 'rule', attribute 'severity': [facet 'enumeration'] The value 'loud' is not an element of the set {'error', 'warning', 'info'}."),
        ("an unknown element, the second on its line",
         config("  <include>*.md</include><bogus/>"),
         "3:26: error: Element 'bogus': This element is not expected."),
        ("a missing attribute, at the start tag",
         config("  <exclude>x</exclude> <pack id=\"style\"/>"),
         "3:24: error: Element 'pack': The attribute 'enabled' is required but missing."),
        ("an unknown attribute on the root",
         "<?xml version=\"1.0\"?>\n<claimaudit xmlns=\"https://claimaudit.dev/ns/config/1\" fail-on=\"loud\"/>\n",
         "2:56: error: Element 'claimaudit', attribute 'fail-on': [facet 'enumeration'] The value 'loud' is not an element of the set {'error', 'warning', 'info', 'never'}."),
        ("a rule-pack path that does not exist, at path=",
         config("  <exclude>x</exclude>\n  <rules\n     path=\"house\"/>"),
         "5:6: error: rule pack path 'house' not found (relative to /no-such-folder-q2)"),
        ("min and max both, at the later of the two",
         config("  <rule max=\"3\" id=\"named-sources\" min=\"2\"/>"),
         "3:36: error: give min or max, not both (rule named-sources)"),
        ("an unknown pack id, at id=",
         config("  <pack enabled=\"false\" id=\"nopack\"/>"),
         "3:25: error: no rule pack 'nopack' is loaded (packs: attribution, hedging, sections, sourcing, style, verification, weasel)"),
        ("an unknown rule id, the second setting on its line, at id=",
         config("  <rule id=\"hedging\"/> <rule id=\"norule\" enabled=\"false\"/>"),
         "3:30: error: no rule 'norule' is loaded (see `claimaudit rules list`)"),
        ("a limit on a rule that takes none, at the limit",
         config("  <rule id=\"hedging\"\n    max=\"3\"/>"),
         "4:5: error: rule 'hedging' takes no min or max (only document-level metric rules do)"),
        ("the wrong limit for a metric rule, at the limit",
         config("  <rule id=\"named-sources\" max=\"3\"/>"),
         "3:28: error: rule 'named-sources' takes min, not max"),
        ("a share over 1, at max=",
         config("  <rule id=\"unsourced-share\" max=\"3\"/>"),
         "3:30: error: rule 'unsourced-share': max is a share from 0 to 1 (0.25 = 25%), not 3.00"),
        ("a fractional number of sources, at min=",
         config("  <rule id=\"named-sources\" min=\"2.5\"/>"),
         "3:28: error: rule 'named-sources': min is a whole number of sources"),
        ("columns count Unicode scalars, not bytes",
         config("  <section-label role=\"analysis\">Était</section-label><rule id=\"nørule\"/>"),
         "3:61: error: Element 'rule', attribute 'id': [facet 'pattern'] The value 'nørule' is not accepted by the pattern '[a-z][a-z0-9]*([\\-.][a-z0-9]+)*'."),
    ]

    @Test(arguments: 0..<cases.count)
    func eachConfigErrorIsAtWhatItIsAbout(_ i: Int) throws {
        let (what, text, error) = Self.cases[i]
        let got = try Self.errors(text).split(separator: "\n").first.map(String.init) ?? ""
        #expect(got == "\(Self.path):\(error)", "\(what)")
    }

    @Test func everyProblemIsReportedAtOnceEachAtItsOwnPlace() throws {
        let text = Self.config("  <rules path=\"a\"/>\n  <rules path=\"b\"/> <rule id=\"x\" min=\"1\" max=\"2\"/>")
        #expect(try Self.errors(text) == """
            \(Self.path):3:10: error: rule pack path 'a' not found (relative to /no-such-folder-q2)
            \(Self.path):4:10: error: rule pack path 'b' not found (relative to /no-such-folder-q2)
            \(Self.path):4:42: error: give min or max, not both (rule x)
            """)
    }
}
