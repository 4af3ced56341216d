/// Splits text into tokens the way ICU's word break iterator does, then splits French
/// elisions (and, in English, possessives).
///
/// Lines of Latin text take `LatinWordBreaker`; any other line goes to ICU. Hyphens stay
/// separate tokens: "Mazar-e-Charif" is five tokens, and names that span several tokens are
/// matched over token sequences by the callers.
public struct Tokenizer: Sendable {
    public let locale: String
    public let splitsElision: Bool

    public init(locale: String = "fr", splitsElision: Bool? = nil) {
        self.locale = locale
        self.splitsElision = splitsElision ?? locale.lowercased().hasPrefix("fr")
    }

    /// Every token with its text and exact position (see `SourcePosition`).
    public func tokens(in text: String, from origin: SourcePosition = .start) throws -> [Token] {
        try tokenize(text, from: origin).tokens()
    }

    public func tokenize(_ text: String, from origin: SourcePosition = .start) throws -> TokenizedText {
        try tokenize(utf8: Array(text.utf8), from: origin, usingICUOnly: false)
    }

    /// `tokenize` with every line given to ICU: the reference the fast path is tested against.
    public func tokenizeWithICUOnly(_ text: String) throws -> TokenizedText {
        try tokenize(utf8: Array(text.utf8), from: .start, usingICUOnly: true)
    }

    private func tokenize(utf8 bytes: [UInt8], from origin: SourcePosition, usingICUOnly: Bool) throws -> TokenizedText {
        var spans: [TokenSpan] = []
        spans.reserveCapacity(bytes.count / 3)
        try bytes.withUnsafeBufferPointer { buffer in
            var sink = SpanSink(tokenizer: self, bytes: buffer, spans: spans)
            spans = []
            var lineStart = 0
            while lineStart < buffer.count {
                let lineBreak = Self.nextLineBreak(in: buffer, from: lineStart)
                let line = lineStart..<lineBreak.lowerBound
                if !line.isEmpty, usingICUOnly || !LatinWordBreaker.segments(buffer, line: line, into: &sink) {
                    try Self.icuSegments(buffer, line: line, locale: locale, into: &sink)
                }
                if !lineBreak.isEmpty { sink.append(LatinWordBreaker.Segment(range: lineBreak, kind: .other)) }
                lineStart = lineBreak.upperBound
            }
            spans = sink.spans
        }
        return TokenizedText(bytes: bytes, spans: spans, origin: origin)
    }

    /// Turns segments into token spans as the word breakers find them.
    private struct SpanSink: SegmentSink {
        let tokenizer: Tokenizer
        let bytes: UnsafeBufferPointer<UInt8>
        var spans: [TokenSpan]

        var mark: Int { spans.count }

        @inline(__always)
        mutating func append(_ segment: LatinWordBreaker.Segment) {
            tokenizer.append(segment, in: bytes, to: &spans)
        }

        @inline(__always)
        mutating func appendPlain(_ range: Range<Int>, isSpace: Bool) {
            spans.append(TokenSpan(start: Int32(range.lowerBound), length: Int32(range.count), kind: isSpace ? .space : .word))
        }

        mutating func rollBack(to mark: Int) {
            spans.removeSubrange(mark...)
        }
    }

