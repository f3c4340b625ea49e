/// Which finding speaks when two rules flag the same words.
///
/// A vague crowd as a source ("Critics argue", "Some experts say") is caught
/// by a weasel rule and by `anonymous-without-description`, and its claim
/// may also look unsourced. The weasel finding says what is wrong ("say who,
/// how many, and where"), so it alone speaks: an
/// `anonymous-without-description` finding overlapping a weasel finding is
/// dropped, and so is the claim's `unsourced-claim` finding (the claim is
/// attributed, if vaguely). Only weasel findings at warning or above speak
/// this way: an info-level vague quantity ("many voters") says nothing about
/// who the claim rests on.
enum FindingPrecedence {
    static let weaselCategory = "weasel"

    static func resolve(_ claims: inout [Claim]) {
        for ci in claims.indices {
            let weasels = claims[ci].findings.filter { $0.category == weaselCategory && $0.severity >= .warning }
            guard !weasels.isEmpty else { continue }
            claims[ci].findings.removeAll { f in
                switch f.rule {
                case "unsourced-claim":
                    return true
                case "anonymous-without-description":
                    return weasels.contains { $0.start < f.end && f.start < $0.end }
                default:
                    return false
                }
            }
        }
    }
}
