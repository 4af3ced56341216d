import GlossaText

/// The search keys of a segment: its words and numbers, folded (case, accents and typography
/// ignored), each hashed together with the language so that the French and English sides of
/// the memory share one posting table without mixing.
///
/// Words are maximal runs of letters, marks and digits; apostrophes and hyphens split them
/// ("d'Hérat" gives "d" and "herat"). The same function keys stored segments and queries, so
/// it only has to be consistent, not linguistically exact; exact scoring comes later.
struct IndexTerms {
    private var foldedWords: [String: String] = [:]

    /// Every word's folded form, in order, duplicates kept.
    mutating func words(of text: String) throws -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var ascii = true
        func flush() throws {
            guard !current.isEmpty else { return }
            let word = String(current)
            if ascii {
                words.append(word.lowercased())
            } else if let cached = foldedWords[word] {
                words.append(cached)
            } else {
                let folded = try TextForms.folded(word)
                if foldedWords.count > 100_000 { foldedWords.removeAll(keepingCapacity: true) }
                foldedWords[word] = folded
                words.append(folded)
            }
            current = String.UnicodeScalarView()
            ascii = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                    current.append(scalar)
                } else {
                    try flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                current.append(scalar)
                ascii = false
            } else {
                try flush()
            }
        }
        try flush()
        return words
    }

    static func key(_ word: String, language: String) -> Int64 {
        StableHash.of(language + "\u{1F}" + word)
    }

    /// Distinct keys of `text` in `language` (a primary tag), with its word count.
    mutating func keys(of text: String, language: String) throws -> (keys: [Int64], words: Int) {
        let words = try words(of: text)
        var seen = Set<Int64>()
        var keys: [Int64] = []
        for word in words where seen.insert(Self.key(word, language: language)).inserted {
            keys.append(Self.key(word, language: language))
        }
        return (keys, words.count)
    }
}

extension IndexTerms {
    /// The folded words of `text` joined by single spaces, for phrase containment checks.
    static func normalizedPhrase(_ text: String) throws -> String {
        var terms = IndexTerms()
        return " " + (try terms.words(of: text)).joined(separator: " ") + " "
    }
}
