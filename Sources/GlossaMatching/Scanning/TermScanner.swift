import GlossaGlossary
import GlossaText

/// Finds glossary names in a tokenized text, leftmost-longest: at each word, the longest
/// sequence of joined tokens whose keys spell a glossary key and whose text confirms it.
///
/// Tokens join across a single space, a hyphen or an apostrophe on the same line, never
/// across other punctuation. Every distinct word gets an id (see `WordTable`) and its key is
/// built once, so ICU runs once per distinct word of a run, not once per token.
public final class TermScanner {
    public let terms: TermIndex
    public let language: LanguageCode
    private let keys: VariantKeyBuilder
    private let dictionary: WordList
    private var words = WordTable()
    /// Per word id: its key and where the key leads in the glossary trie.
    private var keyed: [Keyed] = []
    /// Per word id, what the scan asks of every word, a byte each: the loop over a text's
    /// words reads this small array instead of `keyed`, whose entries are forty bytes apart.
    private var wordFlags: [WordFlags] = []
    /// The keys of every word, end to end: `Keyed` holds ranges of it, so that it is plain
    /// data, copied without reference counting on the scanner's path.
    private var keyBytes: [UInt8] = []

    /// A word's key, where it leads from the root (nil for the great majority of words, which
    /// start no glossary name), and for a short word in capitals, which may be initials
    /// ("ONU") or a word of a headline ("LES ÉTATS-UNIS"), the key of the word too.
    private struct Keyed {
        let key: Range<Int32>
        let fromRoot: KeyTrie.Node?
        /// Empty when the word has none.
        let wordKey: Range<Int32>
        let wordFromRoot: KeyTrie.Node?
        /// No key, and a capital: "U" of "U Thant", "Ouia" of "Qachooukam bin Ouia". Lower-case
        /// words without a key ("a", "à", "y") never start or end a name.
        let isKeylessCapital: Bool
        let startsLowercase: Bool

        var mayStartName: Bool { fromRoot != nil || wordFromRoot != nil }

        var flags: WordFlags {
            WordFlags(rawValue: (mayStartName ? WordFlags.mayStartName.rawValue : 0)
                      | (isKeylessCapital ? WordFlags.keylessCapital.rawValue : 0))
        }
    }

    private struct WordFlags: OptionSet {
        let rawValue: UInt8
        static let mayStartName = WordFlags(rawValue: 1)
        static let keylessCapital = WordFlags(rawValue: 2)
    }
    /// Per word id, the confirmation of the word alone as a name, once known. A one-word span
    /// always ends at the node its own key leads to, so the word decides it, and the common
    /// words whose keys happen to spell a name's ("sud", "Sadé") are judged once each.
    private var wordConfirmations: [Confirmation??] = []
    /// Confirmations of longer spans, by the span's bytes: names repeat, so each is judged
    /// once. The bytes decide the words and so the trie node the span ends at.
    private var spans = WordTable()
    private var spanConfirmations: [Confirmation?] = []

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

    /// Forgets every word and span met so far, and their ids: a text whose vocabulary never
    /// stops growing (random ids, hashes) must not take memory without bound. Callers that
    /// keep facts by word id forget them too.
    public func forgetWords() {
        words = WordTable()
        keyed = []
        wordFlags = []
        keyBytes = []
        wordConfirmations = []
        spans = WordTable()
        spanConfirmations = []
    }

    /// The word id of each token, or -1 for spaces and punctuation. Ids are stable until
    /// `forgetWords`, so callers can keep their own per-word facts by id.
    public func wordIDs(in text: TokenizedText) throws -> [Int32] {
        var ids = [Int32](repeating: -1, count: text.count)
        // Work on local copies: a stored property of a class is checked for exclusive access
        // on every mutation, which costs more than the lookup itself.
        var words = self.words, keyed = self.keyed, keyBytes = self.keyBytes, wordConfirmations = self.wordConfirmations
        var wordFlags = self.wordFlags
        self.words = WordTable()
        self.keyed = []
        self.wordFlags = []
        self.keyBytes = []
        self.wordConfirmations = []
        defer {
            self.words = words
            self.keyed = keyed
            self.wordFlags = wordFlags
            self.keyBytes = keyBytes
            self.wordConfirmations = wordConfirmations
        }
        try text.bytes.withUnsafeBufferPointer { bytes in
            for (index, span) in text.spans.enumerated() where span.kind != .space && span.kind != .punctuation {
                let (id, isNew) = words.insert(span.range, of: bytes)
                if isNew {
                    let made = try makeKeyed(text.text(index), appendingTo: &keyBytes)
                    keyed.append(made)
                    wordFlags.append(made.flags)
                    wordConfirmations.append(.none)
                }
                ids[index] = id
            }
        }
        return ids
    }

