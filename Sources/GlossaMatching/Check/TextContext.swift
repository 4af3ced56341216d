import GlossaGlossary
import GlossaText

/// What surrounds a name in running text: what decides its number, and whether a
/// replacement must be capitalised.
struct TextContext {
    let text: TokenizedText
    let language: LanguageCode
    /// Per token, its word id (see `TermScanner.wordIDs`).
    let wordIDs: [Int32]

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

    /// The word just before `index`, across spaces only.
    func previousWord(before index: Int) -> Int? {
        word(from: index, step: -1)
    }

    /// The word just after `index`, across spaces only.
    func nextWord(after index: Int) -> Int? {
        word(from: index, step: 1)
    }

    private func word(from index: Int, step: Int) -> Int? {
        var position = index + step
        while position >= 0, position < text.count {
            switch text.spans[position].kind {
            case .space: position += step
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
            // Every word is asked, once: ASCII needs no look at Unicode properties.
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                let digits = word.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
                return digits.count > 1 || (digits.first.map { $0 > 0x31 } ?? false)
            }
            let digits = word.filter(\.isNumber)
            return digits.count > 1 || (Int(digits) ?? 0) > 1
        }
        return frenchPluralWords.contains(word.lowercased())
    }

    /// The writer's apostrophe on the line of token `index`: the typographic one when the line
    /// holds one and no straight one, else the straight one.
    func apostrophe(around index: Int) -> String {
        let bytes = text.bytes
        var start = Int(text.spans[index].start), end = start
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        var typographic = false
        for offset in start..<end {
            if bytes[offset] == 0x27 { return "'" }
            if bytes[offset] == 0xE2, offset + 2 < end, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x99 { typographic = true }
        }
        return typographic ? "\u{2019}" : "'"
    }

    /// The name opens a sentence or a line: its replacement takes a capital.
    func startsSentence(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            switch text.spans[position].kind {
            case .space:
                if text.text(position).contains(where: \.isNewline) { return true }
            case .punctuation:
                let text = Typography.plain(text.text(position))
                if let last = text.last, ".!?…".contains(last) { return true }
                // Quotes, brackets and list bullets stand between a line start and its first word.
                if !text.allSatisfy({ "\"'(«»“”[-*•".contains($0) }) { return false }
            case .word, .number, .elision:
                return false
            }
            position -= 1
        }
        return true
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
            text.utf8.contains { $0 >= 0x80 } && text.unicodeScalars.contains { !$0.isASCII && separator($0) != nil }
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
