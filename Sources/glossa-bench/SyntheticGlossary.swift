import Foundation
import GlossaGlossary
import GlossaText

/// A reproducible pseudo-random source (SplitMix64): the same seed gives the same data on
/// every machine and Swift version, unlike the system generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates a large glossary of multi-word Persian/Arabic-looking names in their English
/// romanisation, each with a French romanisation and a variant or two, the way the real
/// glossary records them. Concepts whose variant keys would collide are skipped, so the
/// result validates like a real glossary.
struct SyntheticGlossary {
    static let onsets = ["b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "w", "z", "ch", ""]
    static let vowels = ["a", "a", "i", "u", "o", "e", "ai", "ou"]
    static let codas = ["", "", "n", "r", "d", "m", "l", "z", "b", "sh", "t", "h"]
    static let connectors = ["", "", "", "", "e ", "i ", "al-", "bin ", "ul "]
    static let kinds: [ConceptKind] = [.person, .person, .place, .place, .organization, .group, .term]

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    mutating func word() -> String {
        let syllables = 2 + Int(random.next() % 2)
        var text = ""
        for _ in 0..<syllables { text += pick(Self.onsets) + pick(Self.vowels) }
        return (text + pick(Self.codas)).capitalized
    }

    mutating func englishName() -> String {
        let words = 1 + Int(random.next() % 3)
        var parts = [word()]
        for _ in 1..<words { parts.append(pick(Self.connectors) + word()) }
        return parts.joined(separator: " ")
    }

    /// The French romanisation of an English one: sh→ch, j→dj, u→ou, w→ou.
    static func french(_ english: String) -> String {
        var text = english
        for (from, to) in [("sh", "ch"), ("Sh", "Ch"), ("j", "dj"), ("J", "Dj"), ("u", "ou"), ("w", "ou"), ("W", "Ou"), ("ouou", "ou")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    /// Another spelling met in copy: one vowel changed, or an accent added.
    mutating func variant(_ text: String) -> String {
        let swaps = [("i ", "e "), ("a", "â"), ("e", "é"), ("i", "î"), ("ou", "u"), ("ai", "ay")]
        let (from, to) = pick(swaps)
        guard let range = text.range(of: from) else { return text + "h" }
        return text.replacingCharacters(in: range, with: to)
    }

    mutating func rows(concepts count: Int, keys: VariantKeyBuilder) throws -> [String] {
        var lines = [GlossaryFile.headerLine]
        var usedKeys: Set<String> = []
        var made = 0
        while made < count {
            let english = englishName()
            let french = Self.french(english)
            let variants = [variant(french), variant(english)]
            let spellings = [english, french] + variants
            let conceptKeys = Set(try spellings.map { try keys.key($0) })
            guard usedKeys.isDisjoint(with: conceptKeys), !conceptKeys.contains("") else { continue }
            let exactForms = Set(try spellings.map { try TextForms.exact($0) })
            usedKeys.formUnion(conceptKeys)
            made += 1
            let id = "c\(made)"
            let kind = pick(Self.kinds)
            lines.append("\(id)\t\(kind.rawValue)\t\t\t\t\tSynthetic concept \(made).\t\t")
            lines.append("\(id)\t\tfr\tpreferred\t\(french)\t\t\t\t")
            lines.append("\(id)\t\ten\tpreferred\t\(english)\t\t\t\t")
            if exactForms.count > 2 {
                if try TextForms.exact(variants[0]) != TextForms.exact(french) {
                    lines.append("\(id)\t\tfr\tdeprecated\t\(variants[0])\t\t\t\t")
                }
                if try TextForms.exact(variants[1]) != TextForms.exact(english) {
                    lines.append("\(id)\t\ten\tadmitted\t\(variants[1])\t\t\t\t")
                }
            }
        }
        return lines
    }
}
