/// A token as a byte range of its text and a kind.
public struct TokenSpan: Sendable, Equatable {
    public var start: Int32
    public var length: Int32
    public var kind: Token.Kind

    @inlinable public var end: Int { Int(start) + Int(length) }
    @inlinable public var range: Range<Int> { Int(start)..<end }
    @inlinable public var isWordLike: Bool { kind == .word || kind == .number }
}

/// A text and its tokens, kept compactly: the UTF-8 bytes once and each token as a span.
///
/// Scanning millions of words needs neither token strings nor line and column numbers; they
/// are made on demand for the few tokens that end up in a finding.
public struct TokenizedText {
    public let bytes: [UInt8]
    public let spans: [TokenSpan]
    /// Where `bytes` starts in the original document.
    public let origin: SourcePosition
    private let positions: PositionIndex

    init(bytes: [UInt8], spans: [TokenSpan], origin: SourcePosition) {
        self.bytes = bytes
        self.spans = spans
        self.origin = origin
        positions = PositionIndex(bytes: bytes, origin: origin)
    }

    private init(_ text: TokenizedText, spans: [TokenSpan]) {
        bytes = text.bytes
        self.spans = spans
        origin = text.origin
        positions = text.positions
    }

    @inlinable public var count: Int { spans.count }

    /// Tokens that start inside `ranges` (byte offsets in `bytes`) become punctuation: never
    /// matched as words, never joined across. For code, links and other text that is not prose.
    public func masking(_ ranges: [Range<Int>]) -> TokenizedText {
        let ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var spans = spans
        var next = 0
        var reach = Int.min
        // Tokens and ranges both go forward; `reach` is the furthest end of the ranges begun so far.
        for index in spans.indices {
            let start = Int(spans[index].start)
            while next < ranges.count, ranges[next].lowerBound <= start {
                reach = max(reach, ranges[next].upperBound)
                next += 1
            }
            if start < reach { spans[index].kind = .punctuation }
        }
        return TokenizedText(self, spans: spans)
    }

    public func text(_ index: Int) -> String {
        text(in: spans[index].range)
    }

    public func text(in range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The text from the start of token `first` to the end of token `last`.
    public func text(from first: Int, through last: Int) -> String {
        text(in: Int(spans[first].start)..<spans[last].end)
    }

    /// The position of a byte offset of this text, in the original document.
    public func position(ofByte offset: Int) -> SourcePosition {
        positions.position(ofByte: offset)
    }

    public func start(_ index: Int) -> SourcePosition {
        position(ofByte: Int(spans[index].start))
    }

    /// Every token with its text and position, in one pass.
    public func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        var position = origin
        // Spans cover the text end to end, so each token starts where the last one ended.
        for span in spans {
            tokens.append(Token(text: text(in: span.range), kind: span.kind, start: position))
            position.advance(overUTF8: bytes[span.range])
        }
        return tokens
    }
}

/// Line and column of byte offsets, counted on demand: from the nearest of the marks it
/// leaves every 512 bytes, so that asking for many positions along one long line (a whole
/// file without line breaks, say) is not quadratic.
private final class PositionIndex {
    private let bytes: [UInt8]
    private var marks: [SourcePosition]
    /// Small enough that a position asked out of order (an article just before a name) is
    /// counted from a mark a few hundred bytes back.
    private static let spacing = 512

    init(bytes: [UInt8], origin: SourcePosition) {
        self.bytes = bytes
        marks = [SourcePosition(utf8Offset: 0, line: origin.line, column: origin.column)]
        self.origin = origin.utf8Offset
    }

    private let origin: Int

    func position(ofByte offset: Int) -> SourcePosition {
        let offset = min(max(offset, 0), bytes.count)
        // Callers mostly ask in order: the last answer is then the nearest place to count from.
        var position: SourcePosition
        if last.utf8Offset >= 0, last.utf8Offset <= offset {
            position = last
        } else {
            var low = 0, high = marks.count
            while low + 1 < high {
                let middle = (low + high) / 2
                if marks[middle].utf8Offset <= offset { low = middle } else { high = middle }
            }
            position = marks[low]
        }
        // Leave a mark at every `spacing` bytes passed for the first time.
        while marks.count * Self.spacing > position.utf8Offset, marks.count * Self.spacing <= offset {
            position = advance(position, to: marks.count * Self.spacing)
            marks.append(position)
        }
        position = advance(position, to: offset)
        last = position
        position.utf8Offset += origin
        return position
    }

    private var last = SourcePosition(utf8Offset: -1, line: 0, column: 0)

    /// Counts from `mark` (offsets relative to `bytes`) up to `offset`.
    private func advance(_ mark: SourcePosition, to offset: Int) -> SourcePosition {
        var position = mark
        let start = mark.utf8Offset
        // A mark can fall between the CR and the LF of one line break.
        if start > 0, start < offset, bytes[start - 1] == 0x0D, bytes[start] == 0x0A {
            position.utf8Offset += 1
            position.advance(overUTF8: bytes[(start + 1)..<offset])
        } else {
            position.advance(overUTF8: bytes[start..<offset])
        }
        return position
    }
}
