import Foundation
import Testing
@testable import ClaimAudit

/// Reports carry untrusted text (the article, its path). Whatever it holds,
/// every report must stay well-formed, a path must not forge extra lines in
/// line-based formats, and the HTML report must never run article content.
/// Output files are replaced atomically.
@Suite struct OutputSafetyTests {
    static let marker = "PWNED"
    static let evilPath = "dir/ev\"il'<script>alert(1)</script>&amp;\u{1}\u{1B}[31m\nINJECTED::error file=x::\(marker).md"

    static let markdownPayload = """
    # Headline <script>alert('\(marker)')</script>

    Officials said <img src=x onerror="alert('\(marker)')"> the plan <svg onload=alert('\(marker)')> failed.

    Sources say [click me](javascript:alert('\(marker)')) and <a href="javascript:alert('\(marker)')" onclick="alert('\(marker)')">here</a>.

    Critics argue "</span></p><script>alert('\(marker)')</script>" is fine; <iframe src="javascript:alert('\(marker)')"></iframe>

    The mayor said <style>body{background:url("javascript:alert('\(marker)')")}</style> nothing &lt;script&gt;\(marker)&lt;/script&gt;.
    """

    static let textPayload = """
    Officials said <script>alert('\(marker)')</script> and <img src=x onerror=alert('\(marker)')> it failed.

    Critics argue javascript:alert('\(marker)') "><svg/onload=alert('\(marker)')> is fine, the mayor said.
    """

    static func reports() throws -> [DocumentReport] {
        let auditor = try Auditor(ruleSet: RuleLoader.loadDefaults())
        return try [
            auditor.audit(SourceText(path: evilPath, text: markdownPayload), format: .markdown),
            auditor.audit(SourceText(path: evilPath, text: textPayload), format: .text),
            auditor.audit(SourceText(path: evilPath, text: markdownPayload), format: .html),
        ]
    }

