import GlossaGlossary
import GlossaText

/// What Glossa offers for one sentence of a source text: the glossary names in it with their
/// house spelling in the target language, and the best memory matches.
public struct Suggestion: Sendable {
    public struct TermHint: Sendable {
        /// The name as written in the sentence.
        public let found: String
        public let concept: String
        /// The status of the spelling found, in the source language; nil when it is a spelling
        /// of another language only.
        public let status: TermStatus?
        /// The source language's house spelling, when `found` is not it.
        public let sourcePreferred: String?
        /// The target language's house spelling.
        public let target: String?
        /// UTF-8 offsets in the sentence.
        public let utf8Range: Range<Int>
    }

    public let sentence: String
    /// 1-based position among the text's sentences.
    public let number: Int
    public let terms: [TermHint]
    public let matches: [FuzzyMatch]

    /// One suggestion per sentence of `text` (ICU sentence segmentation; see `SentenceSplitter`).
    public static func suggestions(for text: String, from: String, to: String, analyzer: SegmentAnalyzer,
                                   search: MemorySearch?, minimum: Int = 70, limit: Int = 3) throws -> [Suggestion] {
        let sourceLanguage = LanguageCode(from) ?? .french
        let targetLanguage = LanguageCode(to) ?? .english
        var suggestions: [Suggestion] = []
        for (index, sentence) in try SentenceSplitter(locale: from).sentences(in: text).enumerated() {
            var hints: [TermHint] = []
            if let terms = analyzer.terms {
                let bytes = Array(sentence.text.utf8)
                for occurrence in try analyzer.occurrences(sentence.text, language: from) {
                    let form = terms.forms[Int(occurrence.form)]
                    let concept = terms.concept(of: form)
                    let sameLanguage = form.language.primary == sourceLanguage.primary
                    // A plural found ("nationals") asks for the plural in either language ("ressortissants").
                    let isPlural = form.origin != .listed
                    let spelling = { (term: Term) in isPlural ? concept.plural(of: term) : term.text }
                    let preferred = concept.preferred(in: sourceLanguage).map(spelling)
                    hints.append(TermHint(
                        found: String(decoding: bytes[occurrence.utf8Range], as: UTF8.self), concept: concept.id, status: sameLanguage ? form.status : nil,
                        sourcePreferred: sameLanguage && form.status == .preferred ? nil : preferred,
                        target: concept.preferred(in: targetLanguage).map(spelling),
                        utf8Range: occurrence.utf8Range))
                }
            }
            let matches = try search?.search(sentence.text, minimum: minimum, limit: limit) ?? []
            suggestions.append(Suggestion(sentence: sentence.text, number: index + 1, terms: hints, matches: matches))
        }
        return suggestions
    }
}
