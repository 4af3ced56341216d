import GlossaGlossary
import GlossaText

/// One source segment and its translation, wherever they came from (TMX, XLIFF, or two
/// sentence-aligned plain files).
public struct AlignedSegment: Sendable {
    /// The unit's id (`tuid`, trans-unit `id`, XLIFF 2 `unit/segment`), or the 1-based pair index.
    public let id: String
    public let source: String
    public let target: String
    /// Where the source text starts: its line (and byte offset) in the source file, or the
    /// unit's line in a bilingual file (the segment's in XLIFF 2).
    public let origin: SourcePosition
    /// Where the target text starts, likewise.
    public let targetOrigin: SourcePosition
    /// UTF-8 byte ranges of `source` marked not to translate (in XLIFF): not checked, and
    /// naming nothing that needs translating.
    public let protectedSource: [Range<Int>]
    /// Ranges of `target` likewise: not checked, and translating nothing.
    public let protectedTarget: [Range<Int>]

    public init(
        id: String, source: String, target: String, origin: SourcePosition, targetOrigin: SourcePosition? = nil,
        protectedSource: [Range<Int>] = [], protectedTarget: [Range<Int>] = []
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.origin = origin
        self.targetOrigin = targetOrigin ?? origin
        self.protectedSource = protectedSource
        self.protectedTarget = protectedTarget
    }
}

/// Checks that a translation kept the glossary's terms: every concept named in a source
/// segment must be named in its target segment by a spelling of the target language, of
/// any status. A spelling of the source language only ("Kabul" in French) does not count.
///
/// The target's spellings are also checked, segment by segment, as a draft's are (not for
/// inconsistency): a deprecated spelling there ("Herat" for "Hérat") is a `variant`, a
/// spelling of the other language that the target language lists too ("Kaboul" in English)
/// is `wrong-language`, and so on.
public final class BilingualChecker {
    private let terms: TermIndex
    private let sourceLanguage: LanguageCode
    private let targetLanguage: LanguageCode
    private let sourceScanner: TermScanner
    private let targetScanner: TermScanner
    private let sourceTokenizer: Tokenizer
    private let targetTokenizer: Tokenizer
    private let targetChecker: DocumentChecker
    private let sourceDictionary: WordList

    public init(terms: TermIndex, source: LanguageCode, target: LanguageCode,
                sourceDictionary: WordList, targetDictionary: WordList) throws {
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
        targetChecker = try DocumentChecker(terms: terms, language: target, dictionary: targetDictionary)
        self.sourceDictionary = sourceDictionary
    }

    /// `columns`: true when the segment is a line of a plain file, so positions within it are
    /// real columns; false for units of a bilingual file, reported at their line, column 1.
    /// `targetFile` is where target findings are: the target file of a pair, else `file`.
    public func check(_ segments: [AlignedSegment], file: String, targetFile: String, columns: Bool) throws -> [Finding] {
        var findings: [Finding] = []
        // The inline marker on either side silences the pair, as it silences a line of a draft.
        for segment in segments where !Self.isSilenced(segment) {
            let sourceText = try tokenize(segment.source, with: sourceTokenizer, from: segment.origin, protected: segment.protectedSource)
            let sourceLines = LineFinder(bytes: sourceText.bytes, origin: segment.origin)
            let present = try conceptsNamed(in: segment.target, protected: segment.protectedTarget)
            var reported = Set<Int>()
            var missing = Set<String>()
            for occurrence in try sourceScanner.occurrences(in: sourceText) {
                let form = terms.forms[Int(occurrence.form)]
                let conceptIndex = Int(form.conceptRow) - 1
                guard !present.contains(conceptIndex), reported.insert(conceptIndex).inserted else { continue }
                let concept = terms.concepts[conceptIndex]
                guard let expected = concept.preferred(in: targetLanguage) else { continue }
                missing.insert(concept.id)
                let found = occurrence.text(in: sourceText)
                let position = occurrence.start(in: sourceText)
                // "national" is a term ("ressortissant") and an adjective; "offensive" a noun and
                // an adjective: in lower case, or with the capital of the segment's first word
                // ("Talks resumed"), an ordinary word of the language may not be the term. (Names
                // are capitalised in the glossary: "Taliban" is one, though the word list has it.)
                let opensSegment = sourceText.spans[..<occurrence.firstToken].allSatisfy { $0.kind == .space || $0.kind == .punctuation }
                let mayBeOrdinary = form.text.first?.isLowercase == true && (found.first?.isLowercase == true || opensSegment)
                    && sourceDictionary.contains(found)
                var finding = Finding(
                    file: file, start: columns ? position : segment.origin, utf8Length: occurrence.utf8Length, found: found,
                    suggestion: expected.text, concept: concept.id, rule: .missingTargetTerm, severity: mayBeOrdinary ? .info : .error,
                    message: "'\(found)' (\(concept.id)) is not translated in the target; expected '\(expected.text)'"
                        + (mayBeOrdinary ? "; '\(found)' is also an ordinary word: check that it is the term here" : ""),
                    segment: segment.id,
                    excerpt: sourceLines.excerpt(at: position.utf8Offset, length: occurrence.utf8Length))
                if !columns { finding.unitOffset = position.utf8Offset - segment.origin.utf8Offset }
                findings.append(finding)
            }
            findings += try targetFindings(segment, file: targetFile, columns: columns).filter { finding in
                // A name left in the source language was reported as missing already.
                finding.concept.map { !missing.contains($0) } ?? true
            }
        }
        return findings
    }

