import Foundation
import Testing
@testable import ClaimAudit

@Suite struct ConfigTests {
    static func config(_ body: String, attributes: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <claimaudit xmlns="https://claimaudit.dev/ns/config/1"\(attributes)>
        \(body)
        </claimaudit>
        """
    }

    @Test func discoveryWalksUpFromTheWorkingFolder() throws {
        let root = try LintFixture.folder([
            "claimaudit.xml": Self.config(""), "news/2024/a.md": "x", "other/.claimaudit.xml": Self.config(""),
        ])
        #expect(ConfigLoader.discover(from: root.path + "/news/2024") == root.path + "/claimaudit.xml")
        #expect(ConfigLoader.discover(from: root.path + "/other") == root.path + "/other/.claimaudit.xml")
        let bare = try LintFixture.folder(["a.md": "x"])
        // Nothing in the temporary folder or above it (unless /tmp holds one).
        if ConfigLoader.discover(from: "/") == nil {
            #expect(ConfigLoader.discover(from: bare.path) == nil)
        }
    }

    @Test func settingsAreReadWithPathsRelativeToTheConfigFolder() throws {
        let root = try LintFixture.folder(["house/house.xml": "<x/>"])
        let text = Self.config("""
          <include>news/**/*.md</include>
          <exclude>news/drafts</exclude>
          <rules path="house"/>
          <pack id="style" enabled="false"/>
          <rule id="hedging" severity="error"/>
          <rule id="named-sources" min="2"/>
          <section-label role="analysis">What we're watching:</section-label>
        """, attributes: " fail-on=\"warning\"")
        let path = root.path + "/claimaudit.xml"
        let config = try ConfigLoader.parse(Array(text.utf8), path: path)
        #expect(config.root == root.path)
        #expect(config.include.map(\.pattern) == ["news/**/*.md"])
        #expect(config.exclude.map(\.pattern) == ["news/drafts"])
        #expect(config.rulePaths == [root.path + "/house"])
        #expect(config.failOn == "warning")
        #expect(config.packs.first?.id == "style" && config.packs.first?.enabled == false)
        #expect(config.sectionLabels == [SectionLabel(text: "What we're watching", role: .analysis)])
        #expect(config.setting(for: "named-sources")?.min == 2)
    }

    @Test func schemaErrorsCarryTheConfigLine() throws {
        let text = Self.config("  <include>*.md</include>\n  <rule id=\"hedging\" severity=\"loud\"/>")
        #expect {
            _ = try ConfigLoader.parse(Array(text.utf8), path: "/repo/claimaudit.xml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("/repo/claimaudit.xml:4:") && message.contains("loud")
        }
    }

    @Test func malformedXMLAndDoctypesAreRefused() throws {
        #expect(throws: ClaimAuditError.self) {
            _ = try ConfigLoader.parse(Array("<claimaudit".utf8), path: "c.xml")
        }
        let doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n" + Self.config("")
        #expect(throws: ClaimAuditError.self) {
            _ = try ConfigLoader.parse(Array(doctype.utf8), path: "c.xml")
        }
    }

    @Test func rulePackPathThatDoesNotExistIsAnError() throws {
        let root = try LintFixture.folder([:])
        let text = Self.config("  <rules path=\"nowhere\"/>")
        #expect {
            _ = try ConfigLoader.parse(Array(text.utf8), path: root.path + "/claimaudit.xml")
        } throws: { "\($0)".contains("claimaudit.xml:3:10: error: rule pack path 'nowhere' not found") }
    }

    @Test func applyingTurnsPacksAndRulesOffAndSetsSeverity() throws {
        let text = Self.config("""
          <pack id="style" enabled="false"/>
          <rule id="hedging" severity="error"/>
          <rule id="weasel-attribution" enabled="false"/>
          <section-label role="analysis">Our view</section-label>
        """)
        let config = try ConfigLoader.parse(Array(text.utf8), path: "/r/claimaudit.xml")
        var set = LintFixture.defaultRules
        try config.apply(to: &set, extraRuleIDs: DocumentRules.ids)
        #expect(set.rules.filter { $0.pack == "style" }.allSatisfy { !$0.enabled })
        #expect(!set.rules.filter { $0.pack == "style" }.isEmpty)
        #expect(set.rule("hedging")?.severity == .error)
        #expect(set.rule("weasel-attribution")?.enabled == false)
        #expect(set.sectionLabels.contains(SectionLabel(text: "Our view", role: .analysis)))
    }

    @Test func unknownRuleOrPackIsAnErrorWithItsLine() throws {
        let text = Self.config("  <rule id=\"hedgeing\" severity=\"info\"/>\n  <pack id=\"nopack\" enabled=\"false\"/>")
        let config = try ConfigLoader.parse(Array(text.utf8), path: "/r/claimaudit.xml")
        var set = LintFixture.defaultRules
        #expect {
            try config.apply(to: &set, extraRuleIDs: DocumentRules.ids)
        } throws: { error in
            let m = "\(error)"
            return m.contains("/r/claimaudit.xml:3:9: error: no rule 'hedgeing'") && m.contains("/r/claimaudit.xml:4:9: error: no rule pack 'nopack'")
        }
    }

    @Test func metricOptionsFeedTheThresholds() throws {
        let text = Self.config("""
          <rule id="named-sources" min="3" severity="error"/>
          <rule id="unsourced-share" max="0.1"/>
          <rule id="anonymous-share" enabled="false"/>
          <rule id="hedges-per-100-words" max="4.5"/>
        """)
        let rules = try DocumentRules(config: try ConfigLoader.parse(Array(text.utf8), path: "/r/claimaudit.xml"))
        #expect(rules.thresholds == MetricThresholds(minNamedSources: 3, maxUnsourcedShare: 0.1,
                                                     maxAnonymousShare: nil, maxHedgesPer100Words: 4.5))
        #expect(rules.severities[.namedSources] == .error)
    }

    @Test func metricOptionOfTheWrongKindIsAnError() throws {
        for body in ["<rule id=\"named-sources\" max=\"3\"/>", "<rule id=\"unsourced-share\" max=\"25\"/>",
                     "<rule id=\"hedging\" max=\"2\"/>"] {
            let config = try ConfigLoader.parse(Array(Self.config("  " + body).utf8), path: "/r/c.xml")
            var set = LintFixture.defaultRules
            let failed = (try? DocumentRules(config: config)) == nil
                || (try? config.apply(to: &set, extraRuleIDs: DocumentRules.ids)) == nil
            #expect(failed, "\(body)")
        }
    }
}
