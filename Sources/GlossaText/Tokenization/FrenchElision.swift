/// French elision: "d'Hérat" is the article "d'" followed by the name "Hérat".
///
/// ICU's word break iterator keeps "l'Afghanistan" as one token; this splits it. Only the
/// listed words elide, so "aujourd'hui" stays whole.
public enum FrenchElision {
    public static let elidedWords: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    /// The length in scalars of the elided prefix including its apostrophe, or nil.
    /// "d’Hérat" → 2; "aujourd'hui" → nil; "l'" alone → nil (nothing follows).
    public static func prefixLength(of word: String) -> Int? {
        // Most words hold no apostrophe at all: test the bytes that can start one first.
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x60 || $0 == 0xC2 || $0 == 0xCA || $0 == 0xE2 }) else {
            return nil
        }
        var prefix = ""
        var length = 0
        for scalar in word.unicodeScalars {
            length += 1
            if Typography.isApostrophe(scalar) {
                let rest = word.unicodeScalars.count - length
                guard rest > 0, elidedWords.contains(prefix.lowercased()) else { return nil }
                return length
            }
            guard scalar.properties.isAlphabetic, length <= 6 else { return nil }
            prefix.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// The word without its elided prefix: "d'Hérat" → "Hérat".
    public static func stripped(_ word: String) -> Substring {
        guard let length = prefixLength(of: word) else { return Substring(word) }
        let scalars = word.unicodeScalars
        return Substring(scalars[scalars.index(scalars.startIndex, offsetBy: length)...])
    }
}
