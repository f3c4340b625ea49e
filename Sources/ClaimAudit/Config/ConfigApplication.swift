extension LintConfig {
    /// Applies pack switches, rule switches, severities and section labels to
    /// `set`, in that order (a rule setting beats its pack's). Ids that name
    /// nothing in force are errors at their `id=` in the config, so a typo never
    /// silently leaves a rule on. `extraRuleIDs` are rules that live outside
    /// the rule packs (the document-level metric rules).
    public func apply(to set: inout RuleSet, extraRuleIDs: Set<String> = []) throws {
        let file = path ?? "claimaudit.xml"
        var problems: [XMLDiagnostic] = []
        let packIDs = Set(set.rules.map(\.pack))
        for pack in packs {
            guard packIDs.contains(pack.id) else {
                problems.append(ConfigLoader.diagnostic(file, at: SourceLocation(line: pack.line, column: pack.column),
                    "no rule pack '\(pack.id)' is loaded (packs: \(packIDs.filter { !$0.isEmpty }.sorted().joined(separator: ", ")))"))
                continue
            }
            for i in set.rules.indices where set.rules[i].pack == pack.id { set.rules[i].enabled = pack.enabled }
        }
        for setting in rules {
            if let i = set.rules.firstIndex(where: { $0.id == setting.id }) {
                if let enabled = setting.enabled { set.rules[i].enabled = enabled }
                if let severity = setting.severity { set.rules[i].severity = severity }
                if setting.min != nil || setting.max != nil {
                    problems.append(ConfigLoader.diagnostic(file, at: setting.limitLocation ?? setting.location,
                        "rule '\(setting.id)' takes no min or max (only document-level metric rules do)"))
                }
            } else if !extraRuleIDs.contains(setting.id) {
                problems.append(ConfigLoader.diagnostic(file, at: setting.location,
                    "no rule '\(setting.id)' is loaded (see `claimaudit rules list`)"))
            }
        }
        if !sectionLabels.isEmpty {
            set.rules.append(Rule(
                id: "config.section-labels", category: "sections", severity: .info,
                message: "Section labels from \(file).", summary: "Section labels added by the lint configuration.",
                kind: .sectionLabels(sectionLabels), origin: RuleOrigin(path: file, line: 1)))
        }
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
    }

    /// The setting for a rule id, if the config has one (the last wins).
    public func setting(for id: String) -> RuleSetting? {
        rules.last { $0.id == id }
    }
}