    /// The next mandatory break at or after `start` (CR LF, LF, CR, VT, FF, NEL, LS, PS), or
    /// an empty range at the end of the text.
    private static func nextLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int> {
        var offset = start
        while offset < bytes.count {
            // A block with no control character and no lead byte of NEL (C2 85) or of LS and PS
            // (E2 80 A8, E2 80 A9) holds no break; the others are looked at byte by byte.
            if offset + 8 <= bytes.count {
                let block = ByteBlock.load(UnsafeRawBufferPointer(bytes), at: offset)
                if !ByteBlock.contains(block, below: 0x0E), !ByteBlock.contains(block, 0xC2), !ByteBlock.contains(block, 0xE2) {
                    offset += 8
                    continue
                }
            }
            let blockEnd = min(offset + 8, bytes.count)
            while offset < blockEnd {
                switch bytes[offset] {
                case 0x0A, 0x0B, 0x0C:
                    return offset..<offset + 1
                case 0x0D:
                    return offset..<(offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? offset + 2 : offset + 1)
                case 0xC2 where offset + 1 < bytes.count && bytes[offset + 1] == 0x85:
                    return offset..<offset + 2
                case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9):
                    return offset..<offset + 3
                default:
                    offset += 1
                }
            }
        }
        return bytes.count..<bytes.count
    }

    /// ICU's segments of one line, converted from UTF-16 offsets to byte offsets.
    private static func icuSegments(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, locale: String,
                                    into segments: inout some SegmentSink) throws {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
        var offset = line.lowerBound
        var unitsPassed = 0
        try BreakIterator.forEachSegment(Array(text.utf16), unit: .word, locale: locale) { segment in
            let start = offset
            while unitsPassed < segment.range.upperBound, offset < line.upperBound {
                let lead = bytes[offset]
                let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                offset += width
                unitsPassed += width == 4 ? 2 : 1
            }
            segments.append(LatinWordBreaker.Segment(range: start..<offset, kind: segment.kind))
        }
    }

    @inline(__always)
    private func append(_ segment: LatinWordBreaker.Segment, in bytes: UnsafeBufferPointer<UInt8>, to spans: inout [TokenSpan]) {
        let range = segment.range
        func span(_ range: Range<Int>, _ kind: Token.Kind) -> TokenSpan {
            TokenSpan(start: Int32(range.lowerBound), length: Int32(range.count), kind: kind)
        }
        switch segment.kind {
        case .number:
            spans.append(span(range, .number))
        case .other:
            spans.append(span(range, Self.isSpace(bytes[range]) ? .space : .punctuation))
        case .word:
            @inline(__always) func appendWord(_ part: Range<Int>) {
                if segment.mayHoldApostrophe, let (cut, isElision) = splitPoint(of: bytes[part]) {
                    // "d'Hérat" is an article and a name; in "Taliban's", "'s" is grammar, not name.
                    let kinds: (Token.Kind, Token.Kind) = isElision ? (.elision, .word) : (.word, .punctuation)
                    spans.append(span(part.lowerBound..<cut, kinds.0))
                    spans.append(span(cut..<part.upperBound, kinds.1))
                } else {
                    spans.append(span(part, .word))
                }
            }
            // "_Herat_": underscores around a word are emphasis, not part of it; within one
            // ("kabul_airport") they stay.
            let word = Self.withoutEdgeUnderscores(range, in: bytes)
            if word.lowerBound > range.lowerBound { spans.append(span(range.lowerBound..<word.lowerBound, .punctuation)) }
            if segment.mayHoldNarrowSpace {
                Self.forEachNarrowSpacePart(of: word, in: bytes) { part, isSpace in
                    if isSpace { spans.append(span(part, .space)) } else { appendWord(part) }
                }
            } else {
                appendWord(word)
            }
            if word.upperBound < range.upperBound { spans.append(span(word.upperBound..<range.upperBound, .punctuation)) }
        }
    }

    /// `range` less the underscores at either end, when something is left between them.
    @inline(__always)
    static func withoutEdgeUnderscores(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard bytes[range.lowerBound] == 0x5F || bytes[range.upperBound - 1] == 0x5F else { return range }
        var start = range.lowerBound, end = range.upperBound
        while start < end, bytes[start] == 0x5F { start += 1 }
        while end > start, bytes[end - 1] == 0x5F { end -= 1 }
        return start < end ? start..<end : range
    }

    /// A word cut at its narrow no-break spaces (U+202F). Word-break rules let that space join
    /// letters, as in numbers ("10 000"), but French puts it inside « » and before : ; ! ?,
    /// so "«\u{202F}Herat\u{202F}»" holds the word "Herat", not "\u{202F}Herat\u{202F}".
    /// A closure, not an array of parts: this runs on every word.
    static func forEachNarrowSpacePart(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                       _ body: (Range<Int>, _ isSpace: Bool) -> Void) {
        var start = range.lowerBound
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard bytes[offset] == 0xE2, offset + 2 < range.upperBound, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xAF else {
                offset += 1
                continue
            }
            if start < offset { body(start..<offset, false) }
            var end = offset
            while end + 2 < range.upperBound, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0xAF { end += 3 }
            body(offset..<end, true)
            start = end
            offset = end
        }
        if start < range.upperBound { body(start..<range.upperBound, false) }
    }

    /// Where a word splits in two, and whether before it is an elided article: after a French
    /// elided article, or (English) before a possessive ending, or after a French article left
    /// in English copy before a capital ("l'ONU", "d'Hérat"). Only words holding an
    /// apostrophe-like byte are looked at closely.
    private func splitPoint(of word: Slice<UnsafeBufferPointer<UInt8>>) -> (Int, isElision: Bool)? {
        guard word.contains(where: { $0 == 0x27 || $0 == 0x60 || $0 == 0xC2 || $0 == 0xCA || $0 == 0xE2 }) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self)
        func offset(_ scalars: Int) -> Int { word.startIndex + text.unicodeScalars.prefix(scalars).reduce(0) { $0 + UTF8.width($1) } }
        if let prefix = FrenchElision.prefixLength(of: text),
           splitsElision || text.unicodeScalars.dropFirst(prefix).first?.properties.isUppercase == true {
            return (offset(prefix), true)
        }
        guard !splitsElision, let possessive = Self.possessiveSuffixLength(text) else { return nil }
        return (offset(text.unicodeScalars.count - possessive), false)
    }

    /// The length in scalars of an English possessive ending ('s or ’s), or nil.
    static func possessiveSuffixLength(_ word: String) -> Int? {
        let scalars = Array(word.unicodeScalars.suffix(2))
        guard scalars.count == 2, scalars[1] == "s" || scalars[1] == "S", Typography.isApostrophe(scalars[0]),
              word.unicodeScalars.count > 2 else { return nil }
        return 2
    }

    /// Spaces, tabs and line breaks; a vertical tab counts as punctuation, as it always has here.
    private static func isSpace(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var allASCII = true
        for byte in bytes {
            guard byte < 0x80 else { allASCII = false; break }
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C else { return false }
        }
        if allASCII { return true }
        var allSpace = true
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self).unicodeScalars.forEach { scalar in
            if scalar.isASCII {
                allSpace = allSpace && (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}")
            } else {
                allSpace = allSpace && scalar.properties.isWhitespace
            }
        }
        return allSpace
    }
}
