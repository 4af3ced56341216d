import GlossaGlossary
import GlossaMatching
import GlossaText

/// Turns segments into scoring tokens, finding glossary names with `TermScanner` so that a
/// name spanning several words ("Mazar-i-Sharif") is one token and a placeable.
///
/// For scoring, only names written as listed (ignoring case and typography) or differing by
/// accents count. `occurrences` (what `suggest` shows) also reports transliteration variants,
/// and then needs the language's word list, so that an ordinary word ("envoyé") is never
/// taken for a variant of a name ("envoy"). Caches grow with the distinct words seen; one
/// analyzer serves one process.
public final class SegmentAnalyzer {
    public let terms: TermIndex?
    private let loadsWordLists: Bool
    private var tokenizers: [String: Tokenizer] = [:]
    private var scanners: [String: TermScanner] = [:]
    private var foldedForms: [String: String] = [:]

    /// `loadsWordLists`: load the system word list of each language (about 0.1 s) so that
    /// transliteration variants can be trusted; search does without.
    public init(terms: TermIndex?, loadsWordLists: Bool = false) {
        self.terms = terms
        self.loadsWordLists = loadsWordLists
    }

    public func tokens(_ text: String, language: String) throws -> [ScoringToken] {
        let tokenized = try tokenizer(language).tokenize(text)
        let raw = tokenized.tokens()
        var names: [Int: (last: Int, concept: Int64)] = [:]
        if let scanner = scanner(language), let terms {
            for occurrence in try scanner.occurrences(in: tokenized) where Self.isReliable(occurrence.quality) {
                names[occurrence.firstToken] = (occurrence.lastToken, terms.forms[Int(occurrence.form)].conceptRow)
            }
        }
        var tokens: [ScoringToken] = []
        tokens.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let token = raw[index]
            let start = token.start.utf8Offset
            if let name = names[index] {
                let end = raw[name.last].end
                let text = raw[index...name.last].map(\.text).joined()
                tokens.append(ScoringToken(text: text, folded: try folded(text), kind: .name(concept: name.concept),
                                           utf8Range: start..<end))
                index = name.last + 1
                continue
            }
            index += 1
            let kind: ScoringToken.Kind
            switch token.kind {
            case .space: continue
            case .number: kind = .number
            case .word, .elision: kind = .word
            case .punctuation: kind = .punctuation
            }
            tokens.append(ScoringToken(text: token.text, folded: try folded(token.text), kind: kind, utf8Range: start..<token.end))
        }
        return tokens
    }

    /// Glossary names in `text`, in order; their `utf8Range` is a range of `text.utf8`.
    /// Transliteration variants only when word lists are loaded.
    public func occurrences(_ text: String, language: String) throws -> [TermOccurrence] {
        guard let scanner = scanner(language) else { return [] }
        let found = try scanner.occurrences(in: try tokenizer(language).tokenize(text))
        return loadsWordLists ? found : found.filter { Self.isReliable($0.quality) }
    }

    public func concept(row: Int64) -> Concept? {
        guard let terms, row >= 1, Int(row) <= terms.concepts.count else { return nil }
        return terms.concepts[Int(row) - 1]
    }

    static func isReliable(_ quality: TermOccurrence.Quality) -> Bool {
        switch quality {
        case .listed, .accents: true
        case .transliteration: false
        }
    }

    func tokenizer(_ language: String) -> Tokenizer {
        if let tokenizer = tokenizers[language] { return tokenizer }
        let tokenizer = Tokenizer(locale: language)
        tokenizers[language] = tokenizer
        return tokenizer
    }

    private func scanner(_ language: String) -> TermScanner? {
        guard let terms, let code = LanguageCode(language) else { return nil }
        if let scanner = scanners[language] { return scanner }
        var dictionary = WordList.empty
        if loadsWordLists { dictionary = (try? WordList(contentsOf: WordList.system(for: code.primary))) ?? .empty }
        let scanner = TermScanner(terms: terms, language: code, dictionary: dictionary)
        scanners[language] = scanner
        return scanner
    }

    private func folded(_ text: String) throws -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.lowercased() }
        if let cached = foldedForms[text] { return cached }
        let folded = try TextForms.folded(text)
        if foldedForms.count > 200_000 { foldedForms.removeAll(keepingCapacity: true) }
        foldedForms[text] = folded
        return folded
    }
}
