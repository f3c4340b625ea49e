/// Checks that every `<lexicon ref="ID"/>` of an enabled token pattern
/// names a lexicon in force, and reports each one that does not at the
/// `ref` attribute where it is written (`path:line:col`).
///
/// Lexicons may come from any pack (a house pattern may use a shipped
/// lexicon), so this cannot be checked while one pack loads; the pattern
/// compilers (`CompiledTokenPattern`, in the analyser and the rule engine)
/// find the same problem but know only the rule. `Auditor` runs this first.
enum LexiconReferences {
    static func problems(in ruleSet: RuleSet) -> [XMLDiagnostic] {
        var out: [XMLDiagnostic] = []
        var known: [String: Bool] = [:]
        for rule in ruleSet.enabledRules {
            guard case .tokenPattern(let pattern) = rule.kind else { continue }
            for ref in pattern.lexiconRefs {
                let exists = known[ref.id] ?? (AttributionLexicons.list(ref.id, ruleSet: ruleSet) != nil)
                known[ref.id] = exists
                if !exists {
                    out.append(rule.origin.diagnostic("unknown lexicon '\(ref.id)' (rule \(rule.id))", at: ref.location))
                }
            }
        }
        return out
    }

    /// Throws every unknown lexicon reference, if any.
    static func check(_ ruleSet: RuleSet) throws {
        let problems = problems(in: ruleSet)
        if !problems.isEmpty { throw ClaimAuditError.rules(problems) }
    }
}
