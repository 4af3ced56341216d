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

    var random: SplitMix64
    /// Every French spelling of the glossary, and the preferred ones alone.
    let names: [String]
    let preferred: [String]
    /// One word in `nameEvery` is a glossary name, on average; 0 for none at all.
    let nameEvery: UInt64

    init(seed: UInt64, names: [String], preferred: [String], nameEvery: Int = 20) {
        random = SplitMix64(seed: seed)
        self.names = names
        self.preferred = preferred
        self.nameEvery = UInt64(nameEvery)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    mutating func sentence() -> String {
        var parts: [String] = []
        let length = 12 + Int(random.next() % 16)
        for position in 0..<length {
            if position > 0, nameEvery > 0, random.next() % nameEvery == 0 {
                // Mostly house spellings, as in copy that has been through a desk before.
                var name = random.next() % 10 < 8 ? pick(preferred) : pick(names)
                if random.next() % 20 == 0 { name = name.replacingOccurrences(of: "ou", with: "u") }
                if random.next() % 9 == 0 { name = "d'" + name }
                parts.append(name)
            } else {
                parts.append(pick(Self.words))
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
