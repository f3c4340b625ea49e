import Foundation
import Testing
@testable import ClaimAudit

/// Inputs of hostile shape: deep nesting, very long lines, many lines. The
/// small versions run in every `swift test`; the full-size ones (100 MB,
/// a million lines, a 10 MB line, 10,000 levels) run with
/// `CLAIMAUDIT_BIG_TESTS=1` (see scripts/stress.sh for timings and memory).
@Suite struct InputShapeTests {
    static let big = ProcessInfo.processInfo.environment["CLAIMAUDIT_BIG_TESTS"] == "1"
    static let auditor: Auditor = try! Auditor(ruleSet: RuleLoader.loadDefaults())

    static func deepHTML(_ depth: Int, tag: String = "div") -> String {
        "<html><body>" + String(repeating: "<\(tag)>", count: depth) + "<p>Deep text, officials said.</p>"
            + String(repeating: "</\(tag)>", count: depth) + "<p>After the nest, the mayor said.</p></body></html>"
    }

    @Test(arguments: ["div", "b", "blockquote", "section"])
    func deeplyNestedHTMLKeepsItsTextAndSaysSo(tag: String) throws {
        let depth = Self.big ? 10_000 : 1_000
        let html = Self.deepHTML(depth, tag: tag)
        let doc = try HTMLLoader.load(SourceText(path: "deep.html", text: html))
        LoaderRobustnessTests.check(doc)
        let texts = doc.blocks.map { doc.text($0.range) }
        #expect(texts.contains("Deep text, officials said."))
        #expect(texts.last == "After the nest, the mayor said.")
        #expect(doc.notes.map(\.code) == ["html-too-deep"])
        #expect(doc.notes.first?.message.hasPrefix("HTML nested more than 200 elements deep: ") == true)
        let tree = try HTMLTree.parse(Array(html.utf8), path: "deep.html")
        #expect(tree.positionMismatches(source: Array(html.utf8)).isEmpty)
        // The warning reaches the report.
        let report = Self.auditor.audit(doc)
        #expect(report.documentFindings.map(\.rule) == ["html-too-deep"])
    }

    @Test func htmlJustUnderTheDepthLimitIsNotFlattened() throws {
        let doc = try HTMLLoader.load(SourceText(path: "d.html", text: Self.deepHTML(150)))
        #expect(doc.notes.isEmpty)
        #expect(doc.blocks.map { doc.text($0.range) } == ["Deep text, officials said.", "After the nest, the mayor said."])
    }

    @Test func deeplyNestedMarkdownLoads() throws {
        let depth = Self.big ? 10_000 : 1_000
        let quotes = String(repeating: ">", count: depth) + " Deep quote, officials said.\n\nAfter, the mayor said.\n"
        var lists = ""
        for level in 0..<min(depth, 2_000) { lists += String(repeating: "  ", count: level) + "- item \(level)\n" }
        let brackets = String(repeating: "[", count: depth) + "text" + String(repeating: "](x)", count: depth) + "\n"
        let emphasis = String(repeating: "*_", count: depth) + "word" + String(repeating: "_*", count: depth) + "\n"
        for text in [quotes, lists, brackets, emphasis] {
            let doc = try MarkdownLoader.load(SourceText(path: "deep.md", text: text))
            LoaderRobustnessTests.check(doc)
            _ = Self.auditor.audit(doc)
        }
    }

    @Test func longLineAndManyLinesAreAudited() throws {
        let sentence = "The council approved the budget, the mayor said. "
        let lineCount = Self.big ? 1_000_000 : 5_000
        let lineBytes = Self.big ? 10 << 20 : 50_000
        let oneLine = String(repeating: sentence, count: lineBytes / sentence.utf8.count)
        let manyLines = String(repeating: "Short line, aides said.\n", count: lineCount)
        for (text, name) in [(oneLine, "line.txt"), (manyLines, "lines.txt")] {
            for format in InputFormat.allCases {
                let source = SourceText(path: name, text: text)
                let report = try Self.auditor.audit(source, format: format)
                #expect(report.claims.count > 0, "\(name) \(format)")
                if let last = report.claims.last {
                    #expect(last.end <= source.bytes.count)
                }
            }
        }
        let lines = SourceText(path: "lines.txt", text: manyLines)
        #expect(lines.lineStarts.count == lineCount + 1)
        #expect(lines.location(of: lines.bytes.count - 1).line == lineCount)
    }

    @Test func htmlWithAVeryLongTextNodeKeepsItAll() throws {
        let count = Self.big ? 260_000 : 5_000
        let body = String(repeating: "The council approved it, the mayor said. ", count: count)
        let doc = try HTMLLoader.load(SourceText(path: "long.html", text: "<p>" + body + "</p>"))
        #expect(doc.blocks.count == 1)
        #expect(doc.blocks[0].range.count == body.utf8.count - 1)
    }
}
