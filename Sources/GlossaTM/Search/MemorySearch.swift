import Foundation
import GlossaGlossary

/// Fuzzy search of the memory in one direction (`from` → `to`), the way CAT tools rank
/// translation memory matches.
///
/// Candidates come from the inverted index, never from a scan: the query's word keys are
/// ordered from rarest to commonest, and the posting lists of the rarer half (and more while
/// they stay short) are read. A unit sharing at least half the query's distinct words must
/// hold one of them (pigeonhole), so every unit that can reach the threshold is seen unless
/// it differs mostly by placeables. Units are ranked by the summed inverse document frequency
/// of the keys they share; the best are scored exactly with `TokenAlignment`.
public final class MemorySearch {
    public let index: MemoryIndex
    public let analyzer: SegmentAnalyzer
    public let from: String
    public let to: String
    private var terms = IndexTerms()
    private let directions: [(file: FileIndex, forward: Bool)]

    /// Posting lists are read until this many entries, once the mandatory rare ones are in.
    static let postingBudget = 40_000
    /// Never more than this many entries per query, however common its words.
    static let postingCap = 400_000

    public init(index: MemoryIndex, analyzer: SegmentAnalyzer, from: String, to: String) {
        self.index = index
        self.analyzer = analyzer
        let from = MemoryWriter.primary(from), to = MemoryWriter.primary(to)
        self.from = from
        self.to = to
        directions = index.files.compactMap { file in
            let source = MemoryWriter.primary(file.sourceLanguage), target = MemoryWriter.primary(file.targetLanguage)
            if source == from && target == to { return (file, true) }
            if source == to && target == from { return (file, false) }
            return nil
        }
    }

