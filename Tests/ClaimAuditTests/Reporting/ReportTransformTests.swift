import Foundation
import Testing
@testable import ClaimAudit

/// `--stylesheet house.xsl`: XSLT over the canonical XML report.
@Suite struct ReportTransformTests {
    static let newsroom = TestPaths.packageRoot.appendingPathComponent("reports/newsroom.xsl")

    static func xsl(_ body: String) -> [UInt8] {
        Array("""
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                        xmlns:r="https://claimaudit.dev/ns/report/1">
          <xsl:output method="html" encoding="UTF-8"/>
          \(body)
        </xsl:stylesheet>
        """.utf8)
    }

    @Test func shippedNewsroomTemplateRendersClaimsEscapedAndWellFormed() throws {
        let transform = try ReportTransform(path: Self.newsroom.path)
        let bytes = try transform.apply(to: ReportFixture.report())
        #expect(HTMLWellFormedness.problems(bytes) == [])
        let parsed = try ParsedHTML(bytes)
        #expect(parsed.count("//script") == 0)
        #expect(parsed.count("//div[contains(@class,'claim')]") == 9)
        #expect(parsed.count("//div[@data-kind='anonymous']") == 1)
        #expect(parsed.text("//section[1]//div[@id='d1-c2']/span[@class='source']") == "Mayor Ana Lísa Ortiz")
        #expect(parsed.text("//section[1]//div[@id='d1-c6']")?.contains("<script>alert(1)</script>") == true)
        #expect(parsed.text("//section[1]/p[@class='facts']/strong") == "13% unsourced")
    }

    @Test func unescapedOutputIsRefused() {
        let bad = Self.xsl("""
        <xsl:template match="/">
          <xsl:value-of select="//r:text" disable-output-escaping="yes"/>
        </xsl:template>
        """)
        #expect {
            try ReportTransform(bytes: bad, path: "house.xsl")
        } throws: { error in
            "\(error)".hasPrefix("house.xsl:6:0: error: disable-output-escaping is not allowed") || "\(error)".contains("disable-output-escaping is not allowed")
        }
    }

    @Test func stylesheetCannotReadFiles() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-secret-\(UUID().uuidString).xml")
        try Data("<secret>hunter2</secret>".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let reader = Self.xsl("""
        <xsl:template match="/"><p><xsl:value-of select="document('\(secret.path)')"/></p></xsl:template>
        """)
        let transform = try ReportTransform(bytes: reader, path: "reader.xsl")
        do {
            let out = String(decoding: try transform.apply(to: ReportFixture.report()), as: UTF8.self)
            #expect(!out.contains("hunter2"))
        } catch {
            #expect("\(error)".hasPrefix("reader.xsl: error: the stylesheet failed"))
        }
    }

    @Test func brokenStylesheetsGiveAPlace() {
        #expect {
            try ReportTransform(bytes: Array("<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>\n<xsl:template match='/'>\n</xsl:stylesheet>".utf8), path: "bad.xsl")
        } throws: { error in
            "\(error)".hasPrefix("bad.xsl:3:")
        }
        #expect {
            try ReportTransform(bytes: Array("<html><body>not xslt</body></html>".utf8), path: "plain.xsl")
        } throws: { error in
            "\(error)".hasPrefix("plain.xsl: error: not a usable XSLT stylesheet")
        }
    }
}
