import GlossaGlossary
import GlossaText

/// What surrounds a name in running text: what decides its number, and whether a
/// replacement must be capitalised.
struct TextContext {
    let text: TokenizedText
    let language: LanguageCode
    /// Per token, its word id (see `TermScanner.wordIDs`).
    let wordIDs: [Int32]
    private let writersApostrophe: WritersApostrophe

    /// The text starts inside a sentence (see `TextChunk.continuesSentence`).
    let continuesSentence: Bool

    init(text: TokenizedText, language: LanguageCode, wordIDs: [Int32], continuesSentence: Bool = false) {
        self.text = text
        self.language = language
        self.wordIDs = wordIDs
        self.continuesSentence = continuesSentence
        writersApostrophe = WritersApostrophe(text.bytes)
    }

    /// The writer's apostrophe: the typographic one where the text has more of those than of
    /// straight ones. Replacements take it, in the article before them and within them.
    var apostrophe: Character { writersApostrophe.character }

    /// Counted once per text, and only when a replacement needs it.
    private final class WritersApostrophe {
        private let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        lazy var character: Character = Typography.prefersTypographicApostrophe(bytes) ? "\u{2019}" : "'"
    }

    static func withApostrophe(_ apostrophe: Character, _ replacement: String) -> String {
        guard apostrophe != "'", replacement.utf8.contains(0x27) else { return replacement }
        return String(replacement.map { $0 == "'" ? apostrophe : $0 })
    }

    static let frenchPluralWords: Set<String> = [
        "les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux", "plusieurs", "quelques",
        "certains", "certaines", "nombreux", "nombreuses", "divers", "diverses", "deux", "trois", "quatre",
        "cinq", "six", "sept", "huit", "neuf", "dix", "cent", "mille",
    ]

    /// Words of quantity after which "de" takes a plural: "des milliers de talibans".
    static let frenchQuantityWords: Set<String> = [
        "milliers", "centaines", "dizaines", "douzaines", "vingtaines", "millions", "milliards",
        "beaucoup", "trop", "peu", "combien", "tant", "autant", "assez", "nombre",
    ]

    /// The word just before `index`, across spaces and opening quotes, brackets and emphasis
    /// marks ("les « taliban »", "les *taliban*").
    func previousWord(before index: Int) -> Int? {
        var position = index - 1
        while position >= 0 {
            switch text.spans[position].kind {
            case .space: position -= 1
            case .word, .number, .elision: return position
            case .punctuation:
                guard FrenchArticles.isOpening(text, position) else { return nil }
                position -= 1
            }
        }
        return nil
    }

    /// The word before a prefix joined to the word at `index` ("les" in "les ex-taliban"):
    /// what decides its number, as the word before it would without the prefix.
    func wordBeforePrefix(of index: Int) -> Int? {
        guard index >= 2, text.spans[index - 1].kind == .punctuation, text.spans[index - 1].length == 1,
              text.bytes[Int(text.spans[index - 1].start)] == UInt8(ascii: "-"), text.spans[index - 2].kind == .word,
              Self.frenchPrefixes.contains(text.text(index - 2).lowercased())
        else { return nil }
        return previousWord(before: index - 2)
    }

    static let frenchPrefixes: Set<String> = ["ex", "anti", "pro", "néo", "pseudo", "ultra", "post", "pré", "vice", "quasi", "non"]

    /// The word just after `index`, across spaces only.
    func nextWord(after index: Int) -> Int? {
        var position = index + 1
        while position < text.count {
            switch text.spans[position].kind {
            case .space: position += 1
            case .word, .number, .elision: return position
            case .punctuation: return nil
            }
        }
        return nil
    }

