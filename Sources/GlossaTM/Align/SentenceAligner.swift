import Foundation

/// Aligns the sentences of a text and its translation, in the Gale–Church tradition: dynamic
/// programming over beads of 1-1, 1-0, 0-1, 2-1 and 1-2 sentences, each costing the negative
/// log of its prior probability and of how well its lengths agree, with glossary names and
/// numbers as anchors (a sentence without a counterpart costs only its prior and its
/// anchors): each anchor shared by both sides of a bead lowers its cost, each anchor
/// found on one side only raises it.
///
/// The search stays within a band around the diagonal (see `bandWidth`), so time grows with
/// the number of sentences, not with its square.
public struct SentenceAligner {
    public struct Bead: Sendable, Equatable {
        public let source: Range<Int>
        public let target: Range<Int>
        /// 0–1: how well the lengths agree, averaged with the share of anchors both sides hold.
        public let confidence: Double

        public var shape: String { "\(source.count)-\(target.count)" }
    }

    /// What the aligner knows of one sentence: its length in characters and its anchors
    /// (glossary concept rows and numbers, hashed).
    public struct Sentence: Sendable {
        public let length: Int
        public let anchors: [Int64]

        public init(length: Int, anchors: [Int64]) {
            self.length = length
            self.anchors = Array(Set(anchors)).sorted()
        }
    }

    /// Gale and Church's variance of the length difference per character.
    static let variance = 6.8
    static let anchorReward = 1.5
    static let anchorPenalty = 0.75
    /// The band is ±`bandWidth` sentences around the diagonal, plus the difference in counts.
    public var bandWidth = 120

    private static let moves: [(Int, Int, Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.0099 / 2)), (0, 1, -log(0.0099 / 2)),
        (2, 1, -log(0.089 / 2)), (1, 2, -log(0.089 / 2)),
    ]

    /// −log(2(1 − Φ(δ))) for δ = 0, 0.01, 0.02 … 20.
    private static let lengthCosts: [Double] = (0...2000).map { step in
        -log(max(1e-12, erfc(Double(step) / 100 / 2.0.squareRoot())))
    }

    public init() {}

    public func align(source: [Sentence], target: [Sentence]) -> [Bead] {
        let n = source.count, m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: $0..<$0 + 1, target: 0..<0, confidence: 0) }
                + (0..<m).map { Bead(source: n..<n, target: $0..<$0 + 1, confidence: 0) }
        }
        // Characters of target per character of source, from the texts themselves, but kept near
        // 1: between European languages it barely moves, and omissions must not skew it.
        let measured = Double(max(1, target.reduce(0) { $0 + $1.length })) / Double(max(1, source.reduce(0) { $0 + $1.length }))
        let ratio = min(1.25, max(0.8, measured))
        let width = bandWidth + abs(n - m)
        let span = 2 * width + 1
        func offset(_ i: Int) -> Int { Int((Double(i) * Double(m) / Double(n)).rounded()) - width }
        var cost = [Double](repeating: .infinity, count: (n + 1) * span)
        var move = [UInt8](repeating: 0, count: (n + 1) * span)
        cost[0 - offset(0)] = 0
        for i in 0...n {
            let low = max(0, offset(i)), high = min(m, offset(i) + span - 1)
            guard low <= high else { continue }
            for j in low...high where i > 0 || j > 0 {
                var best = Double.infinity, bestMove: UInt8 = 0
                for (index, (di, dj, prior)) in Self.moves.enumerated() {
                    let pi = i - di, pj = j - dj
                    guard pi >= 0, pj >= 0 else { continue }
                    let slot = pj - offset(pi)
                    guard slot >= 0, slot < span else { continue }
                    let previous = cost[pi * span + slot]
                    guard previous < .infinity else { continue }
                    let total = previous + prior + beadCost(source[pi..<i], target[pj..<j], ratio: ratio, exact: false).cost
                    if total < best {
                        best = total
                        bestMove = UInt8(index)
                    }
                }
                cost[i * span + j - offset(i)] = best
                move[i * span + j - offset(i)] = bestMove
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (di, dj, _) = Self.moves[Int(move[i * span + j - offset(i)])]
            let detail = beadCost(source[(i - di)..<i], target[(j - dj)..<j], ratio: ratio)
            beads.append(Bead(source: (i - di)..<i, target: (j - dj)..<j, confidence: detail.confidence))
            i -= di
            j -= dj
        }
        return beads.reversed()
    }

    /// `exact: false` takes the length cost from `lengthCosts` (the search runs it millions of
    /// times); the chosen beads are then re-costed exactly for their confidence.
    private func beadCost(_ source: ArraySlice<Sentence>, _ target: ArraySlice<Sentence>, ratio: Double,
                          exact: Bool = true) -> (cost: Double, confidence: Double) {
        var sourceLength = 0, targetLength = 0
        for sentence in source { sourceLength += sentence.length }
        for sentence in target { targetLength += sentence.length }
        let mean = max(1, (Double(sourceLength) + Double(targetLength) / ratio) / 2)
        let delta = (Double(targetLength) - Double(sourceLength) * ratio) / (mean * Self.variance).squareRoot()
        let oneSided = source.isEmpty || target.isEmpty
        // A sentence left untranslated costs its prior only: charging it the length mismatch
        // of a bead with an empty side makes 2-1 beads swallow every omission.
        var cost = 0.0, lengthProbability = 0.0
        if exact {
            lengthProbability = max(1e-12, erfc(abs(delta) / 2.0.squareRoot()))
            if !oneSided { cost = -log(lengthProbability) }
        } else if !oneSided {
            cost = Self.lengthCosts[min(Self.lengthCosts.count - 1, Int(abs(delta) * 100))]
        }
        let sourceAnchors = source.reduce(0) { $0 + $1.anchors.count }
        let targetAnchors = target.reduce(0) { $0 + $1.anchors.count }
        guard sourceAnchors + targetAnchors > 0 else { return (cost, oneSided ? 0 : lengthProbability) }
        let a = Self.union(source), b = Self.union(target)
        let shared = Self.sharedCount(a, b)
        let all = a.count + b.count - shared
        cost += Double(all - shared) * Self.anchorPenalty - Double(shared) * Self.anchorReward
        return (cost, oneSided ? 0 : (lengthProbability + Double(shared) / Double(all)) / 2)
    }

    /// The sorted anchors of one or two sentences, without duplicates.
    private static func union(_ sentences: ArraySlice<Sentence>) -> [Int64] {
        guard sentences.count == 2 else { return sentences.first?.anchors ?? [] }
        let a = sentences[sentences.startIndex].anchors, b = sentences[sentences.startIndex + 1].anchors
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var merged: [Int64] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                merged.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                merged.append(b[j]); j += 1
            } else {
                merged.append(a[i]); i += 1; j += 1
            }
        }
        return merged
    }

    private static func sharedCount(_ a: [Int64], _ b: [Int64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
