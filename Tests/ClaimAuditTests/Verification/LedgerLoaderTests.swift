import Foundation
import Testing
@testable import ClaimAudit

@Suite struct LedgerLoaderTests {
    @Test func standardLedgerLoadsEveryPart() throws {
        let ledger = try VerificationFixture.ledger(VerificationFixture.standard)
        #expect(ledger.sources.map(\.id) == ["ortiz", "aide", "clerk"])
        #expect(ledger.sources[1].confidential && ledger.sources[1].label == "a senior aide")
        #expect(ledger.sources[0].label == "Dana Ortiz")
        #expect(ledger.documents.first?.aliases == ["the draft budget"])
        #expect(ledger.transcripts(of: "ortiz").count == 1)
        #expect(ledger.sources[1].supports.count == 2)
    }

    @Test func transcriptFilesAreReadRelativeToTheLedgerAndLoseTheirMarkup() throws {
        let xml = VerificationFixture.wrap("""
          <source id="a" record="on"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
          <transcript id="t" source="a" path="notes.md"/>
        """)
        let ledger = try VerificationFixture.ledger(xml, files: ["notes.md": "# Notes\n\n- Said: **we will** act.\n"])
        #expect(ledger.transcripts[0].text == "Notes Said: we will act.")
        #expect(LedgerLoader.resolve("notes.md", against: "dir/story.sources.xml") == "dir/notes.md")
        #expect(LedgerLoader.resolve("/abs/n.txt", against: "dir/story.sources.xml") == "/abs/n.txt")
    }

    private func problems(_ xml: String, files: [String: String] = [:]) -> String {
        do {
            _ = try VerificationFixture.ledger(xml, files: files)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func missingTranscriptFileIsReportedAtItsLine() {
        let message = problems(VerificationFixture.wrap("""
          <source id="a" record="on"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
          <transcript id="t" source="a" path="gone.txt"/>
        """))
        #expect(message.hasPrefix("story.sources.xml:4:33: error: transcript 't': cannot read 'gone.txt'"), "\(message)")
    }

    @Test func unknownSourceIdIsReportedAtItsLine() {
        let message = problems(VerificationFixture.wrap("""
          <source id="a" record="on"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
          <transcript id="t" source="b"><text>x</text></transcript>
        """))
        #expect(message == "story.sources.xml:4:22: error: transcript 't' names unknown source id 'b' (sources: a)")
    }

    @Test func invalidXMLIsReportedWithLineAndColumn() {
        let message = problems("<?xml version=\"1.0\"?>\n<ledger xmlns=\"https://claimaudit.dev/ns/ledger/1\">\n<source id=\"a\">\n</ledger>\n")
        #expect(message.hasPrefix("story.sources.xml:4:"), "\(message)")
    }

    @Test func schemaViolationIsReportedAtItsLine() {
        let message = problems(VerificationFixture.wrap("""
          <source id="a" record="maybe"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
        """))
        #expect(message.hasPrefix("story.sources.xml:3:18: error:") && message.contains("maybe"), "\(message)")
    }

    @Test func confidentialSourceNeedsDescriptionAndReason() {
        let message = problems(VerificationFixture.wrap("""
          <source id="a" record="confidential"><role>r</role><basis>b</basis></source>
        """))
        #expect(message.contains("story.sources.xml:3:3: error: confidential source 'a' needs a <description>"))
        #expect(message.contains("story.sources.xml:3:3: error: confidential source 'a' needs an <anonymity> reason"))
    }

    @Test func duplicateIdsAndMissingContentAreErrors() {
        let message = problems(VerificationFixture.wrap("""
          <source id="a" record="on"><name>Ann Lee</name><role>r</role><basis>b</basis></source>
          <document id="a"><title>T</title></document>
        """))
        #expect(message.contains("story.sources.xml:4:13: error: id 'a' is already used on line 3"))
        #expect(message.contains("story.sources.xml:4:3: error: document 'a' needs a path=\"…\" or a <text>"))
    }

    @Test func doctypeIsRefused() {
        let message = problems("<?xml version=\"1.0\"?>\n<!DOCTYPE ledger [<!ENTITY x \"y\">]>\n<ledger xmlns=\"https://claimaudit.dev/ns/ledger/1\"/>\n")
        #expect(message.contains("DOCTYPE"), "\(message)")
    }

    @Test func discoveryFindsTheSidecarBesideTheArticle() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("story.md").path
        #expect(LedgerLoader.discover(for: article) == nil)
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("story.sources.xml").path, contents: Data())
        #expect(LedgerLoader.discover(for: article) == dir.appendingPathComponent("story.sources.xml").path)
        #expect(LedgerLoader.discover(for: "-") == nil)
    }
}
