/// Regular plurals of glossary terms, so that "talibans" matches the entry "taliban".
///
/// Plurals are generated from the glossary side and matched exactly; the text side is never
/// stemmed. That keeps "Paris" from turning into "Pari" and a singular from meeting a plural.
public enum Plural {
    /// Words after which French multi-word terms stop inflecting: "retrait des troupes".
    static let frenchLinkWords: Set<String> = ["de", "du", "des", "d", "à", "au", "aux", "en", "pour", "sur", "contre", "et"]

    /// The regular plural of a term, or nil when it is invariable or not a common noun phrase.
    /// Hyphenated compounds are treated as invariable: give their plural in the glossary.
    public static func regular(_ term: String, language: String) -> String? {
        guard !term.unicodeScalars.contains("-") else { return nil }
        let words = term.split(separator: " ", omittingEmptySubsequences: false)
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else { return nil }
        var result: [String] = []
        var inflecting = true
        for word in words {
            if language == "fr" && frenchLinkWords.contains(word.lowercased()) { inflecting = false }
            if language == "en" && result.count < words.count - 1 {
                result.append(String(word))  // English inflects the head, the last word.
                continue
            }
            guard inflecting, let plural = pluralWord(String(word), language: language) else {
                result.append(String(word))
                continue
            }
            result.append(plural)
        }
        let plural = result.joined(separator: " ")
        return plural == term ? nil : plural
    }

    private static func pluralWord(_ word: String, language: String) -> String? {
        guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" }) else { return nil }
        let lower = word.lowercased()
        if language == "fr" {
            if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") { return word }
            if lower.hasSuffix("al") && lower.count > 3 { return String(word.dropLast(2)) + "aux" }
            if lower.hasSuffix("eau") || lower.hasSuffix("eu") { return word + "x" }
            return word + "s"
        }
        if language == "en" {
            if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
                return word + "es"
            }
            if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
                return String(word.dropLast()) + "ies"
            }
            return word + "s"
        }
        return nil
    }
}
