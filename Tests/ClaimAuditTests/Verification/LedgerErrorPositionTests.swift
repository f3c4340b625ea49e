import Testing
@testable import ClaimAudit

/// Every kind of source-ledger error, at the element or attribute it is
/// about: `path:line:col: error: message`, columns in Unicode scalars.
@Suite struct LedgerErrorPositionTests {
    static let path = "story.sources.xml"
    static let ns = "https://claimaudit.dev/ns/ledger/1"
    /// A complete on-record source on one line.
    static let ann = "  <source id=\"a\" record=\"on\"><name>Ann Lee</name><role>r</role><basis>b</basis></source>"

    /// Line 1 the XML declaration, line 2 the root's start tag, the body
    /// from line 3.
    static func ledger(_ body: String) -> String {
        "<?xml version=\"1.0\"?>\n<ledger xmlns=\"\(ns)\">\n\(body)\n</ledger>\n"
    }

    /// The first error of loading `text` (files: only `notes.txt` exists).
    static func firstError(_ text: String) -> String {
        do {
            _ = try VerificationFixture.ledger(text, files: ["notes.txt": "Notes."], path: path)
            return ""
        } catch {
            return "\(error)".split(separator: "\n").first.map(String.init) ?? ""
        }
    }

    static let cases: [(what: String, text: String, error: String)] = [
        ("not well-formed (libxml2's own place, just past the bad end tag)",
         ledger("  <source id=\"a\" record=\"on\"><name>x</role></source>"),
         "3:44: error: Opening and ending tag mismatch: name line 3 and role"),
        ("a DOCTYPE over two lines, at its <!DOCTYPE",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE ledger [\n<!ENTITY x \"y\">]>\n<ledger xmlns=\"\(ns)\"/>\n",
         "2:1: error: <!DOCTYPE> is not allowed here (no DTDs or entities in this file)"),
        ("a bad attribute value, on the second line of its tag",
         ledger("  <source id=\"a\"\n          record=\"maybe\"><name>N</name><role>r</role><basis>b</basis></source>"),
         "4:11: error: Element '{\(ns)}source', attribute 'record': [facet 'enumeration'] The value 'maybe' is not an element of the set {'on', 'confidential'}."),
        ("an unknown element, the second on its line",
         ledger(ann + "<quote/>"),
         "3:89: error: Element '{\(ns)}quote': This element is not expected."),
        ("a missing attribute, at the start tag",
         ledger("  <transcript id=\"t\"><text>x</text></transcript>"),
         "3:3: error: Element '{\(ns)}transcript': The attribute 'source' is required but missing."),
        ("a root that is not <ledger>, at its start tag",
         "<?xml version=\"1.0\"?>\n<!-- a comment -->\n  <sources xmlns=\"\(ns)\"/>\n",
         "3:3: error: Element '{\(ns)}sources': No matching global declaration available for the validation root."),
        ("a duplicate id at the second id=, the first named by its start tag's line",
         ledger("  <source\n    id=\"a\" record=\"on\"><name>N</name><role>r</role><basis>b</basis></source>\n  <document id=\"a\"><title>T</title><text>x</text></document>"),
         "5:13: error: id 'a' is already used on line 3"),
        ("an unknown source id, at source=",
         ledger(ann + "\n  <transcript id=\"t\"\n      source=\"b\"><text>x</text></transcript>"),
         "5:7: error: transcript 't' names unknown source id 'b' (sources: a)"),
        ("a part given twice, at the second",
         ledger("  <source id=\"a\" record=\"on\"><name>A</name><role>r</role>\n    <basis>b</basis><name>B</name></source>"),
         "4:21: error: source 'a' has more than one <name>"),
        ("a source with no <role>, at its start tag",
         ledger("  <source id=\"a\" record=\"on\"><name>N</name><basis>b</basis></source>"),
         "3:3: error: source 'a' needs a <role>"),
        ("a confidential source with no <description>",
         ledger("  <source id=\"a\" record=\"confidential\"><role>r</role><basis>b</basis><anonymity>x</anonymity></source>"),
         "3:3: error: confidential source 'a' needs a <description> (how the copy describes it)"),
        ("a confidential source with no <anonymity>",
         ledger("  <source id=\"a\" record=\"confidential\"><role>r</role><basis>b</basis><description>d</description></source>"),
         "3:3: error: confidential source 'a' needs an <anonymity> reason"),
        ("an on-record source with no <name>",
         ledger("  <source id=\"a\" record=\"on\"><role>r</role><basis>b</basis></source>"),
         "3:3: error: on-record source 'a' needs a <name>"),
        ("a document with no <title>",
         ledger("  <document id=\"d\"><href>u</href><text>x</text></document>"),
         "3:3: error: document 'd' needs a <title>"),
        ("a document with neither path nor text, the second on its line",
         ledger("  <document id=\"c\"><title>T</title><text>x</text></document> <document id=\"d\"><title>T</title></document>"),
         "3:62: error: document 'd' needs a path=\"…\" or a <text>"),
        ("a document with both, at path=",
         ledger("  <document id=\"d\" path=\"notes.txt\"><title>T</title><text>x</text></document>"),
         "3:20: error: document 'd' has both a path and a <text>; keep one"),
        ("an unreadable file, at path=",
         ledger("  <document id=\"d\" path=\"gone.txt\"><title>T</title></document>"),
         "3:20: error: document 'd': cannot read 'gone.txt': cannot open: No such file or directory"),
        ("columns count Unicode scalars, not bytes",
         ledger("  <source id=\"a\" record=\"on\"><name>Zoë</name><role>r</role><basis>b</basis><name>Zoé</name></source>"),
         "3:76: error: source 'a' has more than one <name>"),
    ]

    @Test(arguments: 0..<cases.count)
    func eachLedgerErrorIsAtWhatItIsAbout(_ i: Int) {
        let (what, text, error) = Self.cases[i]
        #expect(Self.firstError(text) == "\(Self.path):\(error)", "\(what)")
    }

    @Test func aReadableFileWithTheRightPartsLoads() throws {
        let ledger = try VerificationFixture.ledger(Self.ledger(Self.ann + "\n  <document id=\"d\" path=\"notes.txt\"><title>T</title></document>"),
                                                    files: ["notes.txt": "Notes."])
        #expect(ledger.documents.map(\.text) == ["Notes."])
    }
}
