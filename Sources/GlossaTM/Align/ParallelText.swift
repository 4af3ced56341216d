import GlossaText

/// A text and its translation, split into sentences and aligned into translation units.
public struct ParallelText {
    public struct Pair: Sendable {
        public let source: String
        public let target: String
        public let confidence: Double
        public let shape: String
    }

    public let pairs: [Pair]
    /// Sentences left without a counterpart (1-0 and 0-1 beads).
    public let unpaired: Int

    public init(source: String, target: String, from: String, to: String, analyzer: SegmentAnalyzer) throws {
        let sourceSentences = try SentenceSplitter(locale: from).sentences(in: source).map(\.text)
        let targetSentences = try SentenceSplitter(locale: to).sentences(in: target).map(\.text)
        func describe(_ text: String, _ language: String) throws -> SentenceAligner.Sentence {
            var anchors: [Int64] = []
            for token in try analyzer.tokens(text, language: language) {
                switch token.kind {
                case .name(let concept): anchors.append(concept)
                case .number: anchors.append(StableHash.of("#" + token.text))
                case .word, .punctuation: break
                }
            }
            return SentenceAligner.Sentence(length: text.unicodeScalars.count, anchors: anchors)
        }
        let beads = SentenceAligner().align(source: try sourceSentences.map { try describe($0, from) },
                                            target: try targetSentences.map { try describe($0, to) })
        var pairs: [Pair] = []
        var unpaired = 0
        for bead in beads {
            guard !bead.source.isEmpty, !bead.target.isEmpty else {
                unpaired += 1
                continue
            }
            pairs.append(Pair(source: sourceSentences[bead.source].joined(separator: " "),
                              target: targetSentences[bead.target].joined(separator: " "),
                              confidence: (bead.confidence * 100).rounded() / 100, shape: bead.shape))
        }
        self.pairs = pairs
        self.unpaired = unpaired
    }
}