    // MARK: - HTML report

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        /// Offset just past the tag's `>`.
        var end: Int
    }

    /// The start tags of a serialised HTML document. Text in the report is
    /// escaped, so every raw `<` followed by a letter opens a real tag.
    static func tags(_ html: [UInt8]) -> [Tag] {
        var tags: [Tag] = []
        var i = 0
        func isNameByte(_ c: UInt8) -> Bool {
            !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x3E || c == 0x2F || c == 0x3D)
        }
        while i < html.count {
            guard html[i] == 0x3C, i + 1 < html.count, (html[i + 1] | 0x20) >= 0x61, (html[i + 1] | 0x20) <= 0x7A else {
                i += 1
                continue
            }
            var j = i + 1
            while j < html.count && isNameByte(html[j]) { j += 1 }
            var tag = Tag(name: String(decoding: html[(i + 1)..<j], as: UTF8.self).lowercased(), attributes: [], end: j)
            while j < html.count && html[j] != 0x3E {
                let c = html[j]
                if !isNameByte(c) { j += 1; continue }
                let nameStart = j
                while j < html.count && isNameByte(html[j]) { j += 1 }
                let name = String(decoding: html[nameStart..<j], as: UTF8.self).lowercased()
                var value = ""
                if j < html.count && html[j] == 0x3D {
                    j += 1
                    if j < html.count && (html[j] == 0x22 || html[j] == 0x27) {
                        let quote = html[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < html.count && html[j] != quote { j += 1 }
                        value = String(decoding: html[valueStart..<min(j, html.count)], as: UTF8.self)
                        j += 1
                    } else {
                        let valueStart = j
                        while j < html.count && isNameByte(html[j]) { j += 1 }
                        value = String(decoding: html[valueStart..<j], as: UTF8.self)
                    }
                }
                tag.attributes.append((name, value))
            }
            tag.end = min(j + 1, html.count)
            tags.append(tag)
            i = tag.end
        }
        return tags
    }

    /// The raw text of each element whose content the browser runs or
    /// styles with (`script`, `style`).
    static func rawTextElements(_ html: [UInt8], _ tags: [Tag]) -> [String] {
        var out: [String] = []
        for tag in tags where tag.name == "script" || tag.name == "style" {
            let rest = html[tag.end...]
            let close = Array("</\(tag.name)".utf8)
            var k = tag.end
            while k + close.count <= html.count && Array(html[k..<(k + close.count)]) != close { k += 1 }
            out.append(String(decoding: rest.prefix(k - tag.end), as: UTF8.self))
        }
        return out
    }

    @Test func htmlReportNeverRunsArticleContent() throws {
        let report = AuditReport(documents: try Self.reports())
        let html = try #require(Reporters.make("html")).render(report)
        let tags = Self.tags(html)
        #expect(tags.contains { $0.name == "span" })
        for tag in tags {
            #expect(!["img", "svg", "iframe", "object", "embed", "frame", "base", "form", "meta"].contains(tag.name)
                    || !tag.attributes.contains { $0.value.contains(Self.marker) }, "article tag <\(tag.name)> in report")
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") {
                    #expect(!value.contains(Self.marker), "event handler \(name) carries article text")
                }
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"].contains(name) {
                    #expect(!trimmed.hasPrefix("javascript:") && !trimmed.hasPrefix("data:text/html"),
                            "\(name)=\(value) in <\(tag.name)>")
                }
                #expect(name != "style" || !value.contains(Self.marker))
            }
        }
        for content in Self.rawTextElements(html, tags) {
            #expect(!content.contains(Self.marker), "article text inside <script>/<style>")
        }
        // The article's words are there, as text.
        let text = String(decoding: html, as: UTF8.self)
        #expect(text.contains("Officials"))
        #expect(text.contains("&lt;script&gt;") || text.contains("alert("))
    }

    // MARK: - Paths and text in every format

    @Test(arguments: Reporters.identifiers)
    func everyFormatEscapesPathsAndArticleText(format: String) throws {
        let report = AuditReport(documents: try Self.reports())
        let bytes = try #require(Reporters.make(format)).render(report)
        let text = String(decoding: bytes, as: UTF8.self)
        // No raw control characters from the path (escape sequences, SOH).
        #expect(!text.unicodeScalars.contains { $0.value == 0x01 || $0.value == 0x1B }, "\(format) passes control characters through")
        // In line-based formats a newline in the path must not start a line
        // of its own (a forged annotation or finding).
        if ["terminal", "github", "markdown"].contains(format) {
            #expect(!text.contains("\nINJECTED::error"), "\(format): path forged a new line")
        }
        if text.hasPrefix("{") || text.hasPrefix("[") {
            let json = try JSONSerialization.jsonObject(with: Data(bytes))
            #expect(String(describing: json).contains("INJECTED"))
        }
        if text.hasPrefix("<?xml") {
            let doc = try XMLDocument.parse(bytes, path: "\(format)-report")
            #expect(doc.root != nil)
        }
    }

    @Test func jsonAndXMLReportsKeepThePathExactly() throws {
        let report = AuditReport(documents: try Self.reports())
        let json = try #require(Reporters.make("json")).render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let paths = (object["documents"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == [Self.evilPath, Self.evilPath, Self.evilPath])
        let xml = try #require(Reporters.make("xml")).render(report)
        let doc = try XMLDocument.parse(xml, path: "report.xml")
        let documents = doc.root?.children.filter { $0.name == "document" } ?? []
        #expect(documents.count == 3)
        // XML 1.0 cannot hold U+0001 or U+001B; everything else survives.
        let expected = Self.evilPath.unicodeScalars.filter { $0.value >= 0x20 || $0.value == 0x0A }
        for d in documents {
            let path = d.attribute("path") ?? ""
            #expect(String(String.UnicodeScalarView(path.unicodeScalars.filter { $0.value >= 0x20 || $0.value == 0x0A }))
                    == String(String.UnicodeScalarView(expected)))
        }
    }

    // MARK: - Atomic writes

    @Test func atomicWriteFailureLeavesTheTargetAndNoTemporaryFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("inside".utf8).write(to: target.appendingPathComponent("keep.txt"))
        #expect(throws: ClaimAuditError.self) { try AtomicFile.write(Array("new".utf8), to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.json"])
        #expect(try String(contentsOf: target.appendingPathComponent("keep.txt"), encoding: .utf8) == "inside")
    }

    @Test func atomicWriteReplacesContentAndKeepsPermissions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.txt")
        try Data(String(repeating: "old report ", count: 1000).utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        try AtomicFile.write(Array("new".utf8), to: target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.txt"])
    }

    @Test func atomicWriteReplacesASymlinkedTargetNotItsDestination() throws {
        // Renaming over a symlink replaces the link; the file it pointed at
        // (perhaps somebody else's) is never truncated or written.
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let link = dir.appendingPathComponent("report.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        try AtomicFile.write(Array("report".utf8), to: link.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(try String(contentsOf: link, encoding: .utf8) == "report")
    }
}
