/// One-to-one matching of predicted against gold spans, each given as the
/// set of tokens it covers (see `WordIndex.tokens`).
enum SpanMatching {
    /// Partial: two spans match when they share a token. Each span matches
    /// at most once, greedily by the number of shared tokens (ties: earlier
    /// prediction, then earlier gold span). Returns (prediction, gold) pairs.
    static func partial(predicted: [Set<Int>], gold: [Set<Int>]) -> [(Int, Int)] {
        var byToken: [Int: [Int]] = [:]
        for (j, g) in gold.enumerated() { for tok in g { byToken[tok, default: []].append(j) } }
        var candidates: [(overlap: Int, p: Int, g: Int)] = []
        for (i, p) in predicted.enumerated() {
            var seen = Set<Int>()
            for tok in p {
                for j in byToken[tok] ?? [] where seen.insert(j).inserted {
                    candidates.append((p.intersection(gold[j]).count, i, j))
                }
            }
        }
        candidates.sort { ($0.overlap, -$0.p, -$0.g) > ($1.overlap, -$1.p, -$1.g) }
        var usedP = Set<Int>()
        var usedG = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedP.contains(c.p) && !usedG.contains(c.g) {
            usedP.insert(c.p)
            usedG.insert(c.g)
            pairs.append((c.p, c.g))
        }
        return pairs
    }

    /// Exact: two spans match when they cover the same set of tokens; each
    /// span matches at most once, in document order. Empty sets never match.
    static func exact(predicted: [Set<Int>], gold: [Set<Int>]) -> [(Int, Int)] {
        var bySet: [Set<Int>: [Int]] = [:]
        for (j, g) in gold.enumerated() where !g.isEmpty { bySet[g, default: []].append(j) }
        var pairs: [(Int, Int)] = []
        for (i, p) in predicted.enumerated() where !p.isEmpty {
            guard var js = bySet[p], !js.isEmpty else { continue }
            pairs.append((i, js.removeFirst()))
            bySet[p] = js
        }
        return pairs
    }
}
