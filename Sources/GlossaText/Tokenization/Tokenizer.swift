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
        let utf16 = Array(text.utf16)
        let segments = try BreakIterator.segments(utf16, unit: .word, locale: locale)
        var tokens: [Token] = []
        tokens.reserveCapacity(segments.count)

        var scalars = text.unicodeScalars.makeIterator()
        var position = origin
        var previous: Unicode.Scalar?
        for segment in segments {
            var segmentText = String.UnicodeScalarView()
            var consumed = 0
            while consumed < segment.range.count, let scalar = scalars.next() {
                segmentText.append(scalar)
                consumed += UTF16.width(scalar)
            }
            let start = position
            for scalar in segmentText {
                position.advance(over: scalar, previous: previous)
                previous = scalar
            }
            append(String(segmentText), kind: segment.kind, start: start, to: &tokens)
        }
        return tokens
    }

    private func append(_ text: String, kind: BreakSegment.Kind, start: SourcePosition, to tokens: inout [Token]) {
        switch kind {
        case .number:
            tokens.append(Token(text: text, kind: .number, start: start))
        case .other:
            let isSpace = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            tokens.append(Token(text: text, kind: isSpace ? .space : .punctuation, start: start))
        case .word:
            guard splitsElision, let prefixLength = FrenchElision.prefixLength(of: text) else {
                tokens.append(Token(text: text, kind: .word, start: start))
                return
            }
            let scalars = text.unicodeScalars
            let split = scalars.index(scalars.startIndex, offsetBy: prefixLength)
            let elided = String(scalars[..<split])
            var wordStart = start
            var previous: Unicode.Scalar?
            for scalar in elided.unicodeScalars {
                wordStart.advance(over: scalar, previous: previous)
                previous = scalar
            }
            tokens.append(Token(text: elided, kind: .elision, start: start))
            tokens.append(Token(text: String(scalars[split...]), kind: .word, start: wordStart))
        }
    }
}
