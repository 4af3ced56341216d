import GlossaText

/// What a French replacement does to the article before a name when it changes the name's
/// first sound (see `FrenchArticles.change`).
enum ArticleChange: Equatable, Sendable {
    /// The finding takes the article in, and the fix puts this before the replacement:
    /// "l’" for "le", "de l’" for "du", "cet " for "ce".
    case replace(String)
    /// The article must change, but the glossary cannot say to what: the finding offers no
    /// replacement.
    case byHand
    /// The name is not the glossary's to replace here (it qualifies a noun, or is part of a
    /// longer name): no replacement, and the note, appended to the message, says why.
    case leftToWriter(String)
}

/// French articles before a replaced name.
///
/// - A replacement that starts with a vowel elides the article before it, or undoes a
///   contraction: "le Kabul airport" becomes "l’aéroport de Kaboul", "du" "de l’", "au" "à l’",
///   "ce" "cet".
/// - A replacement that starts with a consonant after an article elided before a vowel or an
///   "h" ("l’Interior Ministry") would need "le" or "la", "de" or "du": the glossary holds no
///   gender, so that is left to the writer. An article the writer elided before a consonant
///   was wrong before the replacement and is left as it is.
/// - An "h" changes nothing: whether it is mute depends on the word ("d’Hérat", "de Hérat").
/// - An article on the line before, or across other spacing than one plain space, is not taken
///   in (that would join lines or lose the writer's spacing): the change is left to the writer.
/// - So is an article before a title that a name replaces ("le mollah Baradar", "le Mullah
///   Baradar" for "Abdul Ghani Baradar"): it belonged to the title.
enum FrenchArticles {
    /// Whether a token of these bytes is one of the articles here, in any case and with either
    /// apostrophe: asked of the word before every name, so without making a string.
    static func isArticle(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 9 else { return false }
        return articleBytes.contains { article in
            var index = bytes.startIndex
            for expected in article {
                guard index < bytes.endIndex else { return false }
                let byte = bytes[index]
                if expected == 0x27, byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    index += 3
                    continue
                }
                guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected else { return false }
                index += 1
            }
            return index == bytes.endIndex
        }
    }

    private static let articleBytes = (Array(beforeAVowel.keys) + Array(elided)).sorted().map { Array($0.utf8) }

    /// Before a vowel, with "'" standing for the writer's apostrophe.
    static let beforeAVowel: [String: String] = [
        "le": "l'", "la": "l'", "de": "d'", "que": "qu'", "jusque": "jusqu'", "lorsque": "lorsqu'", "puisque": "puisqu'",
        "du": "de l'", "au": "à l'", "ce": "cet ",
    ]
    /// Elided articles, with a plain apostrophe, that a consonant would undo.
    static let elided: Set<String> = ["l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'"]

    static let byHandNote = "; the article before it must change too, by hand"

    /// How `article` (a word, or an elided article when `isElided`) changes when `found`
    /// becomes `replacement`; nil when it stays as it is.
    static func change(article: String, isElided: Bool, found: String, replacement: String, isPerson: Bool = false,
                       apostrophe: @autoclosure () -> Character) -> ArticleChange? {
        guard let first = replacement.first else { return nil }
        // "le mollah Baradar" → "Abdul Ghani Baradar": the article went with the title, and
        // whether it goes ("le"), stays ("de") or changes ("au" → "à") is the writer's call.
        // A person's name takes no article, so before one it belongs to a title ("le Mullah
        // Baradar"), unless the replacement starts with the same word, however spelled
        // ("de Qachookam bin Ouia", "de Muu e Qaihuboch").
        // The same first word in another case or spelling is no title: "d'al-Qaeda" is "d'Al-Qaïda".
        let startsAlike = { () -> Bool in
            let separators: (Character) -> Bool = { $0 == " " || $0 == "-" }
            guard let word = found.split(whereSeparator: separators).first,
                  let replacing = replacement.split(whereSeparator: separators).first else { return false }
            return isSameWord(String(word), String(replacing))
        }
        if found.first?.isLowercase == true, first.isUppercase, !startsAlike() { return .byHand }
        if isPerson, !startsAlike() { return .byHand }
        let lowered = Typography.plain(article.lowercased())
        if isElided {
            guard isConsonant(first), let written = found.first, !isConsonant(written), elided.contains(lowered) else { return nil }
            return .byHand
        }
        guard isVowel(first), let full = beforeAVowel[lowered] else { return nil }
        let writers = apostrophe()
        return .replace(shaped(String(full.map { $0 == "'" ? writers : $0 }), like: article))
    }

    /// The same word in another spelling: close, or with the same variant key.
    private static func isSameWord(_ a: String, _ b: String) -> Bool {
        if Similarity.ratio(a.lowercased(), b.lowercased(), reaching: 0.7) != nil { return true }
        guard let one = try? VariantKeyBuilder.shared.key(a), let other = try? VariantKeyBuilder.shared.key(b) else { return false }
        return one == other
    }

    /// The article before token `first` of `text`: its tokens and bytes, whether it is elided,
    /// and whether a replacement may take it in. It is looked for back across spaces, line
    /// breaks, opening quotes, brackets, emphasis and quote marks and HTML tags; it is taken in
    /// only against the name or across one plain space (else the lines would be joined, or the
    /// quote or the writer's spacing lost).
    static func article(before first: Int, in text: TokenizedText)
        -> (tokens: ClosedRange<Int>, bytes: Range<Int>, isElided: Bool, isTakenIn: Bool)? {
        var index = first - 1
        var tokens: ClosedRange<Int>?
        while index >= 0 {
            let kind = text.spans[index].kind
            if kind == .word || kind == .elision {
                tokens = index...index
                break
            }
            // "l’« Interior Ministry »": an apostrophe before a quote is not part of the word.
            if kind == .punctuation, index > 0, text.spans[index - 1].kind == .word,
               text.text(index).unicodeScalars.count == 1, text.text(index).unicodeScalars.allSatisfy(Typography.isApostrophe) {
                tokens = (index - 1)...index
                break
            }
            if let tagStart = htmlTagStart(endingAt: index, in: text) {
                index = tagStart - 1
            } else if kind == .space || isOpening(text, index) {
                index -= 1
            } else {
                break
            }
        }
        guard let tokens else { return nil }
        let bytes = Int(text.spans[tokens.lowerBound].start)..<text.spans[tokens.upperBound].end
        guard isArticle(text.bytes[bytes]) else { return nil }
        let gap = (tokens.upperBound + 1)..<first
        return (tokens, bytes, tokens.count == 2 || text.spans[tokens.lowerBound].kind == .elision,
                gap.isEmpty || gap.count == 1 && text.isOneSpace(gap.lowerBound))
    }

    /// Opening quotes, brackets, Markdown emphasis, strike-through, escapes and quote markers:
    /// "au « Kabul airport »", "**au** Kabul airport", "> Kabul airport" after "du" ending a line;
    /// also between a plural determiner and its name (`TextContext.previousWord`).
    static func isOpening(_ text: TokenizedText, _ index: Int) -> Bool {
        guard text.spans[index].kind == .punctuation else { return false }
        return text.text(index).unicodeScalars.allSatisfy { "«“‘‹\"'([*_`~>\\".unicodeScalars.contains($0) }
    }

    /// The first token of an HTML tag ("<em>", "</b>") whose ">" is token `index`, within a line.
    private static func htmlTagStart(endingAt index: Int, in text: TokenizedText) -> Int? {
        guard text.spans[index].kind == .punctuation, text.text(index).hasSuffix(">") else { return nil }
        var start = index - 1
        while start >= max(0, index - 6) {
            let kind = text.spans[start].kind
            if kind == .punctuation, text.text(start).hasSuffix("<") || text.text(start).hasSuffix("</") { return start }
            guard kind == .word || kind == .punctuation else { return nil }
            start -= 1
        }
        return nil
    }

    /// The finding's replacement with the change made: the new article before it, or none at all.
    static func complete(_ finding: inout Finding, replacement: String, change: ArticleChange?) {
        switch change {
        case .replace(let article)?:
            finding.suggestion = article + replacement
        case .byHand?:
            finding.suggestion = nil
            finding.message += byHandNote
        case .leftToWriter(let note)?:
            finding.suggestion = nil
            finding.message += note
        case nil:
            finding.suggestion = replacement
        }
    }

    private static func isVowel(_ letter: Character) -> Bool {
        guard let folded = try? TextForms.folded(String(letter)) else { return false }
        return ["a", "e", "i", "o", "u"].contains(folded)
    }

    private static func isConsonant(_ letter: Character) -> Bool {
        letter.isLetter && !isVowel(letter) && letter.lowercased() != "h" && letter.lowercased() != "y"
    }

    /// In capitals after "DU", with a capital after "Du".
    private static func shaped(_ article: String, like written: String) -> String {
        let letters = written.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return article.uppercased() }
        guard written.first?.isUppercase == true, let first = article.first else { return article }
        return first.uppercased() + article.dropFirst()
    }
}
