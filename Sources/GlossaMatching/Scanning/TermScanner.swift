import GlossaGlossary
import GlossaText

/// Finds glossary names in a token stream, leftmost-longest: at each word, the longest
/// sequence of joined tokens whose keys spell a glossary key and whose text confirms it.
///
/// Tokens join across a single space, a hyphen or an apostrophe on the same line, never
/// across other punctuation. Keys are memoised per token text, so ICU runs once per
/// distinct word of a document, not once per token.
public final class TermScanner {
    public let terms: TermIndex
    public let language: LanguageCode
    private let keys: VariantKeyBuilder
    private let dictionary: WordList
    private var keyCache: [String: [UInt8]] = [:]

    public init(terms: TermIndex, language: LanguageCode, dictionary: WordList, keys: VariantKeyBuilder = .shared) {
        self.terms = terms
        self.language = language
        self.dictionary = dictionary
        self.keys = keys
    }

    public func occurrences(in tokens: [Token]) throws -> [TermOccurrence] {
        var found: [TermOccurrence] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word || tokens[index].kind == .number,
                  let occurrence = try longestMatch(startingAt: index, in: tokens)
            else {
                index += 1
                continue
            }
            found.append(occurrence)
            index = occurrence.lastToken + 1
        }
        return found
    }

    func key(_ token: Token) throws -> [UInt8] {
        if let key = keyCache[token.text] { return key }
        let key = Array(try keys.key(token.text).utf8)
        keyCache[token.text] = key
        return key
    }

    private func longestMatch(startingAt first: Int, in tokens: [Token]) throws -> TermOccurrence? {
        var node = terms.root
        var ends: [(last: Int, node: KeyTrie.Node)] = []
        var current = first
        while true {
            let tokenKey = try key(tokens[current])
            if tokenKey.isEmpty {
                if current == first { return nil }
            } else {
                guard let next = terms.walk(from: node, tokenKey) else { break }
                node = next
                // An elided article belongs to the word after it, never ends a name.
                if tokens[current].kind != .elision, !terms.forms(endingAt: node).isEmpty { ends.append((current, node)) }
            }
            guard let next = Self.nextJoinedWord(after: current, in: tokens) else { break }
            current = next
        }
        for end in ends.reversed() {
            if let occurrence = try confirm(first, end.last, candidates: terms.forms(endingAt: end.node), tokens) {
                return occurrence
            }
        }
        return nil
    }

    /// The next word token when only a joiner separates it from `index`.
    static func nextJoinedWord(after index: Int, in tokens: [Token]) -> Int? {
        var next = index + 1
        var joiners = 0
        while next < tokens.count {
            let token = tokens[next]
            switch token.kind {
            case .word, .number, .elision:
                return joiners <= 1 ? next : nil
            case .space:
                guard !token.text.contains(where: \.isNewline), token.text.unicodeScalars.count <= 2 else { return nil }
            case .punctuation:
                guard token.text.unicodeScalars.count == 1, let scalar = token.text.unicodeScalars.first,
                      Typography.isHyphen(scalar) || Typography.isApostrophe(scalar)
                else { return nil }
                joiners += 1
            }
            next += 1
        }
        return nil
    }

    private func confirm(_ first: Int, _ last: Int, candidates: [Int32], _ tokens: [Token]) throws -> TermOccurrence? {
        let text = tokens[first...last].map(\.text).joined()
        let exact = try TextForms.exact(text)
        let ranked = candidates.sorted { preference(terms.forms[Int($0)]) < preference(terms.forms[Int($1)]) }
        let otherLanguage = ranked.contains {
            let form = terms.forms[Int($0)]
            return form.exact == exact && form.language.primary != language.primary && form.status != .deprecated
        }
        func occurrence(_ form: Int32, _ quality: TermOccurrence.Quality) -> TermOccurrence {
            TermOccurrence(firstToken: first, lastToken: last, start: tokens[first].start,
                           utf8Length: tokens[last].end - tokens[first].start.utf8Offset,
                           text: text, form: form, quality: quality, isOtherLanguageSpelling: otherLanguage)
        }
        // Case decides between listed spellings that differ only by it ("Taliban", deprecated
        // in French, and "taliban"); otherwise case does not matter.
        let plain = Typography.plain(text)
        let listed = ranked.filter { terms.forms[Int($0)].exact == exact }
        if let best = listed.first(where: { terms.forms[Int($0)].text == plain && terms.forms[Int($0)].language.primary == language.primary })
            ?? listed.first {
            return occurrence(best, .listed)
        }
        guard plausibleVariant(text, tokens: tokens[first...last], candidates: ranked) else { return nil }
        let folded = try TextForms.folded(text)
        if let accents = ranked.first(where: { terms.forms[Int($0)].folded == folded }) {
            return occurrence(accents, .accents)
        }
        let orthographic = try keys.orthographic(text)
        let scored = ranked.map { ($0, Similarity.transliterationDistance(orthographic, terms.forms[Int($0)].orthographic)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= Self.variantDistanceLimit,
              orthographic.first == terms.forms[Int(best.0)].orthographic.first
        else { return nil }
        return occurrence(best.0, .transliteration(distance: best.1))
    }

    /// Running text is not a query: an unlisted spelling must be closer to a listed one than
    /// `Lookup` asks ("Landen" is not "London", though "Kuwayt" is "Kuwait").
    static let variantDistanceLimit = 0.12

    /// Guards for spellings the glossary does not list: an ordinary word of the language is
    /// not a name ("heurte" is not "Hérat"), a name does not end on an ordinary lower-case
    /// word ("taliban se" is not "talibans"), and a lower-case word is not a proper name.
    private func plausibleVariant(_ text: String, tokens: ArraySlice<Token>, candidates: [Int32]) -> Bool {
        if tokens.count == 1, dictionary.contains(text) { return false }
        if tokens.count > 1, let last = tokens.last, last.text.first?.isLowercase == true, dictionary.contains(last.text) {
            return false
        }
        guard let first = text.first, first.isLowercase else { return true }
        return candidates.contains { terms.forms[Int($0)].text.first?.isLowercase ?? false }
    }

    /// Spellings of the text's language first, then by status, listed before plurals.
    private func preference(_ form: GlossaryIndex.Form) -> (Int, TermStatus, Int) {
        (form.language.primary == language.primary ? 0 : 1, form.status, form.origin.rawValue)
    }
}
