import Testing
@testable import GlossaText

/// The fast word breaker must give exactly ICU's segments on every line it accepts.
@Suite struct LatinWordBreakerTests {
    private func assertAgreesWithICU(_ text: String, locale: String = "fr", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let tokenizer = Tokenizer(locale: locale)
        let fast = try tokenizer.tokenize(text)
        let reference = try tokenizer.tokenizeWithICUOnly(text)
        #expect(fast.spans == reference.spans, "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "A380 3,5 3;5 a:b a·b l'Afghanistan l’État U.S. 1'000 a_b _ __ _3 3_ a_ x.y. Kaboul :",
        "«\u{202F}Kaboul\u{202F}» Kaboul\u{202F}: 10\u{202F}000 x\u{A0}y 3__ a__ _a_ 3_a a_3",
        "é’é a‘b — … a..b a.’b 3,,4 3,a x\ty \u{2003} \u{2003}z a\u{2009}b",
        "Mazar-e-Charif, d’Hérat ; « les talibans » ont pris 12,5 % des 3.000 km².",
        "co-op don't 1a2 a1b 3.5.6 ‛x‚y„z‹a›b€5 ‰ ‐ ‑ ‒ – — ― ‖ ‗ † ‡ • ‣ ′ ″ ‴ ‵",
        "a\r\nb\rc\nd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i\r\n\r\n",
        "¡Hola! ¿Qué? ª º µ × ÷ ¬ ° ± ² ³ ¹ ¼ ½ ¾ Œuvre œ Ÿ ǅ ɏ ǲ",
    ])
    func agreesOnSamples(_ text: String) throws {
        try assertAgreesWithICU(text)
        try assertAgreesWithICU(text, locale: "en")
    }

    /// Lines outside the table (marks, other scripts, soft hyphens) are ICU's, whole.
    @Test(arguments: ["He\u{301}rat et Kaboul", "Кабул и Kaboul", "af\u{AD}ghan", "東京 Tokyo", "a\u{200B}b", "😀 Kaboul"])
    func fallsBackToICU(_ text: String) throws {
        try assertAgreesWithICU(text)
    }

    @Test func takesTheFastPathForFrenchNews() throws {
        let line = Array("Les talibans sont entrés à Hérat, d’après l’AFP « 3,5 % » — 12\u{202F}000 soldats.".utf8)
        var segments: [LatinWordBreaker.Segment] = []
        let accepted = line.withUnsafeBufferPointer {
            LatinWordBreaker.segments($0, line: 0..<line.count, into: &segments)
        }
        #expect(accepted)
        #expect(segments.count == 31)
    }

    /// Random strings over the table's characters and a few outside it, from a fixed seed.
    @Test func agreesOnRandomText() throws {
        let alphabet: [String] = [
            "a", "b", "Z", "é", "É", "ç", "œ", "ß", "0", "7", " ", " ", "  ", "'", "’", "‘", ".", ",", ";", ":", "_", "-",
            "\u{202F}", "\u{A0}", "\u{2009}", "·", "«", "»", "\"", "!", "?", "(", ")", "…", "—", "\t", "\n", "\r\n", "\r",
            "\u{301}", "\u{AD}", "К", "€", "%", "/", "ª", "×", "ǅ",
        ]
        var state: UInt64 = 2021
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            let length = 1 + next() % 24
            let text = (0..<length).map { _ in alphabet[next() % alphabet.count] }.joined()
            try assertAgreesWithICU(text)
            try assertAgreesWithICU(text, locale: "en")
        }
    }

    /// Positions from byte counting (whole tokens, or any offset on demand) agree with
    /// stepping scalar by scalar, whatever the line endings.
    @Test func positionsAgreeWithScalarStepping() throws {
        let alphabet = ["a", "é", "😀", " ", "\n", "\r", "\r\n", "Kaboul", "d’", "-", "\u{301}", "\t"]
        var state: UInt64 = 7
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            let origin = SourcePosition(utf8Offset: 10, line: 3, column: 4)
            let tokenized = try Tokenizer(locale: "fr").tokenize(text, from: origin)
            var expected: [Int: SourcePosition] = [:]
            var position = origin
            var previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                expected[position.utf8Offset - origin.utf8Offset] = position
                position.advance(over: scalar, previous: previous)
                previous = scalar
            }
            let tokens = tokenized.tokens()
            for index in stride(from: tokenized.count - 1, through: 0, by: -1) {
                let start = Int(tokenized.spans[index].start)
                #expect(tokenized.start(index) == expected[start], "\(text.debugDescription) token \(index)")
                #expect(tokens[index].start == expected[start])
            }
        }
    }

    /// Every character of the table, in every neighbourhood that decides a boundary.
    @Test func agreesOnEveryCharacterOfTheTable() throws {
        for value in UInt32(0x09)...0x20AC {
            guard LatinWordBreaker.wordBreakClass(value) != nil, let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in ["a\(c)b", "1\(c)2", "\(c)a", "\(c)\(c)", "a\(c)", "\(c)1", "a'\(c)", "\(c) \(c)", "_\(c)_", "a.\(c)", "3,\(c)"] {
                try assertAgreesWithICU(text)
            }
        }
    }
}
