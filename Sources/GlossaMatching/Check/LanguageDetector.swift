import GlossaGlossary
import GlossaText

/// Tells whether a text is French or English: a draft checked without `--lang`, a sentence
/// file paired without `--from` and `--to`.
public final class LanguageDetector {
    public init() {}

    /// Decided on the first 20,000 characters; French when nothing decides (`CheckSession`
    /// asks the glossary then).
    public func language(of text: String) -> LanguageCode {
        decidedLanguage(of: text) ?? .french
    }

    /// Nil when nothing decides: no word of either language ("Kabul."), or as many of each.
    public func decidedLanguage(of text: String) -> LanguageCode? {
        let sample = String(text.prefix(Self.sampleLength))
        let tokens = (try? Tokenizer(locale: "fr").tokens(in: sample)) ?? []
        if let guess = LanguageGuess.language(of: tokens).flatMap(LanguageCode.init) { return guess }
        // No common word decides, as in a caption or a headline ("Taliban fighters enter
        // Kabul", "TALIBAN SEIZE KABUL AIRPORT"): the words one language's list holds as
        // ordinary words and the other's does not do. Names are left out: the English list holds
        // "Kandahar", with its capital, and so are single letters ("e" of "Mazar-e Charif") and
        // short words in capitals, initials more often than not ("EU", "UN").
        var french = 0, english = 0
        for token in tokens where token.kind == .word && token.text.count > 1 && !LanguageGuess.isLikelyInitials(token.text) {
            let inFrench = lists.french.containsCommonWord(token.text), inEnglish = lists.english.containsCommonWord(token.text)
            if inFrench != inEnglish { if inFrench { french += 1 } else { english += 1 } }
        }
        return english == french ? nil : english > french ? .english : .french
    }

    /// One side of a bilingual file, its segments read as one text, a line each.
    public func decidedLanguage(ofSegments segments: some Sequence<String>) -> LanguageCode? {
        var sample = ""
        var length = 0
        for segment in segments where length < Self.sampleLength {
            sample += segment + "\n"
            length += segment.count + 1
        }
        return decidedLanguage(of: sample)
    }

    /// In characters.
    private static let sampleLength = 20_000

    /// The system word lists, read the first time a language is undecided.
    private lazy var lists: (french: WordList, english: WordList) = (
        (try? WordList(contentsOf: WordList.system(for: "fr"))) ?? .empty,
        (try? WordList(contentsOf: WordList.system(for: "en"))) ?? .empty
    )
}
