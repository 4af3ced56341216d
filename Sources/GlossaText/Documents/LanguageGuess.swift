/// Tells French from English by their commonest words, which every sentence is full of.
public enum LanguageGuess {
    static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
        "sur", "au", "aux", "ce", "cette", "il", "elle", "ils", "ont", "sont", "pas", "par", "avec", "été",
    ]
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "at",
        "from", "are", "have", "has", "be", "it", "this", "an", "were", "said", "which", "their",
    ]

    /// The language of more of `words`' common words, and by how many more; nil on a tie.
    /// Elided articles ("l'", "d’") count as French; short words in capitals do not count.
    public static func margin(ofWords words: some Sequence<String>) -> (language: String, margin: Int)? {
        var frenchCount = 0, englishCount = 0
        for word in words where !isLikelyInitials(word) {
            let lowered = word.lowercased()
            if french.contains(lowered) || lowered.hasSuffix("'") || lowered.hasSuffix("\u{2019}") { frenchCount += 1 }
            if english.contains(lowered) { englishCount += 1 }
        }
        if frenchCount == englishCount { return nil }
        return frenchCount > englishCount ? ("fr", frenchCount - englishCount) : ("en", englishCount - frenchCount)
    }

    /// "fr" or "en", or nil when the words give no majority.
    public static func language(of tokens: [Token]) -> String? {
        margin(ofWords: tokens.lazy.filter { $0.kind == .word || $0.kind == .elision }.map(\.text))?.language
    }

    /// "UN", "US", "LA" in capitals are initials more often than "un", "us", "la": no vote.
    public static func isLikelyInitials(_ word: String) -> Bool {
        word.count <= 3 && word.allSatisfy(\.isUppercase)
    }
}
