import GlossaGlossary
import GlossaText

/// One source segment and its translation, wherever they came from (TMX, XLIFF, or two
/// sentence-aligned plain files).
public struct AlignedSegment: Sendable {
    /// The tuid or unit id, or the 1-based pair index.
    public let id: String
    public let source: String
    public let target: String
    /// Where the source text starts: its line (and byte offset) in the source file, or the
    /// unit's line in a bilingual file.
    public let origin: SourcePosition

    public init(id: String, source: String, target: String, origin: SourcePosition) {
        self.id = id
        self.source = source
        self.target = target
        self.origin = origin
    }
}

/// Checks that a translation kept the glossary's terms: every concept named in a source
/// segment must be named in its target segment by a spelling of the target language
/// (any status: a deprecated spelling is a `variant` problem, not a missing term).
/// A source-language spelling left in the target does not count.
public final class BilingualChecker {
    private let terms: TermIndex
    private let sourceLanguage: LanguageCode
    private let targetLanguage: LanguageCode
    private let sourceScanner: TermScanner
    private let targetScanner: TermScanner
    private let sourceTokenizer: Tokenizer
    private let targetTokenizer: Tokenizer

    public init(terms: TermIndex, source: LanguageCode, target: LanguageCode,
                sourceDictionary: WordList, targetDictionary: WordList) {
        self.terms = terms
        // The glossary's working languages are primary tags: "en-GB" in a TMX is "en" here.
        let source = LanguageCode(source.primary) ?? source
        let target = LanguageCode(target.primary) ?? target
        sourceLanguage = source
        targetLanguage = target
        sourceScanner = TermScanner(terms: terms, language: source, dictionary: sourceDictionary)
        targetScanner = TermScanner(terms: terms, language: target, dictionary: targetDictionary)
        sourceTokenizer = Tokenizer(locale: source.primary)
        targetTokenizer = Tokenizer(locale: target.primary)
    }

    /// `columns`: true when the segment is a line of a plain file, so positions within it are
    /// real columns; false for units of a bilingual file, reported at their line, column 1.
    public func check(_ segments: [AlignedSegment], file: String, columns: Bool) throws -> [Finding] {
        var findings: [Finding] = []
        for segment in segments {
            let sourceText = try sourceTokenizer.tokenize(segment.source, from: segment.origin)
            let present = try conceptsNamed(in: segment.target)
            var reported = Set<Int>()
            for occurrence in try sourceScanner.occurrences(in: sourceText) {
                let form = terms.forms[Int(occurrence.form)]
                let conceptIndex = Int(form.conceptRow) - 1
                guard !present.contains(conceptIndex), reported.insert(conceptIndex).inserted else { continue }
                let concept = terms.concepts[conceptIndex]
                guard let expected = concept.preferred(in: targetLanguage) else { continue }
                let found = occurrence.text(in: sourceText)
                let position = occurrence.start(in: sourceText)
                findings.append(Finding(
                    file: file, start: columns ? position : segment.origin, utf8Length: occurrence.utf8Length, found: found,
                    suggestion: expected.text, concept: concept.id, rule: .missingTargetTerm, severity: .error,
                    message: "'\(found)' (\(concept.id)) is not translated in the target; expected '\(expected.text)'",
                    segment: segment.id,
                    excerpt: Excerpt(text: segment.source, column: position.column)))
            }
        }
        return findings
    }

    private func conceptsNamed(in target: String) throws -> Set<Int> {
        var concepts = Set<Int>()
        for occurrence in try targetScanner.occurrences(in: try targetTokenizer.tokenize(target)) {
            let form = terms.forms[Int(occurrence.form)]
            // "Kaboul" in English is listed as deprecated there, but it is the French spelling
            // left untranslated: it does not count.
            let leftUntranslated = form.status == .deprecated && occurrence.isOtherLanguageSpelling
            if (form.language.primary == targetLanguage.primary && !leftUntranslated) || occurrence.quality != .listed {
                concepts.insert(Int(form.conceptRow) - 1)
            }
        }
        return concepts
    }
}
