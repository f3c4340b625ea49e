import Foundation
import Testing

/// `claimaudit eval` through the real binary: exit codes and output.
@Suite struct EvalCommandTests {
    func corpus() throws -> BratFixture {
        let fixture = try BratFixture()
        let text = CorpusEvaluatorTests.story
        try fixture.addText("ruiz", text)
        try fixture.addAnnotation("ruiz", annotator: "b2", text: text, spans: [("Cue", "said"), ("Source", "Mayor Ana Ruiz")])
        return fixture
    }

    @Test func printsFiguresAndExitsZero() throws {
        let fixture = try corpus()
        defer { fixture.remove() }
        let r = try CLIRunner.run(["eval", fixture.path, "--per-document"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("attributed words"))
        #expect(r.stdout.contains("most-missed gold cues"))
        #expect(r.stdout.contains("worst documents"))
    }

    @Test func jsonFormatParses() throws {
        let fixture = try corpus()
        defer { fixture.remove() }
        let r = try CLIRunner.run(["eval", fixture.path, "--format", "json", "--per-document"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["perDocument"] as? [Any])?.count == 1)
    }

    @Test func missingCorpusExitsTwoWithAMessage() throws {
        let r = try CLIRunner.run(["eval", "/nonexistent/corpus"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/corpus"))
    }

    @Test func unmetFloorExitsOne() throws {
        let fixture = try corpus()
        defer { fixture.remove() }
        let r = try CLIRunner.run(["eval", fixture.path, "--floor", "content-partial=0.5"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("content-partial"))
    }

    @Test func badFloorIsAUsageError() throws {
        let r = try CLIRunner.run(["eval", "/tmp", "--floor", "cue=high"])
        #expect(r.status == 2)
    }
}