    /// Matches scoring at least `minimum`, best first; exact matches (100) first of all.
    public func search(_ query: String, minimum: Int = 70, limit: Int = 10) throws -> [FuzzyMatch] {
        let queryTokens = try analyzer.tokens(query, language: from)
        guard !queryTokens.isEmpty else { return [] }
        let queryWeight = queryTokens.reduce(0) { $0 + $1.weight }
        let candidates = try candidates(for: query, count: max(60, limit * 6))
        var matches: [FuzzyMatch] = []
        for (slot, positions) in candidates {
            let (file, forward) = directions[slot]
            for unit in try file.units(at: positions) {
                // A unit much longer than the query cannot reach the threshold: skip its scoring.
                let words = forward ? unit.sourceWords : unit.targetWords
                if minimum > 0, Double(words) * Double(minimum) / 100 > queryWeight + 1 { continue }
                let memoryUnit = MemoryUnit(
                    id: unit.id, source: forward ? unit.source : unit.target, target: forward ? unit.target : unit.source,
                    sourceLanguage: forward ? file.sourceLanguage : file.targetLanguage,
                    targetLanguage: forward ? file.targetLanguage : file.sourceLanguage, origin: file.name, line: unit.line)
                if let match = try score(memoryUnit, queryTokens: queryTokens, queryWeight: queryWeight), match.score >= minimum {
                    matches.append(match)
                }
            }
        }
        matches.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.unit.origin != b.unit.origin { return a.unit.origin < b.unit.origin }
            return a.unit.line < b.unit.line
        }
        return Array(matches.prefix(limit))
    }

    /// The best-voted unit positions per file slot.
    private func candidates(for query: String, count: Int) throws -> [Int: [UInt32]] {
        let keys = try terms.keys(of: query, language: from).keys
        guard !keys.isEmpty, !directions.isEmpty else { return [:] }
        var perFile: [[Int64: Int]] = []
        var totals: [Int64: Int] = [:]
        for (file, _) in directions {
            let counts = try file.counts(of: keys)
            perFile.append(counts)
            for (key, count) in counts { totals[key, default: 0] += count }
        }
        let unitTotal = Double(max(1, directions.reduce(0) { $0 + $1.file.unitCount }))
        let ordered = keys.sorted { (totals[$0] ?? 0, $0) < (totals[$1] ?? 0, $1) }
        let mandatory = keys.count - keys.count / 2 + 1
        var votes: [UInt64: Float] = [:]
        var read = 0
        for (rank, key) in ordered.enumerated() {
            let total = totals[key] ?? 0
            if total == 0 { continue }
            if rank >= mandatory && read + total > Self.postingBudget { break }
            if read > 0 && read + total > Self.postingCap { break }
            read += total
            let weight = Float(log(1 + unitTotal / Double(total)))
            for (slot, (file, _)) in directions.enumerated() where perFile[slot][key] != nil {
                let high = UInt64(slot) << 32
                try file.forEachPosting(of: key) { position in
                    votes[high | UInt64(position), default: 0] += weight
                }
            }
        }
        let best = votes.count <= count ? Array(votes) : Array(votes.sorted { $0.value > $1.value }.prefix(count))
        var grouped: [Int: [UInt32]] = [:]
        for (id, _) in best { grouped[Int(id >> 32), default: []].append(UInt32(truncatingIfNeeded: id)) }
        return grouped
    }

    /// Longest segments scored token by token; beyond this many cells, only identical text matches.
    static let alignmentCellLimit = 4_000_000

    /// Scores one stored unit against the query (see `TokenAlignment`), marking differences
    /// and adapting the target's names and numbers to the query's.
    public func score(_ unit: MemoryUnit, against query: String) throws -> FuzzyMatch? {
        let tokens = try analyzer.tokens(query, language: from)
        return try score(unit, queryTokens: tokens, queryWeight: tokens.reduce(0) { $0 + $1.weight })
    }

    private func score(_ unit: MemoryUnit, queryTokens: [ScoringToken], queryWeight: Double) throws -> FuzzyMatch? {
        let stored = try analyzer.tokens(unit.source, language: from)
        guard queryTokens.count * stored.count <= Self.alignmentCellLimit else {
            let same = queryTokens.map(\.text) == stored.map(\.text)
            return same ? FuzzyMatch(score: 100, unit: unit, differences: [], missingTokens: [], adaptedTarget: nil) : nil
        }
        let alignment = TokenAlignment(query: queryTokens, stored: stored)
        let score = TokenAlignment.score(distance: alignment.distance, queryWeight: queryWeight,
                                         storedWeight: stored.reduce(0) { $0 + $1.weight })
        var differences: [FuzzyMatch.Difference] = []
        var missing: [String] = []
        var swaps: [(query: ScoringToken, stored: ScoringToken)] = []
        for step in alignment.steps {
            switch step {
            case .pair(let q, let s, let cost):
                guard cost > 0 else { continue }
                let placeable = queryTokens[q].isPlaceable && stored[s].isPlaceable && cost <= 0.3
                differences.append(.init(kind: placeable ? .placeable : .changed, utf8Range: stored[s].utf8Range))
                if placeable { swaps.append((queryTokens[q], stored[s])) }
            case .queryOnly(let q):
                missing.append(queryTokens[q].text)
            case .storedOnly(let s):
                differences.append(.init(kind: .changed, utf8Range: stored[s].utf8Range))
            }
        }
        let adapted = try TargetAdapter(analyzer: analyzer, language: to).adapt(unit.target, swaps: swaps)
        return FuzzyMatch(score: score, unit: unit, differences: differences, missingTokens: missing, adaptedTarget: adapted)
    }

    // MARK: Concordance

    /// Units holding `phrase` (case, accents and typography ignored) on either side, in file
    /// and unit order, each in its file's own direction.
    public func concordance(_ phrase: String, limit: Int = 20) throws -> [ConcordanceHit] {
        let needle = try IndexTerms.normalizedPhrase(phrase)
        guard !needle.isEmpty else { return [] }
        var hits: [ConcordanceHit] = []
        for file in index.files {
            for (side, language) in [file.sourceLanguage, file.targetLanguage].enumerated() {
                let keys = try terms.keys(of: phrase, language: MemoryWriter.primary(language)).keys
                guard !keys.isEmpty else { continue }
                let counts = try file.counts(of: keys)
                guard counts.count == keys.count else { continue }
                let ordered = keys.sorted { counts[$0]! < counts[$1]! }
                var positions: [UInt32] = []
                try file.forEachPosting(of: ordered[0]) { positions.append($0) }
                for key in ordered.dropFirst() where counts[key]! <= counts[ordered[0]]! * 50 {
                    var other = Set<UInt32>()
                    try file.forEachPosting(of: key) { other.insert($0) }
                    positions = positions.filter(other.contains)
                }
                var start = 0
                while start < positions.count {
                    let batch = Array(positions[start..<min(positions.count, start + 500)])
                    start += batch.count
                    for unit in try file.units(at: batch).sorted(by: { $0.position < $1.position }) {
                        let text = side == 0 ? unit.source : unit.target
                        guard try IndexTerms.normalizedPhrase(text).contains(needle) else { continue }
                        hits.append(ConcordanceHit(
                            unit: MemoryUnit(id: unit.id, source: unit.source, target: unit.target, sourceLanguage: file.sourceLanguage,
                                             targetLanguage: file.targetLanguage, origin: file.name, line: unit.line),
                            matchedLanguage: language))
                        if hits.count >= limit { return hits }
                    }
                }
            }
        }
        return hits
    }
}

/// A unit that holds a looked-for phrase.
public struct ConcordanceHit: Sendable {
    public let unit: MemoryUnit
    /// The language of the side that holds the phrase.
    public let matchedLanguage: String
}
