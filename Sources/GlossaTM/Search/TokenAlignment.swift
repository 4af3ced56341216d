/// The weighted token edit distance between a query and a stored segment, with the
/// alignment that achieves it. See docs/translation-memory.md for the costs.
struct TokenAlignment {
    enum Step: Equatable {
        /// Query token `query` lines up with stored token `stored` at `cost` (0 when equal).
        case pair(query: Int, stored: Int, cost: Double)
        /// A query token the stored segment lacks.
        case queryOnly(Int)
        /// A stored token the query lacks.
        case storedOnly(Int)
    }

    let distance: Double
    let steps: [Step]

    /// Substitution costs: equal text 0; the same folded form (case, accents, typography) or
    /// two spellings of the same glossary name 0.1; two numbers or two glossary names 0.3
    /// (placeables); otherwise the heavier token's weight.
    static func substitutionCost(_ a: ScoringToken, _ b: ScoringToken) -> Double {
        if a.text == b.text { return 0 }
        switch (a.kind, b.kind) {
        case (.name(let x), .name(let y)): return x == y ? 0.1 : 0.3
        case (.number, .number): return 0.3
        default: break
        }
        if a.folded == b.folded { return 0.1 }
        return max(a.weight, b.weight)
    }

    init(query: [ScoringToken], stored: [ScoringToken]) {
        let n = query.count, m = stored.count
        let width = m + 1
        var cost = [Double](repeating: 0, count: (n + 1) * width)
        for j in 0..<m { cost[j + 1] = cost[j] + stored[j].weight }
        for i in 0..<n {
            cost[(i + 1) * width] = cost[i * width] + query[i].weight
            for j in 0..<m {
                let pair = cost[i * width + j] + Self.substitutionCost(query[i], stored[j])
                let skipQuery = cost[i * width + j + 1] + query[i].weight
                let skipStored = cost[(i + 1) * width + j] + stored[j].weight
                cost[(i + 1) * width + j + 1] = min(pair, skipQuery, skipStored)
            }
        }
        distance = cost[n * width + m]
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let here = cost[i * width + j]
            if i > 0, j > 0 {
                let substitution = Self.substitutionCost(query[i - 1], stored[j - 1])
                if abs(cost[(i - 1) * width + j - 1] + substitution - here) < 1e-9 {
                    steps.append(.pair(query: i - 1, stored: j - 1, cost: substitution))
                    i -= 1
                    j -= 1
                    continue
                }
            }
            if i > 0, abs(cost[(i - 1) * width + j] + query[i - 1].weight - here) < 1e-9 {
                steps.append(.queryOnly(i - 1))
                i -= 1
            } else {
                steps.append(.storedOnly(j - 1))
                j -= 1
            }
        }
        self.steps = steps.reversed()
    }

    /// 100 × (1 − distance / heavier segment weight), rounded down; 100 only for a distance of 0.
    static func score(distance: Double, queryWeight: Double, storedWeight: Double) -> Int {
        let total = max(queryWeight, storedWeight)
        guard total > 0 else { return 100 }
        if distance < 1e-9 { return 100 }
        let raw = Int((100 * (1 - distance / total) + 1e-9).rounded(.down))
        return max(0, min(99, raw))
    }
}
