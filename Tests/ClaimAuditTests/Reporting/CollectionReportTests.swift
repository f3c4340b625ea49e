import Foundation
import Testing
@testable import ClaimAudit

@Suite struct CollectionReportTests {
    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-collection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func collection() -> CollectionReport {
        var names = PageNames()
        return CollectionReport(tool: ReportFixture.tool, entries: [
            CollectionEntry(path: "news/article.md", page: names.name(for: "news/article.md"),
                            report: ReportFixture.articleReport()),
            CollectionEntry(path: "notes.txt", page: names.name(for: "notes.txt"), report: ReportFixture.notesReport()),
            CollectionEntry(path: "broken <b>.md", page: names.name(for: "broken <b>.md"), report: nil,
                            error: "broken <b>.md: error: cannot open: No such file or directory"),
        ])
    }

    @Test func writesAPagePerArticleAndAnIndexInHTMLAndXML() throws {
        let out = try Self.tempDir().appendingPathComponent("report/nested")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent().deletingLastPathComponent()) }
        let errors = try CollectionWriter(outputDirectory: out.path).write(Self.collection())
        #expect(errors.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("articles").path).sorted()
        #expect(files == ["news--article.md.html", "notes.txt.html"])

        let index = [UInt8](try Data(contentsOf: out.appendingPathComponent("index.html")))
        #expect(HTMLWellFormedness.problems(index) == [])
        let parsed = try ParsedHTML(index)
        #expect(parsed.count("//table[contains(@class,'sortable')]/tbody/tr") == 3)
        #expect(parsed.count("//tbody/tr/td[1]/a[@href='articles/news--article.md.html']") == 1)
        #expect(parsed.text("//tbody/tr[1]/td[3]") == "8")          // claims
        #expect(parsed.text("//tbody/tr[1]/td[4]") == "13%")        // unsourced
        #expect(parsed.text("//tbody/tr[1]/td[4]/@data-sort") == "0.1250")
        #expect(parsed.text("//tbody/tr[1]/td[6]") == "3")          // named sources
        #expect(parsed.text("//tbody/tr[1]/td[8]") == "1")          // errors
        #expect(parsed.count("//tbody/tr[@class='failed']") == 1)
        #expect(parsed.text("//tbody/tr[@class='failed']/td[1]") == "broken <b>.md")
        #expect(parsed.count("//thead/tr/th[@data-type='number']") == 8)

        // Each page links back to the index and holds its article.
        let page = [UInt8](try Data(contentsOf: out.appendingPathComponent("articles/notes.txt.html")))
        #expect(HTMLWellFormedness.problems(page) == [])
        let pageParsed = try ParsedHTML(page)
        #expect(pageParsed.count("//header//a[@href='../index.html']") == 1)
        #expect(pageParsed.count("//span[@id='c1' and contains(@class,'k-named')]") == 1)

        // The XML twin validates against its schema and carries the same figures.
        let xml = [UInt8](try Data(contentsOf: out.appendingPathComponent("index.xml")))
        let schema = try XMLSchema([UInt8](try Data(contentsOf: TestPaths.packageRoot
            .appendingPathComponent("reports/collection.xsd"))), path: "reports/collection.xsd")
        let doc = try XMLDocument.parse(xml, path: "index.xml")
        #expect(schema.validate(doc) == [])
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(#"<article path="news/article.md" page="articles/news--article.md.html" format="markdown" verdict="fix" claims="8" unsourced="1" unsourced-share="0.1250""#))
        #expect(text.contains(#"<failed path="broken &lt;b&gt;.md">"#))
        #expect(text.contains(#"articles="3" audited="2" failed="1" claims="9""#))
    }

    @Test func collectionSchemaRejectsBrokenFigures() throws {
        let schema = try XMLSchema([UInt8](try Data(contentsOf: TestPaths.packageRoot
            .appendingPathComponent("reports/collection.xsd"))), path: "reports/collection.xsd")
        let good = String(decoding: try CollectionXMLWriter().render(Self.collection()), as: UTF8.self)
        for (from, to) in [(#"unsourced-share="0.1250""#, #"unsourced-share="1.5""#),
                           (#"verdict="fix""#, #"verdict="great""#),
                           (#"<severity name="info""#, #"<severity name="fatal""#)] {
            #expect(good.contains(from))
            let broken = good.replacingOccurrences(of: from, with: to)
            let doc = try XMLDocument.parse(Array(broken.utf8), path: "index.xml")
            #expect(!schema.validate(doc).isEmpty, "schema accepted \(to)")
        }
    }

    @Test func indexScriptIsTheOnlyOneAllowedAndMatchesItsHash() throws {
        let html = String(decoding: try CollectionIndexPage().render(Self.collection()), as: UTF8.self)
        let parsed = try ParsedHTML(Array(html.utf8))
        #expect(parsed.count("//script") == 1)
        let script = try #require(parsed.text("//script"))
        #expect(script == HTMLScript.source)
        let csp = try #require(parsed.text("//meta[@http-equiv='Content-Security-Policy']/@content"))
        let hash = "sha256-" + SHA256.base64(SHA256.digest(Array(script.utf8)))
        #expect(csp == "default-src 'none'; style-src 'unsafe-inline'; script-src '\(hash)'")
        // The script is placed byte for byte: the hash covers exactly what the browser reads.
        #expect(html.contains("<script>" + HTMLScript.source + "</script>"))
    }

    @Test func sha256MatchesKnownDigests() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.base64(Array("any carnal pleas".utf8)) == "YW55IGNhcm5hbCBwbGVhcw==")
        #expect(SHA256.base64(Array("any carnal pleasu".utf8)) == "YW55IGNhcm5hbCBwbGVhc3U=")
    }

    @Test func pageNamesAreURLSafeStableAndUnique() {
        var names = PageNames()
        #expect(names.name(for: "world/Élection 2024?.md") == "articles/world---lection-2024-.md.html")
        #expect(names.name(for: "../x/../.hidden.md") == "articles/x--hidden.md.html")
        #expect(names.name(for: "a b.md") == "articles/a-b.md.html")
        #expect(names.name(for: "a-b.md") == "articles/a-b.md-2.html")
        #expect(names.name(for: "A-B.md") == "articles/A-B.md-3.html")
    }

    @Test func articleFinderRecursesInPathOrderSkippingHiddenAndTheOutputFolder() throws {
        let root = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for path in ["b.md", "a/c.html", "a/notes.pdf", ".git/x.md", "a/.draft.txt", "out/index.html", "z.txt"] {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/loop").path, withDestinationPath: root.path)
        let found = try ArticleFinder.articles(in: root.path, excluding: root.appendingPathComponent("out").path)
        #expect(found.map { String($0.dropFirst(root.path.count + 1)) } == ["a/c.html", "b.md", "z.txt"])
        #expect(throws: ClaimAuditError.self) { try ArticleFinder.articles(in: root.appendingPathComponent("b.md").path) }
    }
}