    private static func isSilenced(_ segment: AlignedSegment) -> Bool {
        !IgnoreRules.markerOffsets(in: Array(segment.source.utf8)).isEmpty
            || !IgnoreRules.markerOffsets(in: Array(segment.target.utf8)).isEmpty
    }

    /// The target checked as a draft of its language, alone: inconsistencies within one
    /// segment are not the point.
    private func targetFindings(_ segment: AlignedSegment, file: String, columns: Bool) throws -> [Finding] {
        var usages = ConceptUsages()
        let chunk = TextChunk(text: segment.target, origin: columns ? segment.targetOrigin : .start, skipped: segment.protectedTarget)
        return try targetChecker.check(chunk, file: file, usages: &usages).map { finding in
            var finding = finding
            if !columns {
                finding.unitOffset = finding.start.utf8Offset
                finding.start = segment.targetOrigin
            }
            finding.message += " (in the target)"
            finding.segment = segment.id
            return finding
        }
    }

    /// Protected text stays in place, so positions and excerpts are the segment's, but its
    /// tokens match nothing.
    private func tokenize(_ text: String, with tokenizer: Tokenizer, from origin: SourcePosition = .start,
                          protected: [Range<Int>]) throws -> TokenizedText {
        let tokens = try tokenizer.tokenize(text, from: origin)
        return protected.isEmpty ? tokens : tokens.masking(protected)
    }

    /// The concepts the target names, also within a longer name: "l'aéroport de Kaboul" names
    /// Kaboul too, though the scan, leftmost-longest, finds the airport.
    private func conceptsNamed(in target: String, protected: [Range<Int>]) throws -> Set<Int> {
        var concepts = Set<Int>()
        var texts = [(target, protected)]
        // A name within a name holds no protected text: masked tokens are never part of a name.
        while let (text, protected) = texts.popLast() {
            let tokens = try tokenize(text, with: targetTokenizer, protected: protected)
            for occurrence in try targetScanner.occurrences(in: tokens) {
                let form = terms.forms[Int(occurrence.form)]
                // A deprecated spelling is a translation all the same ("Herat" in French): the
                // target check reports its spelling.
                if form.language.primary == targetLanguage.primary || occurrence.quality != .listed {
                    concepts.insert(Int(form.conceptRow) - 1)
                }
                if occurrence.lastToken > occurrence.firstToken {
                    let inner = Int(tokens.spans[occurrence.firstToken + 1].start)..<occurrence.utf8Range.upperBound
                    texts.append((tokens.text(in: inner), []))
                }
            }
        }
        return concepts
    }
}