    public var wordCount: Int { words.count }

    public func word(_ id: Int32) -> String {
        String(decoding: words.bytes(of: id), as: UTF8.self)
    }

    public func key(_ id: Int32) -> ArraySlice<UInt8> {
        let range = keyed[Int(id)].key
        return keyBytes[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    public func occurrences(in text: TokenizedText) throws -> [TermOccurrence] {
        try occurrences(in: text, wordIDs: try wordIDs(in: text))
    }

    public func occurrences(in text: TokenizedText, wordIDs ids: [Int32]) throws -> [TermOccurrence] {
        var found: [TermOccurrence] = []
        var ends: [(last: Int, node: KeyTrie.Node)] = []
        var index = 0
        while index < text.count {
            let id = ids[index]
            guard id >= 0, text.spans[index].isWordLike, wordFlags[Int(id)].contains(.mayStartName),
                  let occurrence = try longestMatch(startingAt: index, in: text, ids: ids, after: found.last?.lastToken ?? -1,
                                                    ends: &ends)
            else {
                index += 1
                continue
            }
            found.append(occurrence)
            index = occurrence.lastToken + 1
        }
        return found
    }

    private func makeKeyed(_ word: String, appendingTo keyBytes: inout [UInt8]) throws -> Keyed {
        func append(_ key: String) -> Range<Int32> {
            let start = Int32(keyBytes.count)
            keyBytes.append(contentsOf: key.utf8)
            return start..<Int32(keyBytes.count)
        }
        let wholeKey = try keys.key(word)
        let key = append(wholeKey)
        let wordKey = wholeKey.utf8.first == UInt8(ascii: "=") ? append(try keys.key(word.lowercased())) : key.upperBound..<key.upperBound
        func fromRoot(_ range: Range<Int32>) -> KeyTrie.Node? {
            guard !range.isEmpty else { return nil }
            return Self.walk(terms, from: terms.root, keyBytes, range)
        }
        return Keyed(key: key, fromRoot: fromRoot(key), wordKey: wordKey, wordFromRoot: fromRoot(wordKey),
                     isKeylessCapital: key.isEmpty && word.startsWithCapital,
                     startsLowercase: word.startsWithLowercase)
    }

    /// Follows a token from `node`: by its key, else (capitals) by its word key.
    private func walk(from node: KeyTrie.Node, _ keyed: Keyed) -> KeyTrie.Node? {
        if let next = Self.walk(terms, from: node, keyBytes, keyed.key) { return next }
        guard !keyed.wordKey.isEmpty else { return nil }
        return Self.walk(terms, from: node, keyBytes, keyed.wordKey)
    }

    private static func walk(_ terms: TermIndex, from node: KeyTrie.Node, _ keyBytes: [UInt8], _ range: Range<Int32>) -> KeyTrie.Node? {
        keyBytes.withUnsafeBufferPointer { terms.walk(from: node, UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)])) }
    }

    /// `ends` is scratch space, kept by the caller so that the millions of words that start no
    /// name allocate nothing. A name found may take in a word just before `first`, but none
    /// at or before `previousEnd`, the last token of the name found before.
    private func longestMatch(startingAt first: Int, in text: TokenizedText, ids: [Int32], after previousEnd: Int,
                              ends: inout [(last: Int, node: KeyTrie.Node)]) throws -> TermOccurrence? {
        let firstKeyed = keyed[Int(ids[first])]
        guard let start = firstKeyed.fromRoot ?? firstKeyed.wordFromRoot else { return nil }
        // Such a word has no key either, so no walk starts there: "U Thant" is found from
        // "Thant", and the spans that take in "U" are tried first, being leftmost.
        let opener = keylessCapital(before: first, after: previousEnd, in: text, ids: ids)
        // Only a form that starts with a lower-case letter confirms a span that does (see
        // `confirm`), and most words are lower-case: their walks stop where no such form lies ahead.
        let lowercaseOnly = firstKeyed.startsLowercase && opener == nil
        if lowercaseOnly, !terms.leadsToLowercaseForm(start) { return nil }
        var node = start
        ends.removeAll(keepingCapacity: true)
        let endsAlone = terms.endsForm(node)
        var current = first
        while let next = Self.nextJoinedWord(after: current, in: text) {
            current = next
            let tokenKeyed = keyed[Int(ids[current])]
            // A word without consonants has an empty key ("Ouia" in "Qachooukam bin Ouia"):
            // it leaves the node where it was, but the name may still end on it if it is
            // capitalised (not on "a", "à" or "y").
            if !tokenKeyed.key.isEmpty {
                guard let next = walk(from: node, tokenKeyed), !lowercaseOnly || terms.leadsToLowercaseForm(next) else { break }
                node = next
            } else if !tokenKeyed.isKeylessCapital {
                continue
            }
            // An elided article belongs to the word after it, never ends a name.
            if text.spans[current].kind != .elision, terms.endsForm(node) { ends.append((current, node)) }
        }
        guard endsAlone || !ends.isEmpty else { return nil }
        // A common word whose key spells a name's ("est", "sud") was judged alone once already.
        if endsAlone, opener != nil || wordConfirmations[Int(ids[first])].map({ $0 != nil }) ?? true {
            ends.insert((first, start), at: 0)
        }
        func occurrence(_ span: ClosedRange<Int>, endingAt node: KeyTrie.Node) throws -> TermOccurrence? {
            guard let (confirmation, spelling) = try confirmSpan(span, at: node, in: text, ids: ids) else { return nil }
            return TermOccurrence(firstToken: span.lowerBound, lastToken: span.upperBound,
                                  utf8Range: Int(text.spans[span.lowerBound].start)..<text.spans[span.upperBound].end, spelling: spelling,
                                  form: confirmation.form, quality: confirmation.quality,
                                  isOtherLanguageSpelling: confirmation.isOtherLanguageSpelling)
        }
        func longest(from opening: Int) throws -> TermOccurrence? {
            for end in ends.reversed() {
                // Initials end with their own full stop ("U.N."), which the word breaker leaves out.
                if let stop = Self.fullStop(endingInitials: end.last, in: text), let found = try occurrence(opening...stop, endingAt: end.node) {
                    return found
                }
                if let found = try occurrence(opening...end.last, endingAt: end.node) { return found }
            }
            return nil
        }
        if let opener, let occurrence = try longest(from: opener) { return occurrence }
        return try longest(from: first)
    }

    /// The full stop right after a word with dots inside ("U.N" of "U.N."), if there is one.
    private static func fullStop(endingInitials word: Int, in text: TokenizedText) -> Int? {
        let next = word + 1
        guard next < text.count, text.spans[next].kind == .punctuation, text.spans[next].length == 1,
              text.bytes[Int(text.spans[next].start)] == UInt8(ascii: "."), text.bytes[text.spans[word].range].contains(UInt8(ascii: "."))
        else { return nil }
        return next
    }

    /// The capitalised word without a key ("U", "Ai") joined to the word at `index`, if any
    /// and if it comes after `previousEnd`.
    private func keylessCapital(before index: Int, after previousEnd: Int, in text: TokenizedText, ids: [Int32]) -> Int? {
        // Joined means at most a few tokens back: look for the word itself before walking back.
        let nearest = max(0, previousEnd + 1, index - 4)
        guard nearest < index, (nearest..<index).contains(where: { ids[$0] >= 0 && wordFlags[Int(ids[$0])].contains(.keylessCapital) }),
              let opener = Self.joinedWord(before: index, in: text), opener > previousEnd, text.spans[opener].kind == .word,
              wordFlags[Int(ids[opener])].contains(.keylessCapital)
        else { return nil }
        return opener
    }

    /// The confirmation of the words `span` as a name whose key ends at `node`, and the span's
    /// spelling id (see `TermOccurrence.spelling`); nil when the span is no name. Cached per
    /// word for one word, per span bytes for more.
    private func confirmSpan(_ span: ClosedRange<Int>, at node: KeyTrie.Node, in text: TokenizedText,
                             ids: [Int32]) throws -> (Confirmation, Int32)? {
        let confirmation: Confirmation?
        let id = ids[span.lowerBound]
        var spelling = id
        if span.count == 1, let known = wordConfirmations[Int(id)] {
            confirmation = known
        } else if span.count == 1 {
            confirmation = try confirm(word(id), ranked: ranked(at: node), words: [id])
            wordConfirmations[Int(id)] = .some(confirmation)
        } else {
            let range = Int(text.spans[span.lowerBound].start)..<text.spans[span.upperBound].end
            let (spanID, isNew) = text.bytes.withUnsafeBufferPointer { spans.insert(range, of: $0) }
            spelling = -1 - spanID
            if isNew {
                // The last word: a span may end on the full stop of initials.
                let last = ids[span.upperBound] >= 0 ? span.upperBound : span.upperBound - 1
                let keyless = keyed[Int(ids[span.lowerBound])].key.isEmpty || keyed[Int(ids[last])].key.isEmpty
                confirmation = try confirm(text.text(in: range), ranked: ranked(at: node),
                                           words: span.compactMap { ids[$0] >= 0 ? ids[$0] : nil }, hasKeylessEdge: keyless)
                spanConfirmations.append(confirmation)
            } else {
                confirmation = spanConfirmations[Int(spanID)]
            }
        }
        return confirmation.map { ($0, spelling) }
    }

    /// The next word token when only a joiner separates it from `index`.
    static func nextJoinedWord(after index: Int, in text: TokenizedText) -> Int? {
        joinedWord(from: index, step: 1, in: text)
    }

    /// The word token before `index` when only a joiner separates them.
    static func joinedWord(before index: Int, in text: TokenizedText) -> Int? {
        joinedWord(from: index, step: -1, in: text)
    }

    private static func joinedWord(from index: Int, step: Int, in text: TokenizedText) -> Int? {
        var next = index + step
        var joiners = 0
        while next >= 0, next < text.count {
            let span = text.spans[next]
            switch span.kind {
            case .word, .number, .elision:
                return joiners <= 1 ? next : nil
            case .space:
                // A single ASCII space is the common case; a line break never joins.
                let isLineBreak = { (byte: UInt8) in byte == 0x0A || byte == 0x0D }
                guard span.length == 1 ? !isLineBreak(text.bytes[Int(span.start)])
                        : span.length <= 4 && !text.bytes[span.range].contains(where: isLineBreak)
                else { return nil }
            case .punctuation:
                guard isJoiner(text.bytes[span.range]) else { return nil }
                joiners += 1
            }
            next += step
        }
        return nil
    }

    /// A single hyphen or apostrophe, in any of their typographic forms.
    private static func isJoiner(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.count == 1 { return bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "'") || bytes.first == UInt8(ascii: "`") }
        guard bytes.count <= 4 else { return false }
        let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return Typography.isHyphen(scalar) || Typography.isApostrophe(scalar)
    }

    /// The forms ending at a trie node, best first (see `preference`), by node.
    private var rankedForms: [KeyTrie.Node: [Int32]] = [:]

    private func ranked(at node: KeyTrie.Node) -> [Int32] {
        if let ranked = rankedForms[node] { return ranked }
        let ranked = terms.forms(endingAt: node).map { ($0, preference(Int($0))) }
            .sorted { $0.1 < $1.1 }.map(\.0)
        rankedForms[node] = ranked
        return ranked
    }

    /// A span that starts or ends on a word without a key ("Ouia", but also "a" or "y") is a
    /// variant only of a form with as many words: the key cannot tell whether that word belongs to it.
    private func confirm(_ text: String, ranked: [Int32], words: [Int32], hasKeylessEdge: Bool = false) throws -> Confirmation? {
        let primary = language.primary
        let forms = terms.forms
        // Most names are written exactly as listed: that needs no normalisation, and no `Form`.
        if let verbatim = ranked.first(where: { forms.language(at: Int($0)).primary == primary && forms.text(at: Int($0), is: text) }) {
            let otherLanguage = ranked.contains {
                forms.language(at: Int($0)).primary != primary && forms.status(at: Int($0)) != .deprecated
                    && forms.exactForms(at: Int($0), and: Int(verbatim))
            }
            return Confirmation(form: verbatim, quality: .listed, isOtherLanguageSpelling: otherLanguage)
        }
        // Each candidate form is fetched once: the table builds a `Form` on access.
        let candidates = ranked.map { (position: $0, form: forms[Int($0)]) }
        let exact = try TextForms.exact(text)
        let otherLanguage = candidates.contains {
            $0.form.exact == exact && $0.form.language.primary != primary && $0.form.status != .deprecated
        }
        func confirmation(_ form: Int32, _ quality: TermOccurrence.Quality) -> Confirmation {
            Confirmation(form: form, quality: quality, isOtherLanguageSpelling: otherLanguage)
        }
        // Case decides between listed spellings that differ only by it ("Taliban", deprecated
        // in French, and "taliban"); otherwise case does not matter.
        let plain = Typography.plain(text)
        let listed = candidates.filter { $0.form.exact == exact }
        // "américains" (an adjective) is not "Américains" (the people), nor "the west of the
        // country" "the West" (the bloc): a lower-case word never matches a name all of whose
        // spellings it matches, and all of whose spellings in the language with its key, are
        // capitalised ("republican" is no "Republican"), nor text without a capital one all of
        // whose such spellings have one. English writes "al-Qaeda": there, "al-Qaïda" is still
        // the French "Al-Qaïda".
        // A name none of whose words is an ordinary word ("taleban") is still the name, written
        // in lower case. (The scan reaches such a word only when a spelling in lower case shares
        // its key: "kaboul" in English is missed, as are slugs and file names.)
        let cased = listed + candidates.filter { $0.form.language.primary == primary }
        if !listed.isEmpty, text.first?.isLowercase == true,
           !cased.contains(where: { $0.form.text.first?.isLowercase ?? true })
            || (!text.contains(where: \.isUppercase) && cased.allSatisfy { $0.form.text.contains(where: \.isUppercase) }),
           dictionary.isEmpty || words.contains(where: { dictionary.contains(word($0)) }) {
            return nil
        }
        // "The west of the country", at a sentence's start, is no more "the West" than "the
        // west" is: names that start in lower case and have a capital further on ask for one.
        if !listed.isEmpty, text.first?.isUppercase == true, !text.dropFirst().contains(where: \.isUppercase),
           cased.allSatisfy({ $0.form.text.first?.isLowercase == true && $0.form.text.dropFirst().contains(where: \.isUppercase) }) {
            return nil
        }
        if let best = listed.first(where: { $0.form.text == plain && $0.form.language.primary == primary }) ?? listed.first {
            return confirmation(best.position, .listed)
        }
        guard try plausibleVariant(text, words: words, candidates: candidates.map(\.form)) else { return nil }
        let folded = try TextForms.folded(text)
        if let accents = candidates.first(where: { $0.form.folded == folded }) {
            return confirmation(accents.position, .accents)
        }
        if Self.isDerived(folded: folded, fromAnyOf: candidates.map(\.form.folded)) { return nil }
        // "ministre de l'Intérieur" is French, not a spelling of "ministère de l'Intérieur": a
        // span of ordinary words of the language (and elided articles) is no unlisted variant.
        if words.count > 1, words.allSatisfy({ isOrdinaryOrElided(word($0)) }) { return nil }
        let orthographic = try keys.orthographic(text)
        let wordCount = orthographic.split(separator: " ").count
        // Forms too different in length to come within the limit cannot be the accepted best.
        let scored = candidates.lazy
            .filter { !hasKeylessEdge || $0.form.orthographic.split(separator: " ").count == wordCount }
            .filter { Similarity.transliterationDistanceLowerBound(orthographic, $0.form.orthographic) <= Self.variantDistanceLimit }
            .map { ($0, Similarity.transliterationDistance(orthographic, $0.form.orthographic)) }
        // Of spellings as near, one whose first letter has the text's case: "al Qaida" is
        // "al-Qaida", not the admitted "Al-Qaida".
        let textStartsLowercase = text.first?.isLowercase == true
        func caseMismatch(_ form: GlossaryIndex.Form) -> Int { (form.text.first?.isLowercase == true) == textStartsLowercase ? 0 : 1 }
        guard let best = scored.min(by: { ($0.1, caseMismatch($0.0.form)) < ($1.1, caseMismatch($1.0.form)) }),
              best.1 <= Self.variantDistanceLimit,
              orthographic.first == best.0.form.orthographic.first,
              best.1 == 0 || best.0.form.orthographic.count > Self.shortName
        else { return nil }
        return confirmation(best.0.position, .transliteration(distance: best.1))
    }

    /// A short name is one vowel away from other names ("Baden" and "Biden"): it has unlisted
    /// variants only through the spelling equivalences (distance 0: "Kaboul", "Kabul").
    static let shortName = KeyNeighbourhood.longestShortName

    /// A word made from a name, "Qatari" or "Helmandi": the name and a suffix with a vowel,
    /// beyond a plural ending, is another word, not a spelling of the name. An added consonant
    /// alone is left to the distance to judge.
    /// A name ending in s or x is taken without it too: "États-Uniens" is made from "États-Unis".
    /// `folded` is the text without accents or case (`TextForms.folded`), compared with each
    /// form's (`names`), so that every listed spelling of the name counts.
    static func isDerived(folded lowered: String, fromAnyOf names: [String]) -> Bool {
        names.contains { name in
            let stems = name.last == "s" || name.last == "x" ? [name, String(name.dropLast())] : [name]
            return stems.contains { stem in
                guard lowered.count > stem.count, lowered.hasPrefix(stem), lowered != name else { return false }
                var ending = lowered.dropFirst(stem.count)
                if ending.last == "s" || ending.last == "x" { ending = ending.dropLast() }
                return ending.allSatisfy(\.isLetter) && ending.contains { "aeiouy".contains($0) }
            }
        }
    }

    /// Running text is not a query: an unlisted spelling must be closer to a listed one than
    /// `Lookup` asks ("Landen" is not "London", though "Kuwayt" is "Kuwait").
    static let variantDistanceLimit = 0.12

    /// Guards for spellings the glossary does not list: an ordinary word of the language is
    /// not a name ("heurte" is not "Hérat"), a name does not end on an ordinary word in lower
    /// case or in capitals that none of its spellings ends on ("taliban se" and "TALIBAN SE"
    /// are not "talibans"; "ETATS UNIS" is "États-Unis"), and a lower-case word is not a proper name.
    private func plausibleVariant(_ text: String, words: [Int32], candidates: [GlossaryIndex.Form]) throws -> Bool {
        if words.count == 1, dictionary.contains(text) { return false }
        if words.count > 1, let last = words.last.map(word), last.first?.isLowercase == true || last.isInCapitals,
           dictionary.contains(last) {
            let folded = try TextForms.folded(last)
            let endsAName = candidates.contains { form in
                form.folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" }).last.map(String.init) == folded
            }
            if !endsAName { return false }
        }
        guard let first = text.first, first.isLowercase else { return true }
        if !text.contains(where: \.isUppercase), candidates.allSatisfy({ $0.text.contains(where: \.isUppercase) }) { return false }
        return candidates.contains { $0.text.first?.isLowercase ?? false }
    }

    /// A name in the word list ("Loyd", "Austen") is no ordinary word here: "Loyd Austin" may
    /// be a spelling of "Lloyd Austin".
    private func isOrdinaryOrElided(_ word: String) -> Bool {
        dictionary.containsCommonWord(word) || word.unicodeScalars.last.map(Typography.isApostrophe) == true
    }

    /// Spellings of the text's language first, then by status, listed before plurals.
    private func preference(_ position: Int) -> (Int, TermStatus, Int) {
        let forms = terms.forms
        return (forms.language(at: position).primary == language.primary ? 0 : 1, forms.status(at: position),
                forms.origin(at: position).rawValue)
    }
}
