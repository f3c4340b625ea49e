import Testing
@testable import ClaimAudit

@Suite struct SuppressionTests {
    let noMetrics = DocumentRules(thresholds: .none)

    @Test func articleWithoutCommentsKeepsItsFindings() throws {
        let report = try LintFixture.lint(LintFixture.hedged, rules: noMetrics)
        #expect(LintFixture.rules(report) == ["hedging"])
    }

    @Test func disableNextLineSkipsBlankLinesAndCoversOneLine() throws {
        let text = "<!-- claimaudit-disable-next-line hedging -->\n\n" + LintFixture.hedged
            + "The tunnel could flood, the engineer Tom Ode said.\n"
        let report = try LintFixture.lint(text, rules: noMetrics)
        // The heading is the next non-blank line, so the first hedge stays.
        #expect(LintFixture.rules(report).filter { $0 == "hedging" }.count == 2)
        #expect(LintFixture.rules(report).contains("unused-suppression"))

        let direct = "# Bridge repairs\n\n<!-- claimaudit-disable-next-line hedging -- the minister's own word -->\n"
            + "The bridge could close next week, the transport minister Rosa Lind said.\n"
        let quiet = try LintFixture.lint(direct, rules: noMetrics)
        #expect(LintFixture.rules(quiet).isEmpty)
        #expect(quiet.summary.findingCount == 0)
    }

    @Test func disableEnableCoversTheRangeBetween() throws {
        let text = """
        <!-- claimaudit-disable hedging, weasel-attribution -->
        The bridge could close, the minister Rosa Lind said.

        <!-- claimaudit-enable hedging -->
        The tunnel could flood, the engineer Tom Ode said.

        """
        let report = try LintFixture.lint(text, rules: noMetrics)
        let hedges = report.findings.filter { $0.rule == "hedging" }
        #expect(hedges.map(\.line) == [5])
        // weasel-attribution was disabled to the end of the file but never used.
        let unused = report.documentFindings.filter { $0.rule == "unused-suppression" }
        #expect(unused.count == 1)
        #expect(unused.first?.message.contains("weasel-attribution") == true)
        #expect(unused.first?.severity == .info)
        #expect(unused.first?.line == 1)
    }

    @Test func aPackIdSuppressesEveryRuleOfThePack() throws {
        let text = "<!-- claimaudit-disable hedging -->\n" + LintFixture.hedged
        let byRule = try LintFixture.lint(text, rules: noMetrics)
        #expect(LintFixture.rules(byRule).isEmpty)
        let packOf = LintFixture.defaultRules.rule("hedging")?.pack ?? ""
        #expect(!packOf.isEmpty)
        let byPack = try LintFixture.lint("<!-- claimaudit-disable \(packOf) -->\n" + LintFixture.hedged, rules: noMetrics)
        #expect(LintFixture.rules(byPack).isEmpty)
    }

    @Test func disableWithoutRulesSilencesEverything() throws {
        let text = "<!-- claimaudit-disable -->\n" + LintFixture.hedged
        #expect(LintFixture.rules(try LintFixture.lint(text)).isEmpty)
    }

    @Test func unknownRuleAndStrayEnableAreReportedAtInfo() throws {
        let text = LintFixture.hedged + "<!-- claimaudit-disable-next-line no-such-rule -->\nMore text here.\n\n<!-- claimaudit-enable hedging -->\n"
        let report = try LintFixture.lint(text, rules: noMetrics)
        let messages = report.documentFindings.filter { $0.rule == "unused-suppression" }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("names no rule in force") })
        #expect(messages.contains { $0.contains("enables a rule that was not disabled") })
    }

    @Test func documentLevelFindingsAreSuppressedByAnyDisableOfTheirRule() throws {
        let strict = DocumentRules(thresholds: MetricThresholds(minNamedSources: 5, maxUnsourcedShare: nil,
                                                                maxAnonymousShare: nil, maxHedgesPer100Words: nil))
        let plain = try LintFixture.lint(LintFixture.hedged, rules: strict)
        #expect(plain.documentFindings.map(\.rule) == ["named-sources"])
        let text = LintFixture.hedged + "<!-- claimaudit-disable named-sources -- a brief -->\n"
        let quiet = try LintFixture.lint(text, rules: strict)
        #expect(quiet.documentFindings.isEmpty)
    }

    @Test func suppressedHedgesDoNotCountTowardsHedgeDensity() throws {
        let dense = DocumentRules(thresholds: MetricThresholds(minNamedSources: nil, maxUnsourcedShare: nil,
                                                               maxAnonymousShare: nil, maxHedgesPer100Words: 1))
        #expect(try LintFixture.lint(LintFixture.hedged, rules: dense).documentFindings.map(\.rule) == ["hedges-per-100-words"])
        let text = "<!-- claimaudit-disable hedging -->\n" + LintFixture.hedged
        #expect(try LintFixture.lint(text, rules: dense).documentFindings.isEmpty)
    }

    @Test func commentsAreFoundInHTMLToo() throws {
        let html = """
        <html><body>
        <h1>Bridge repairs</h1>
        <!-- claimaudit-disable-next-line hedging -->
        <p>The bridge could close next week, the transport minister Rosa Lind said.</p>
        </body></html>
        """
        #expect(LintFixture.rules(try LintFixture.lint(html, path: "story.html", rules: noMetrics)).isEmpty)
    }

    @Test func unusedSuppressionsCanBeTurnedOff() throws {
        var linter = try LintFixture.linter(noMetrics)
        linter.unusedSuppressionSeverity = nil
        let text = "<!-- claimaudit-disable weasel-attribution -->\nPlain words.\n"
        #expect(try linter.lint(SourceText(path: "a.md", text: text), format: .markdown).documentFindings.isEmpty)
    }

    @Test func scannerIgnoresOrdinaryCommentsAndUnclosedOnes() {
        let bytes = Array("<!-- a note --> <!--claimaudit-disable x--> <!-- claimaudit-unknown y --> <!-- claimaudit-disable".utf8)
        let directives = Suppressions.scan(bytes)
        #expect(directives.count == 1)
        #expect(directives.first?.rules == ["x"])
    }

    /// An article (or a style guide) that shows the directive as code must
    /// not switch rules off: in a code block or a code span it is text.
    @Test func directivesShownAsMarkdownCodeAreNotDirectives() throws {
        let fenced = "```\n<!-- claimaudit-disable hedging -->\n```\n\n" + LintFixture.hedged
        #expect(LintFixture.rules(try LintFixture.lint(fenced, rules: noMetrics)) == ["hedging"])

        let indented = "Write this above the line:\n\n    <!-- claimaudit-disable hedging -->\n\n" + LintFixture.hedged
        #expect(LintFixture.rules(try LintFixture.lint(indented, rules: noMetrics)) == ["hedging"])

        let span = "Write `<!-- claimaudit-disable hedging -->` above the line.\n\n" + LintFixture.hedged
        #expect(LintFixture.rules(try LintFixture.lint(span, rules: noMetrics)) == ["hedging"])

        // The same comment outside code still works.
        let real = "<!-- claimaudit-disable hedging -->\n\n" + LintFixture.hedged
        #expect(LintFixture.rules(try LintFixture.lint(real, rules: noMetrics)).isEmpty)
    }
}
