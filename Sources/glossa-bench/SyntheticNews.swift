import Foundation

/// Generates French news-like prose of a given size: sentences of common French words with
/// glossary names dropped in, some spelled as listed variants or with accent and
/// transliteration changes, so the checker meets every path (exact, variant, nothing).
struct SyntheticNews {
    static let words = """
        le la les des du de et à en un une dans pour sur par avec que qui a ont est sont été selon \
        après avant contre entre depuis pendant lors vers chez sans sous gouvernement président ministre \
        ville province armée forces soldats combattants offensive attaque frappes accord négociations \
        porte-parole déclaré annoncé affirmé jeudi vendredi samedi dimanche lundi mardi mercredi mois \
        semaine année nord sud est ouest capitale région frontière pays population civils réfugiés aide \
        humanitaire sécurité situation contrôle pouvoir retrait troupes ambassade diplomates américains \
        afghans internationale communauté conflit guerre paix processus plusieurs nouvelles dernières
        """.split(separator: " ").map(String.init)

    /// How often each concept is named.
    enum Names: String {
        /// Every concept as often as any other: each is met a few times in 50 MB, so nearly
        /// every name is new to the checker. A stress case.
        case uniform
        /// The concept of rank r named in proportion to 1/r, as words and names are in real
        /// text: a few names recur throughout, most are rare.
        case zipf
    }

    /// Where the ordinary words come from.
    enum Words: String {
        /// The hundred-odd common words above: the checker meets them all in the first lines.
        case fixed
        /// Half of them from a made-up vocabulary of 300,000 French-looking words, many with
        /// accents, drawn by Zipf's law: as in real text, new words keep coming (numbers,
        /// names, inflections), and each costs the checker a key and a few look-ups.
        case growing
    }

    /// One concept's French spellings.
    struct Concept {
        let preferred: String
        let spellings: [String]
    }

    var random: SplitMix64
    let concepts: [Concept]
    /// Every French spelling of the glossary, and the preferred ones alone.
    let names: [String]
    let preferred: [String]
    /// One word in `nameEvery` is a glossary name, on average; 0 for none at all.
    let nameEvery: UInt64
    let distribution: Names
    /// For `zipf`: the running sums of 1/r.
    private let zipfSums: [Double]
    /// For `growing`: the made-up words, and the running sums of 1/r over them.
    private let vocabulary: [String]
    private let vocabularySums: [Double]

    init(seed: UInt64, concepts: [Concept], nameEvery: Int = 20, distribution: Names = .uniform, words: Words = .fixed) {
        random = SplitMix64(seed: seed)
        self.concepts = concepts
        names = concepts.flatMap(\.spellings)
        preferred = concepts.map(\.preferred)
        self.nameEvery = UInt64(nameEvery)
        self.distribution = distribution
        zipfSums = distribution == .zipf ? Self.runningSums(concepts.count) : []
        // Its own generator, so that the fixed-word texts stay as they were.
        var wordRandom = SplitMix64(seed: seed ^ 0x5EED)
        vocabulary = words == .growing ? (0..<300_000).map { _ in Self.madeUpWord(&wordRandom) } : []
        vocabularySums = words == .growing ? Self.runningSums(vocabulary.count) : []
    }

    private static func runningSums(_ count: Int) -> [Double] {
        var sum = 0.0
        return (0..<count).map { sum += 1 / Double($0 + 1); return sum }
    }

    private static let onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "pr", "tr", "gr", "bl", ""]
    private static let vowels = ["a", "e", "i", "o", "u", "é", "è", "ê", "à", "â", "î", "ô", "ou", "ai", "eu", "on", "an", "in"]
    private static let codas = ["", "", "", "s", "r", "l", "n", "t", "x", "ment", "tion"]

    private static func madeUpWord(_ random: inout SplitMix64) -> String {
        func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
        let syllables = 2 + Int(random.next() % 3)
        return (0..<syllables).map { _ in pick(onsets) + pick(vowels) }.joined() + pick(codas)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    /// A rank drawn from the Zipf distribution whose running sums are `sums`, by bisection.
    mutating func zipfRank(_ sums: [Double]) -> Int {
        let target = Double(random.next() >> 11) / Double(1 << 53) * sums.last!
        var low = 0, high = sums.count - 1
        while low < high {
            let middle = (low + high) / 2
            if sums[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func ordinaryWord() -> String {
        guard !vocabulary.isEmpty, random.next() % 2 == 0 else { return pick(Self.words) }
        return vocabulary[zipfRank(vocabularySums)]
    }

    /// Mostly house spellings, as in copy that has been through a desk before.
    mutating func name() -> String {
        switch distribution {
        case .uniform:
            return random.next() % 10 < 8 ? pick(preferred) : pick(names)
        case .zipf:
            let concept = concepts[zipfRank(zipfSums)]
            return random.next() % 10 < 8 ? concept.preferred : pick(concept.spellings)
        }
    }

    mutating func sentence() -> String {
        var parts: [String] = []
        let length = 12 + Int(random.next() % 16)
        for position in 0..<length {
            if position > 0, nameEvery > 0, random.next() % nameEvery == 0 {
                var name = name()
                if random.next() % 20 == 0 { name = name.replacingOccurrences(of: "ou", with: "u") }
                if random.next() % 9 == 0 { name = "d'" + name }
                parts.append(name)
            } else {
                parts.append(ordinaryWord())
            }
        }
        let text = parts.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// About `bytes` bytes of paragraphs of four to eight sentences.
    mutating func text(bytes: Int) -> Data {
        var output = Data()
        output.reserveCapacity(bytes + 1024)
        while output.count < bytes {
            let sentences = 4 + Int(random.next() % 5)
            output.append(contentsOf: ((0..<sentences).map { _ in sentence() }.joined(separator: " ") + "\n").utf8)
        }
        return output
    }
}
