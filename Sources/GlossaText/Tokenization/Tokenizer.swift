/// Splits text into tokens with ICU's word break iterator, then splits French elisions.
///
/// Every token keeps its text as written and its exact position (see `SourcePosition`).
/// Hyphens stay separate tokens: "Mazar-e-Charif" is five tokens, and names that span several
/// tokens are matched over token sequences by the callers.
public struct Tokenizer: Sendable {
    public let locale: String
    public let splitsElision: Bool

    public init(locale: String = "fr", splitsElision: Bool? = nil) {
        self.locale = locale
        self.splitsElision = splitsElision ?? locale.lowercased().hasPrefix("fr")
    }

    public func tokens(in text: String, from origin: SourcePosition = .start) throws -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable { bytes in
            try tokens(utf8: bytes, utf16: Array(text.utf16), origin: origin)
        }!
    }

    /// Walks the UTF-8 bytes once, in step with ICU's boundaries (UTF-16 offsets), counting
    /// lines and columns as it goes and slicing each token out of the original bytes. Plain
    /// ASCII, the bulk of news text, takes the short path.
    private func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>, utf16: [UInt16], origin: SourcePosition) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        var offset = 0
        var position = origin
        var previousWasCR = false
        try BreakIterator.forEachSegment(utf16, unit: .word, locale: locale) { segment in
            let start = position
            let startOffset = offset
            var consumed = 0
            var allSpace = true
            while consumed < segment.range.count, offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    offset += 1
                    consumed += 1
                    position.utf8Offset += 1
                    if lead == 0x0A {
                        if !previousWasCR { position.line += 1 }
                        position.column = 1
                    } else if lead == 0x0D {
                        position.line += 1
                        position.column = 1
                    } else {
                        position.column += 1
                    }
                    previousWasCR = lead == 0x0D
                    if allSpace { allSpace = lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D || lead == 0x0C }
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if allSpace {
                    var decoder = UTF8()
                    var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + width)]).makeIterator()
                    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                        allSpace = scalar.properties.isWhitespace
                    } else {
                        allSpace = false
                    }
                }
                offset += width
                consumed += width == 4 ? 2 : 1
                position.utf8Offset += width
                position.column += 1
                previousWasCR = false
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[startOffset..<offset]), as: UTF8.self)
            append(text, kind: segment.kind, isSpace: allSpace, start: start, to: &tokens)
        }
        return tokens
    }

    /// The length in scalars of an English possessive ending ('s or ’s), or nil.
    static func possessiveSuffixLength(_ word: String) -> Int? {
        let scalars = Array(word.unicodeScalars.suffix(2))
        guard scalars.count == 2, scalars[1] == "s" || scalars[1] == "S", Typography.isApostrophe(scalars[0]),
              word.unicodeScalars.count > 2 else { return nil }
        return 2
    }

    private func append(_ text: String, kind: BreakSegment.Kind, isSpace: Bool, start: SourcePosition, to tokens: inout [Token]) {
        switch kind {
        case .number:
            tokens.append(Token(text: text, kind: .number, start: start))
        case .other:
            tokens.append(Token(text: text, kind: isSpace ? .space : .punctuation, start: start))
        case .word:
            if !splitsElision, let possessive = Self.possessiveSuffixLength(text) {
                // "Taliban's": the name is "Taliban"; "'s" is grammar, not part of it.
                Self.split(text, at: text.unicodeScalars.count - possessive, kinds: (.word, .punctuation), start: start, into: &tokens)
            } else if splitsElision, let prefixLength = FrenchElision.prefixLength(of: text) {
                Self.split(text, at: prefixLength, kinds: (.elision, .word), start: start, into: &tokens)
            } else {
                tokens.append(Token(text: text, kind: .word, start: start))
            }
        }
    }

    /// Two tokens from one word, cut after `offset` scalars, each at its own position.
    private static func split(_ text: String, at offset: Int, kinds: (Token.Kind, Token.Kind), start: SourcePosition,
                              into tokens: inout [Token]) {
        let scalars = text.unicodeScalars
        let cut = scalars.index(scalars.startIndex, offsetBy: offset)
        var secondStart = start
        var previous: Unicode.Scalar?
        for scalar in scalars[..<cut] {
            secondStart.advance(over: scalar, previous: previous)
            previous = scalar
        }
        tokens.append(Token(text: String(scalars[..<cut]), kind: kinds.0, start: start))
        tokens.append(Token(text: String(scalars[cut...]), kind: kinds.1, start: secondStart))
    }
}
