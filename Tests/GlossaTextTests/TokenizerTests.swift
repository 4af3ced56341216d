import Testing
@testable import GlossaText

@Suite struct TokenizerTests {
    let french = Tokenizer(locale: "fr")

    private func words(_ text: String) throws -> [String] {
        try french.tokens(in: text).filter { $0.kind != .space }.map(\.text)
    }

    @Test func splitsFrenchElision() throws {
        #expect(try words("d’Hérat et l'Otan") == ["d’", "Hérat", "et", "l'", "Otan"])
        #expect(try words("qu'Al-Qaïda") == ["qu'", "Al", "-", "Qaïda"])
        #expect(try words("jusqu’à Kaboul") == ["jusqu’", "à", "Kaboul"])
        #expect(try words("L'Afghanistan") == ["L'", "Afghanistan"])
    }

    /// French typography puts a narrow no-break space inside « » and before : ; ! ?. Word-break
    /// rules let it join letters, which made "\u{202F}Herat\u{202F}" one word; numbers
    /// ("10 000") stay whole.
    @Test func narrowNoBreakSpacesSeparateWords() throws {
        let tokens = try french.tokens(in: "«\u{202F}d’Herat\u{202F}» et\u{202F}Kabul\u{202F}: 10\u{202F}000")
        #expect(tokens.map(\.text) == ["«", "\u{202F}", "d’", "Herat", "\u{202F}", "»", " ", "et", "\u{202F}", "Kabul", "\u{202F}", ":",
                                       " ", "10\u{202F}000"])
        #expect(tokens.filter { $0.text == "\u{202F}" }.allSatisfy { $0.kind == .space })
    }

    /// Underscores join letters under the word-break rules, which made "_Herat_" (emphasis in
    /// Markdown and in mail) one word; within a word they stay, as in "kabul_airport". Underscores
    /// alone and numbers are left as the word breaker makes them.
    @Test func underscoresAroundAWordAreEmphasis() throws {
        let tokens = try french.tokens(in: "_Herat_ __d’Herat__ kabul_airport _x ___ 1_000_")
        #expect(tokens.filter { $0.kind != .space }.map { "\($0.text):\($0.kind)" } == [
            "_:punctuation", "Herat:word", "_:punctuation", "__:punctuation", "d’:elision", "Herat:word", "__:punctuation",
            "kabul_airport:word", "_:punctuation", "x:word", "___:word", "1_000_:number",
        ])
    }

    @Test func keepsAujourdhuiWhole() throws {
        #expect(try words("aujourd’hui") == ["aujourd’hui"])
        #expect(try words("aujourd'hui") == ["aujourd'hui"])
    }

    @Test func englishTextKeepsApostrophes() throws {
        let tokens = try Tokenizer(locale: "en").tokens(in: "don't")
        #expect(tokens.map(\.text) == ["don't"])
    }

    /// French copy left in English text ("at l'ONU") is split as French is, before a capital
    /// only: "d'you", "O'Neill" and "l'avion" stay whole.
    @Test func englishTextSplitsAFrenchArticleBeforeACapital() throws {
        let tokens = try Tokenizer(locale: "en").tokens(in: "at l'ONU, d’Hérat, O'Neill, d'you, l'avion and Kabul's")
        #expect(tokens.filter { $0.kind != .space }.map { "\($0.text):\($0.kind)" } == [
            "at:word", "l':elision", "ONU:word", ",:punctuation", "d’:elision", "Hérat:word", ",:punctuation", "O'Neill:word",
            ",:punctuation", "d'you:word", ",:punctuation", "l'avion:word", "and:word", "Kabul:word", "'s:punctuation",
        ])
    }

    @Test func hyphenatedNamesAreTokenSequences() throws {
        #expect(try words("Mazar-e-Charif") == ["Mazar", "-", "e", "-", "Charif"])
    }

    @Test func positionsCountBytesLinesAndScalars() throws {
        let tokens = try french.tokens(in: "Les talibans\nà d’Hérat")
        let herat = try #require(tokens.first { $0.text == "Hérat" })
        // "Les talibans\n" is 13 bytes; "à " is 3 bytes; "d’" is 4 bytes.
        #expect(herat.start == SourcePosition(utf8Offset: 20, line: 2, column: 5))
        #expect(herat.kind == .word)
        #expect(herat.utf8Length == 6)
        let elision = try #require(tokens.first { $0.kind == .elision })
        #expect(elision.start == SourcePosition(utf8Offset: 16, line: 2, column: 3))
    }

    @Test func decomposedAccentsCountAsScalars() throws {
        let tokens = try french.tokens(in: "He\u{301}rat Kaboul")
        let kaboul = try #require(tokens.first { $0.text == "Kaboul" })
        #expect(kaboul.start.column == 8)
        #expect(kaboul.start.utf8Offset == 8)
    }

    @Test(arguments: ["a\r\nb", "a\rb", "a\nb"])
    func everyLineEndingStartsALine(_ text: String) throws {
        let b = try #require(french.tokens(in: text).first { $0.text == "b" })
        #expect(b.start.line == 2)
        #expect(b.start.column == 1)
    }

    @Test func numbersAndEmptyText() throws {
        #expect(try french.tokens(in: "").isEmpty)
        let tokens = try french.tokens(in: "3.000 soldats")
        #expect(tokens.first?.kind == .number)
    }

    @Test func elisionPrefixLength() {
        #expect(FrenchElision.prefixLength(of: "lorsqu’il") == 7)
        #expect(FrenchElision.prefixLength(of: "l'") == nil)
        #expect(FrenchElision.prefixLength(of: "O'Neill") == nil)
        #expect(FrenchElision.stripped("d'Herat") == "Herat")
    }
}