    /// French: whether `word`, standing right before a name, makes it plural: a plural
    /// determiner, or a number above one. Checkers keep the answer per distinct word.
    static func makesPlural(_ word: String, isNumber: Bool, language: LanguageCode) -> Bool {
        guard language.primary == "fr" else { return false }
        if isNumber {
            // Every word is asked, once. In ASCII and Latin letters (U+00C0 to U+027F, lead
            // bytes C3 to C9) the only numbers are the ASCII digits, counted on bytes.
            let latin = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                var digits = 0, first: UInt8 = 0
                for byte in bytes {
                    if byte >= 0x30 && byte <= 0x39 {
                        if digits == 0 { first = byte }
                        digits += 1
                    } else if byte >= 0xC0, byte < 0xC3 || byte > 0xC9 {
                        return nil
                    }
                }
                return digits > 1 || digits == 1 && first > 0x31
            }
            if let latin, let latin { return latin }
            let digits = word.filter(\.isNumber)
            return digits.count > 1 || (Int(digits) ?? 0) > 1
        }
        return word.utf8.count <= longestPluralWord && frenchPluralWords.contains(word.lowercased())
    }

    private static let longestPluralWord = frenchPluralWords.map(\.utf8.count).max() ?? 0

    /// Whether a word opens a sentence, for the capital of its replacement.
    enum SentenceStart {
        case yes, no
        /// Either may be right, and the writer's capital or lower case stands: a list item
        /// (French lists after a colon take lower case), a table cell, a line after a title or
        /// an introduction's colon, a quotation after a colon or a comma, a word after an ellipsis.
        case either
    }

    /// The name opens a sentence: its replacement takes a capital. Where either may be right,
    /// the writer's capital decides (see `sentenceStart`).
    func startsSentence(_ index: Int) -> Bool {
        switch sentenceStart(index) {
        case .yes: true
        case .no: false
        case .either: isCapitalised(index)
        }
    }

    /// Whether the word at `index` opens a sentence.
    /// A line that follows a line ending in a comma, a semicolon or a word that ends no
    /// sentence ("les", "et", "the") continues a sentence (hard-wrapped text); after a blank
    /// line, a full stop or anything else, it starts one; after a lower-case word or a colon,
    /// it may do either.
    func sentenceStart(_ index: Int) -> SentenceStart {
        var position = index - 1
        var opensBlock = false, opensList = false, opensQuote = false, continuesQuote = false
        while position >= 0 {
            switch text.spans[position].kind {
            case .space:
                // Each line break is a token of its own; a blank line is seen by `lineEnd`.
                // A list item, heading, quote or table row opens a block of its own: it never
                // continues a hard-wrapped sentence.
                // A quote's line after another of the same quote is that quote's hard-wrapped text.
                if isLineBreak(position) {
                    if opensList { return .either }
                    if opensBlock && !(continuesQuote && lineMark(endingAt: position - 1)?.hasPrefix(">") == true) { return .yes }
                    switch lineEnd(before: position) {
                    case .finished: return .yes
                    case .unfinished: return .no
                    case .either: return .either
                    }
                }
            case .punctuation:
                let text = Typography.plain(text.text(position))
                // The full stop of initials ("the U.S. embassy") ends no sentence.
                if text == ".", isInitials(before: position) { return .no }
                // French goes on in lower case after an ellipsis as often as not.
                if isEllipsis(position) { return .either }
                if let last = text.last, ".!?".contains(last) { return .yes }
                // A quotation after a colon or a comma may open a sentence of its own
                // (« Taliban à Kaboul. ») or quote a fragment (« taliban partout »).
                if opensQuote, text == ":" || text == "," { return .either }
                // Quotes, brackets, list bullets, heading, quote and table marks stand between a
                // line start and its first word; a table cell starts afresh.
                if !text.allSatisfy({ "\"'(«»“”[-*_•#>|".contains($0) }) { return .no }
                if text.contains("|") { return .either }
                // A bullet or a heading's marks are followed by a space ("**Taliban**" is emphasis).
                let beforeSpace = position + 1 < self.text.count && self.text.spans[position + 1].kind == .space
                if beforeSpace && ["-", "*", "+", "•"].contains(text) { opensList = true }
                if (beforeSpace && text.allSatisfy({ $0 == "#" })) || text.allSatisfy({ $0 == ">" }) {
                    opensBlock = true
                    continuesQuote = text.hasPrefix(">")
                }
                if text.contains(where: { "\"«“".contains($0) }) { opensQuote = true }
            case .word, .number, .elision:
                return .no
            }
            position -= 1
        }
        return opensList ? .either : continuesSentence ? .no : .yes
    }

    /// Whether the line of the token at `index` is in title case, as headlines often are: three
    /// words of four letters or more, each capitalised ("as", "of" and "the" aside).
    func isInTitleCaseLine(_ index: Int) -> Bool {
        var start = index, end = index
        while start > 0, !isLineBreak(start - 1) { start -= 1 }
        while end + 1 < text.count, !isLineBreak(end + 1) { end += 1 }
        return (capitalisedLongWords(from: start, through: end) ?? 0) >= 3
    }

    /// Whether the words from `first` through `last` are written as in a title: each word of
    /// four letters or more capitalised, and one of them at least.
    func isInTitleCase(from first: Int, through last: Int) -> Bool {
        (capitalisedLongWords(from: first, through: last) ?? 0) > 0
    }

    /// How many words of four letters or more the tokens hold, all capitalised; nil when one
    /// of them is not.
    private func capitalisedLongWords(from first: Int, through last: Int) -> Int? {
        var count = 0
        for position in first...last where text.spans[position].kind == .word {
            let bytes = text.bytes[text.spans[position].range]
            // Letters, not bytes: a UTF-8 continuation byte starts none.
            guard bytes.count(where: { $0 & 0xC0 != 0x80 }) >= 4, let lead = bytes.first else { continue }
            let isCapital = lead < 0x80 ? (0x41...0x5A).contains(lead)
                : String(decoding: bytes.prefix(4), as: UTF8.self).first?.isUppercase == true
            guard isCapital else { return nil }
            count += 1
        }
        return count
    }

    /// `replacement` with its words of four letters or more capitalised, as a title-case
    /// headline writes them ("Kabul Airport" for "Kabul airport"); nil when none needs it.
    /// Words are cut at spaces and hyphens, as the tokenizer cuts them; shorter words ("de",
    /// "of", the "al" of "al-Qaeda") keep their case.
    static func titleCased(_ replacement: String) -> String? {
        // Asked of many replacements: most have no such word, and are let go without an allocation.
        guard replacement.unicodeScalars.contains(" "), startsLongLowerCaseWord(in: replacement) else { return nil }
        var titled = "", word = ""
        func flush() {
            titled += startsLongLowerCaseWord(in: word) ? word.prefix(1).uppercased() + word.dropFirst() : word
            word = ""
        }
        for character in replacement {
            if character == " " || character == "-" {
                flush()
                titled.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return titled
    }

    /// Whether a word of `text` (cut at spaces and hyphens) has four letters or more and
    /// starts with a lower-case one.
    private static func startsLongLowerCaseWord(in text: String) -> Bool {
        var length = 0, startsLowerCase = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "-" {
                if startsLowerCase, length >= 4 { return true }
                length = 0
                continue
            }
            if length == 0 {
                startsLowerCase = scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
            }
            length += 1
        }
        return startsLowerCase && length >= 4
    }

    /// Whether the token before `position` is a word with dots inside ("U.S" of "U.S.").
    func isInitials(before position: Int) -> Bool {
        position > 0 && text.spans[position - 1].kind == .word && text.bytes[text.spans[position - 1].range].contains(UInt8(ascii: "."))
    }

    /// Whether the name ending at `index` ends with the full stop of initials that also ends
    /// its sentence: the text stops there, or a paragraph does, or a capitalised word follows
    /// (not one in capitals: that is a headline's).
    func endsSentenceWithFullStop(_ index: Int) -> Bool {
        guard text.spans[index].kind == .punctuation, text.text(index) == ".", isInitials(before: index) else { return false }
        var next = index + 1
        var lineBreaks = 0
        while next < text.count, text.spans[next].kind == .space {
            lineBreaks += text.text(next).filter(\.isNewline).count
            next += 1
        }
        guard next < text.count, lineBreaks < 2 else { return true }
        let word = text.text(next)
        return text.spans[next].kind == .word && word.first?.isUppercase == true && !word.dropFirst().contains(where: \.isUppercase)
    }

    /// How a line ends, for the line after it.
    private enum LineEnd {
        case finished
        /// A comma, a semicolon, or a word that ends no sentence: the next line continues it.
        case unfinished
        /// A lower-case word or a colon: hard-wrapped text, or a title ("Les titres du jour")
        /// or an introduction ("Selon les responsables :") with a line of its own after it.
        case either
    }

    /// How the last token before `position`, spaces aside, ends its line.
    private func lineEnd(before position: Int) -> LineEnd {
        var index = position - 1
        while index >= 0, text.spans[index].kind == .space {
            if isLineBreak(index) { return .finished }
            index -= 1
        }
        guard index >= 0, lineMark(endingAt: index)?.hasPrefix("#") != true else { return .finished }
        let previous = text.text(index)
        switch text.spans[index].kind {
        case .word, .elision:
            guard previous.last?.isLowercase == true || text.spans[index].kind == .elision else { return .finished }
            return Self.wordsEndingNoSentence.contains(Typography.plain(previous.lowercased())) ? .unfinished : .either
        case .punctuation:
            if previous == "," || previous == ";" { return .unfinished }
            return previous == ":" || isEllipsis(index) ? .either : .finished
        default: return .finished
        }
    }

    /// Articles, prepositions and conjunctions: a line that ends on one is surely cut.
    static let wordsEndingNoSentence: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "et", "ou", "ni", "mais", "car",
        "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "selon", "vers", "chez", "entre", "contre", "que",
        "qu'", "qui", "dont", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
        "the", "a", "an", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "that", "which", "who", "whose", "its", "their", "his", "her", "as", "than",
    ]

    /// Whether the punctuation at `index` ends an ellipsis: "…", or "..." however the word
    /// breaker cut it.
    private func isEllipsis(_ index: Int) -> Bool {
        let mark = Typography.plain(text.text(index))
        if mark.hasSuffix("…") || mark.hasSuffix("..") { return true }
        return mark == "." && index > 0 && text.spans[index - 1].kind == .punctuation && text.text(index - 1).hasSuffix(".")
    }

    /// The token's first letter is a capital: where a sentence may start or not, the writer's
    /// choice is taken.
    func isCapitalised(_ index: Int) -> Bool {
        text.text(index).first?.isUppercase == true
    }

    /// `replacement` for `found`, with a full stop at the end when `found` ends with one that
    /// also ends the sentence ("aux U.S." becomes "aux États-Unis.", "les U.S. ont" "les États-Unis ont").
    static func withFullStop(_ replacement: String, replacing found: String, endsSentence: Bool) -> String {
        endsSentence && found.hasSuffix(".") && !replacement.hasSuffix(".") ? replacement + "." : replacement
    }

    /// The punctuation that opens the line of the token at `index`, if any: a Markdown heading's
    /// "##" (a heading ends where it ends), a quote's ">".
    private func lineMark(endingAt index: Int) -> String? {
        guard index >= 0 else { return nil }
        var start = index
        while start > 0, !isLineBreak(start - 1) { start -= 1 }
        while start < index, text.spans[start].kind == .space { start += 1 }
        return text.spans[start].kind == .punctuation ? text.text(start) : nil
    }

    /// A space token holding a line break: each line break is a token of its own.
    private func isLineBreak(_ position: Int) -> Bool {
        text.spans[position].kind == .space && text.text(position).contains(where: \.isNewline)
    }

    /// A replacement shaped like the text it replaces: all capitals stay capitals, a
    /// sentence-initial word keeps its capital, and the writer's apostrophe is kept.
    func shaped(_ replacement: String, like found: String, atSentenceStart: Bool) throws -> String {
        try Self.shaped(replacement, like: found, atSentenceStart: atSentenceStart, language: language)
    }

    static func shaped(_ replacement: String, like found: String, atSentenceStart: Bool, language: LanguageCode) throws -> String {
        var replacement = replacement
        // "département d’Etat" becomes "département d’État", not "d'État" in a line of ’.
        if found.unicodeScalars.contains("\u{2019}"), replacement.unicodeScalars.contains("'") {
            replacement = String(String.UnicodeScalarView(replacement.unicodeScalars.map { $0 == "'" ? "\u{2019}" : $0 }))
        }
        replacement = keepingSeparators(of: found, in: replacement)
        // A headline in capitals stays in capitals; initials ("US") are not a headline.
        if isHeadline(found) {
            return try ICUTransforms.uppercased(replacement, locale: language.primary)
        }
        guard atSentenceStart, let first = replacement.first, first.isLowercase else { return replacement }
        // French and English capitalise ASCII letters as ASCII does; other letters and
        // languages ("i" in Turkish) are ICU's.
        if let ascii = first.asciiValue, language.primary == "fr" || language.primary == "en" {
            return String(Character(Unicode.Scalar(ascii - 0x20))) + replacement.dropFirst()
        }
        return try ICUTransforms.uppercased(String(first), locale: language.primary) + replacement.dropFirst()
    }

    /// The writer's own spaces and hyphens ("Hamid\u{00A0}Karzai", "Etats\u{2011}Unis"), one for
    /// one, where the replacement has as many of each, in the same order.
    static func keepingSeparators(of found: String, in replacement: String) -> String {
        func separator(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let plain = Typography.plainScalar(scalar)
            return plain == " " || plain == "-" ? plain : nil
        }
        // Plain spaces and hyphens on both sides: there is nothing to carry over.
        func hasTypographic(_ text: String) -> Bool {
            !text.isASCII && text.unicodeScalars.contains { !$0.isASCII && separator($0) != nil }
        }
        guard hasTypographic(found) || hasTypographic(replacement) else { return replacement }
        let written = found.unicodeScalars.filter { separator($0) != nil }
        let replaced = replacement.unicodeScalars.filter { separator($0) != nil }
        guard !written.isEmpty, written.count == replaced.count,
              zip(written, replaced).allSatisfy({ separator($0) == separator($1) }) else { return replacement }
        var next = written.makeIterator()
        return String(String.UnicodeScalarView(replacement.unicodeScalars.map { separator($0) == nil ? $0 : next.next()! }))
    }

    /// More than four letters, all capitals. ASCII is decided on bytes: names recur by the thousand.
    static func isHeadline(_ found: String) -> Bool {
        var letters = 0
        for byte in found.utf8 {
            guard byte < 0x80 else { return isHeadlineInAnyScript(found) }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters > 4
    }

    private static func isHeadlineInAnyScript(_ found: String) -> Bool {
        let letters = found.filter(\.isLetter)
        return letters.count > 4 && letters.allSatisfy(\.isUppercase)
    }
}

extension TokenizedText {
    /// Whether token `index` is one plain space, as between an article and its noun.
    func isOneSpace(_ index: Int) -> Bool {
        index >= 0 && index < count && spans[index].kind == .space && spans[index].length == 1 && bytes[Int(spans[index].start)] == 0x20
    }
}
