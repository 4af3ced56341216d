import GlossaText

/// English "a" and "an" before a replaced name: the article follows the sound the replacement
/// starts with, so "an ONU official" becomes "a UN official" and "a Etat islamique fighter" "an
/// Islamic State fighter". Where the letters cannot tell the sound (initials of four letters or
/// more, said as a word or letter by letter: "a NATO", "an NSA"; "u", "eu" and "o" before "ne"),
/// the article is left as the writer wrote it.
enum EnglishArticles {
    private enum Sound { case vowel, consonant }

    /// The "a" or "an" one plain space before token `index`, if any.
    static func article(before index: Int, in text: TokenizedText) -> Int? {
        guard index >= 2, text.isOneSpace(index - 1), text.spans[index - 2].kind == .word else { return nil }
        let word = text.text(index - 2).lowercased()
        return word == "a" || word == "an" ? index - 2 : nil
    }

    /// The article that `replacement` takes instead of `article`, with the space after it;
    /// nil when `article` stays.
    static func change(article: String, replacement: String) -> ArticleChange? {
        let written = article.lowercased()
        guard written == "a" || written == "an", let sound = sound(of: replacement) else { return nil }
        let wanted = sound == .vowel ? "an" : "a"
        guard wanted != written else { return nil }
        let shaped = article == article.uppercased() && article.count > 1 ? wanted.uppercased()
            : article.first?.isUppercase == true ? wanted.prefix(1).uppercased() + wanted.dropFirst() : wanted
        return .replace(shaped + " ")
    }

    /// Letters whose names start with a vowel sound: initials said letter by letter ("an FBI",
    /// "a UN") take "an" before them.
    private static let vowelNamedLetters: Set<Character> = ["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]
    /// Words whose "h" is silent.
    private static let silentH = ["heir", "honest", "honor", "honour", "hour"]

    private static func sound(of text: String) -> Sound? {
        let word = String(text.prefix { $0.isLetter })
        guard let first = word.first else { return nil }
        if word.count > 1, word.allSatisfy(\.isUppercase) {
            guard word.count <= 3 else { return nil }
            return vowelNamedLetters.contains(Character(Typography.plain(String(first)).uppercased())) ? .vowel : .consonant
        }
        let lowered = ((try? TextForms.folded(word)) ?? word.lowercased())
        switch lowered.first {
        case "a", "i": return .vowel
        case "e": return lowered.hasPrefix("eu") || lowered.hasPrefix("ewe") ? nil : .vowel
        case "o": return lowered.hasPrefix("one") || lowered.hasPrefix("once") ? nil : .vowel
        case "u": return nil
        case "h": return silentH.contains { lowered.hasPrefix($0) } ? .vowel : .consonant
        case .some: return .consonant
        case nil: return nil
        }
    }
}
