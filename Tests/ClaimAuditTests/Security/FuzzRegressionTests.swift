import Foundation
import Testing
@testable import ClaimAudit

/// Replays every input kept under `Tests/Fuzz/regressions/TARGET/` (inputs
/// that once crashed, hung or lost text: from libFuzzer via scripts/fuzz.sh,
/// or found by hand) through the code that target exercises, with the same
/// invariants the fuzz harness checks.
@Suite struct FuzzRegressionTests {
    static let root = TestPaths.packageRoot.appendingPathComponent("Tests/Fuzz/regressions")

    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let dir = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map {
            ($0, Array(try Data(contentsOf: dir.appendingPathComponent($0))))
        }
    }

    static func checkSegments(_ d: Document) {
        let seg = Segmenter(labels: []).segment(d)
        var lastEnd = 0
        for s in seg.segments {
            #expect(s.range.lowerBound >= lastEnd && s.range.upperBound <= d.view.count)
            #expect(s.range.lowerBound < s.range.upperBound)
            lastEnd = s.range.upperBound
        }
    }

    @Test func regressionInputsAreKept() throws {
        let all = try ["splitter", "markdown", "html", "rules", "audit"].flatMap { try Self.inputs($0) }
        #expect(all.count >= 1)
    }

    @Test func splitterRegressions() throws {
        for (name, bytes) in try Self.inputs("splitter") {
            let d = TextLoader.load(SourceText(path: name, bytes: bytes))
            LoaderRobustnessTests.check(d)
            Self.checkSegments(d)
        }
    }

    @Test func markdownRegressions() throws {
        for (name, bytes) in try Self.inputs("markdown") {
            let d = try MarkdownLoader.load(SourceText(path: name, bytes: bytes))
            LoaderRobustnessTests.check(d)
            Self.checkSegments(d)
        }
    }

    @Test func htmlRegressions() throws {
        for (name, bytes) in try Self.inputs("html") {
            let d = try HTMLLoader.load(SourceText(path: name, bytes: bytes))
            LoaderRobustnessTests.check(d)
            Self.checkSegments(d)
            // None of these inputs may lose its last paragraph.
            let visible = d.blocks.map { d.text($0.range) }
            #expect(!visible.isEmpty, "\(name)")
        }
    }

    @Test func ruleLoadingRegressions() throws {
        for (name, bytes) in try Self.inputs("rules") {
            // Loading may fail with diagnostics; it must not crash or hang.
            _ = try? RuleLoader.load(sources: [(name, bytes)])
        }
    }

    @Test func auditRegressions() throws {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        for (name, bytes) in try Self.inputs("audit") {
            let source = SourceText(path: name, bytes: bytes)
            for format in InputFormat.allCases {
                if let report = try? auditor.audit(source, format: format) {
                    for f in report.findings { #expect(f.start <= f.end && f.end <= source.bytes.count) }
                }
            }
        }
    }
}
