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
    /// Per distinct token text: its key, and the trie node its key leads to from the root
    /// (nil for the great majority of words, which start no glossary name).
    private var keyCache: [String: Keyed] = [:]

    /// A token's key, where it leads from the root, and for a short word in capitals, which may
    /// be initials ("ONU") or a word of a headline ("LES ÉTATS-UNIS"), the key of the word too.
    private struct Keyed {
        let key: [UInt8]
        let fromRoot: KeyTrie.Node?
        let wordKey: [UInt8]?
        let wordFromRoot: KeyTrie.Node?
    }
    /// Confirmations by span text and trie node: names repeat, so each is judged once.
    private var confirmations: [ConfirmationKey: Confirmation?] = [:]

    private struct ConfirmationKey: Hashable {
        let text: String
        let node: KeyTrie.Node
    }

    private struct Confirmation {
        let form: Int32
        let quality: TermOccurrence.Quality
        let isOtherLanguageSpelling: Bool
    }

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
        try keyed(token).key
    }

    private func keyed(_ token: Token) throws -> Keyed {
        if let cached = keyCache[token.text] { return cached }
        let key = Array(try keys.key(token.text).utf8)
        var wordKey: [UInt8]?
        if key.first == UInt8(ascii: "=") {
            wordKey = Array(try keys.key(token.text.lowercased()).utf8)
        }
        func fromRoot(_ key: [UInt8]?) -> KeyTrie.Node? {
            guard let key, !key.isEmpty else { return nil }
            return terms.walk(from: terms.root, key)
        }
        let entry = Keyed(key: key, fromRoot: fromRoot(key), wordKey: wordKey, wordFromRoot: fromRoot(wordKey))
        keyCache[token.text] = entry
        return entry
    }

    /// Follows a token from `node`: by its key, else (capitals) by its word key.
    private func walk(from node: KeyTrie.Node, _ keyed: Keyed) -> KeyTrie.Node? {
        if let next = terms.walk(from: node, keyed.key) { return next }
        guard let wordKey = keyed.wordKey, !wordKey.isEmpty else { return nil }
        return terms.walk(from: node, wordKey)
    }

    private func longestMatch(startingAt first: Int, in tokens: [Token]) throws -> TermOccurrence? {
        let firstKeyed = try keyed(tokens[first])
        guard let start = firstKeyed.fromRoot ?? firstKeyed.wordFromRoot else { return nil }
        var node = start
        var ends: [(last: Int, node: KeyTrie.Node)] = []
        if !terms.forms(endingAt: node).isEmpty { ends.append((first, node)) }
        var current = first
        while let next = Self.nextJoinedWord(after: current, in: tokens) {
            current = next
            let tokenKeyed = try keyed(tokens[current])
            if !tokenKeyed.key.isEmpty {
                guard let next = walk(from: node, tokenKeyed) else { break }
                node = next
                // An elided article belongs to the word after it, never ends a name.
                if tokens[current].kind != .elision, !terms.forms(endingAt: node).isEmpty { ends.append((current, node)) }
            }
        }
        for end in ends.reversed() {
            let text = end.last == first ? tokens[first].text : tokens[first...end.last].map(\.text).joined()
            let key = ConfirmationKey(text: text, node: end.node)
            let confirmation: Confirmation?
            if let cached = confirmations[key] {
                confirmation = cached
            } else {
                confirmation = try confirm(text, candidates: terms.forms(endingAt: end.node), tokens: tokens[first...end.last])
                confirmations[key] = confirmation
            }
            if let confirmation {
                return TermOccurrence(firstToken: first, lastToken: end.last, start: tokens[first].start,
                                      utf8Length: tokens[end.last].end - tokens[first].start.utf8Offset, text: text,
                                      form: confirmation.form, quality: confirmation.quality,
                                      isOtherLanguageSpelling: confirmation.isOtherLanguageSpelling)
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
                guard token.text.utf8.count <= 4, !token.text.utf8.contains(0x0A), !token.text.utf8.contains(0x0D) else { return nil }
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

    private func confirm(_ text: String, candidates: [Int32], tokens: ArraySlice<Token>) throws -> Confirmation? {
        let ranked = candidates.sorted { preference(terms.forms[Int($0)]) < preference(terms.forms[Int($1)]) }
        // Most names are written exactly as listed: that needs no normalisation at all.
        if let verbatim = ranked.first(where: {
            terms.forms[Int($0)].text == text && terms.forms[Int($0)].language.primary == language.primary
        }) {
            let form = terms.forms[Int(verbatim)]
            let otherLanguage = ranked.contains {
                let other = terms.forms[Int($0)]
                return other.exact == form.exact && other.language.primary != language.primary && other.status != .deprecated
            }
            return Confirmation(form: verbatim, quality: .listed, isOtherLanguageSpelling: otherLanguage)
        }
        let exact = try TextForms.exact(text)
        let otherLanguage = ranked.contains {
            let form = terms.forms[Int($0)]
            return form.exact == exact && form.language.primary != language.primary && form.status != .deprecated
        }
        func confirmation(_ form: Int32, _ quality: TermOccurrence.Quality) -> Confirmation {
            Confirmation(form: form, quality: quality, isOtherLanguageSpelling: otherLanguage)
        }
        // Case decides between listed spellings that differ only by it ("Taliban", deprecated
        // in French, and "taliban"); otherwise case does not matter.
        let plain = Typography.plain(text)
        let listed = ranked.filter { terms.forms[Int($0)].exact == exact }
        // "américains" (an adjective) is not "Américains" (the people): a lower-case word never
        // matches a concept all of whose spellings are capitalised.
        if text.first?.isLowercase == true, !listed.isEmpty,
           !listed.contains(where: { terms.forms[Int($0)].text.first?.isLowercase ?? true }) {
            return nil
        }
        if let best = listed.first(where: { terms.forms[Int($0)].text == plain && terms.forms[Int($0)].language.primary == language.primary })
            ?? listed.first {
            return confirmation(best, .listed)
        }
        guard plausibleVariant(text, tokens: tokens, candidates: ranked) else { return nil }
        let folded = try TextForms.folded(text)
        if let accents = ranked.first(where: { terms.forms[Int($0)].folded == folded }) {
            return confirmation(accents, .accents)
        }
        let orthographic = try keys.orthographic(text)
        let scored = ranked.map { ($0, Similarity.transliterationDistance(orthographic, terms.forms[Int($0)].orthographic)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= Self.variantDistanceLimit,
              orthographic.first == terms.forms[Int(best.0)].orthographic.first
        else { return nil }
        return confirmation(best.0, .transliteration(distance: best.1))
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
