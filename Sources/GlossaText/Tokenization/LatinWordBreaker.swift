/// ICU's word boundaries, found directly in UTF-8 for a line made only of Latin letters,
/// digits, spaces and common punctuation: the bulk of French and English news text.
///
/// ICU needs a UTF-16 copy and a rule-table walk per character, and was the largest single
/// cost of `glossa check`. This implements the Unicode word-break rules (UAX #29) for the
/// character classes below, as ICU tailors them (a colon does not join letters), and reports
/// `false` for a line holding any other character, which the caller then gives to ICU.
/// `LatinWordBreakerTests` and the `tokenizer` fuzz target compare the two.
enum LatinWordBreaker {
    enum Class: UInt8 {
        case letter, numeric, midLetter, midNum, midNumLet, extendNumLet, space, other
    }

    /// A segment of a line, as ICU reports it: a byte range and its kind.
    struct Segment: Equatable {
        var range: Range<Int>
        var kind: BreakSegment.Kind
        /// False when the segment surely holds no apostrophe, so no elision to split.
        var mayHoldApostrophe = true
        /// False when the segment surely holds no narrow no-break space (U+202F) to cut at.
        var mayHoldNarrowSpace = true
    }

    /// Appends the segments of `bytes[line]`, a line without its line break, or returns false
    /// (appending nothing) when the line holds a character outside the table.
    static func segments(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, into segments: inout some SegmentSink) -> Bool {
        let firstSegment = segments.mark
        let end = line.upperBound
        var offset = line.lowerBound
        // The class of the scalar at `offset`, when the segment before has already read it.
        var known: (class: Class, width: Int)?
        while offset < end {
            if let plainEnd = plainSegmentEnd(bytes, at: offset, end: end) {
                segments.appendPlain(offset..<plainEnd, isSpace: bytes[offset] == 0x20)
                offset = plainEnd
                known = nil
                continue
            }
            guard let current = known ?? scalarClass(bytes, at: offset, end: end) else {
                return abandon(&segments, from: firstSegment)
            }
            let first = current.class
            let start = offset
            offset += current.width
            var next = offset < end ? scalarClass(bytes, at: offset, end: end) : nil
            if offset < end, next == nil { return abandon(&segments, from: firstSegment) }
            var kind = BreakSegment.Kind.other
            var hasApostrophe = false
            var hasNarrowSpace = false
            switch first {
            case .space:
                while let following = next, following.class == .space {
                    offset += following.width
                    next = offset < end ? scalarClass(bytes, at: offset, end: end) : nil
                    if offset < end, next == nil { return abandon(&segments, from: firstSegment) }
                }
            case .letter, .numeric, .extendNumLet:
                var previous: Class?
                var last = first
                while let following = next {
                    if following.class == .letter {
                        // Most of a word is a run of ASCII and accented Latin letters: take it whole.
                        let runEnd = letterRunEnd(bytes, from: offset + following.width, end: end)
                        previous = runEnd - offset == following.width ? last : .letter
                        last = .letter
                        offset = runEnd
                    } else if isWordLike(following.class) {
                        previous = last
                        last = following.class
                        // The only extender wider than a byte is U+202F.
                        hasNarrowSpace = hasNarrowSpace || (following.class == .extendNumLet && following.width > 1)
                        offset += following.width
                    } else {
                        // Spaces and other punctuation end the word without a look beyond.
                        guard following.class == .midLetter || following.class == .midNum || following.class == .midNumLet
                        else { break }
                        let afterMiddle = offset + following.width
                        guard afterMiddle < end else { break }
                        guard let right = scalarClass(bytes, at: afterMiddle, end: end) else {
                            return abandon(&segments, from: firstSegment)
                        }
                        guard joinsAcross(following.class, between: last, and: right.class) else { break }
                        hasApostrophe = hasApostrophe || bytes[offset] == 0x27 || bytes[offset] == 0xE2
                        previous = following.class
                        last = right.class
                        offset = afterMiddle + right.width
                    }
                    next = offset < end ? scalarClass(bytes, at: offset, end: end) : nil
                    if offset < end, next == nil { return abandon(&segments, from: firstSegment) }
                }
                kind = segmentKind(last: last, previous: previous)
            default:
                break
            }
            hasNarrowSpace = hasNarrowSpace || (first == .extendNumLet && current.width > 1)
            segments.append(Segment(range: start..<offset, kind: kind, mayHoldApostrophe: hasApostrophe,
                                    mayHoldNarrowSpace: hasNarrowSpace))
            known = next
        }
        return true
    }

    private static func abandon(_ segments: inout some SegmentSink, from mark: Int) -> Bool {
        segments.rollBack(to: mark)
        return false
    }

    /// Where the segment at `offset` ends when it is one of the two that make up most of news
    /// text, decided without the general rules: a single space before an ASCII character that
    /// is none, or a run of letters that the next character plainly ends (a space, a comma,
    /// other ASCII punctuation that joins no letters). Nil for anything else.
    @inline(__always)
    static func plainSegmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int? {
        let byte = bytes[offset]
        if byte == 0x20 {
            guard offset + 1 < end else { return offset + 1 }
            let next = bytes[offset + 1]
            return next != 0x20 && next < 0x80 ? offset + 1 : nil
        }
        guard (byte | 0x20) &- 0x61 < 26 else { return nil }
        let runEnd = letterRunEnd(bytes, from: offset + 1, end: end)
        guard runEnd < end else { return runEnd }
        let next = bytes[runEnd]
        return next < 0x80 && plainWordEnds[Int(next)] ? runEnd : nil
    }

    /// The ASCII characters after which a run of letters is a word whatever follows: spaces,
    /// punctuation of class other, and the comma and semicolon, which join only digits.
    private static let plainWordEnds: [Bool] = (0..<0x80).map { byte in
        guard let byteClass = asciiClass(UInt8(byte)) else { return false }
        return byteClass == .space || byteClass == .other || byteClass == .midNum
    }

    /// The end of the run of letters from `offset`: ASCII letters, eight at a time, and the
    /// two-byte Latin letters U+00C0 to U+023F (leads C3 to C8) but for × and ÷. The text is
    /// valid UTF-8, so a lead byte is followed by its continuation.
    @inline(__always)
    private static func letterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, end: Int) -> Int {
        var offset = offset
        while offset < end {
            if offset + 8 <= end {
                let nonLetters = ByteBlock.nonLetterLanes(ByteBlock.load(UnsafeRawBufferPointer(bytes), at: offset))
                offset += nonLetters == 0 ? 8 : nonLetters.trailingZeroBitCount >> 3
                if nonLetters == 0 { continue }
            } else {
                while offset < end, (bytes[offset] | 0x20) &- 0x61 < 26 { offset += 1 }
                guard offset < end else { break }
            }
            let byte = bytes[offset]
            guard byte &- 0xC3 < 6, offset + 1 < end, byte != 0xC3 || bytes[offset + 1] != 0x97 && bytes[offset + 1] != 0xB7
            else { break }
            offset += 2
        }
        return offset
    }

    private static func isWordLike(_ c: Class) -> Bool {
        c == .letter || c == .numeric || c == .extendNumLet
    }

    /// Rules WB6–7 (letter ' letter, letter · letter) and WB11–12 (digit , digit; digit . digit).
    private static func joinsAcross(_ middle: Class, between left: Class, and right: Class) -> Bool {
        switch middle {
        case .midLetter: left == .letter && right == .letter
        case .midNum: left == .numeric && right == .numeric
        case .midNumLet: left == right && (left == .letter || left == .numeric)
        default: false
        }
    }

    /// ICU's rule status follows the last pair of the segment: "A380" is a number, "a_" a word.
    private static func segmentKind(last: Class, previous: Class?) -> BreakSegment.Kind {
        switch last {
        case .letter: return .word
        case .numeric: return .number
        default:
            switch previous {
            case .numeric: return .number
            case .letter, .extendNumLet: return .word
            default: return .other
            }
        }
    }

    /// The class and UTF-8 width of the scalar at `offset`, or nil when ICU must decide.
    @inline(__always)
    private static func scalarClass(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (class: Class, width: Int)? {
        let lead = bytes[offset]
        if lead < 0x80 {
            guard let c = asciiClass(lead) else { return nil }
            return (c, 1)
        }
        let scalar: UInt32
        let width: Int
        if lead >= 0xC2 && lead < 0xE0, offset + 1 < end {
            scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            width = 2
        } else if lead >= 0xE0 && lead < 0xF0, offset + 2 < end {
            scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            width = 3
        } else {
            return nil
        }
        guard let c = wordBreakClass(scalar) else { return nil }
        return (c, width)
    }

    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> Class? {
        switch byte {
        case 0x61...0x7A, 0x41...0x5A, 0x40: .letter
        case 0x20: .space
        case 0x30...0x39: .numeric
        case 0x27, 0x2E: .midNumLet
        case 0x2C, 0x3B: .midNum
        case 0x5F: .extendNumLet
        case 0x09, 0x21...0x7E: .other
        default: nil
        }
    }

    /// The class of a scalar, or nil when ICU must decide (marks, format characters, other
    /// scripts, symbols outside the table). Line breaks never reach here.
    static func wordBreakClass(_ scalar: UInt32) -> Class? {
        switch scalar {
        // ICU counts "@" as a letter, so that an address stays one word.
        case 0x40, 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x30...0x39: return .numeric
        case 0x20: return .space
        case 0x27, 0x2E: return .midNumLet
        case 0x2C, 0x3B: return .midNum
        case 0x5F: return .extendNumLet
        case 0x09, 0x21...0x7E: return .other
        case 0x00...0x1F, 0x7F...0x9F: return nil
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return .letter
        case 0xAD: return nil
        case 0xB7: return .midLetter
        case 0xA0...0xBF, 0xD7, 0xF7: return .other
        case 0x2018, 0x2019: return .midNumLet
        case 0x2027: return .midLetter
        case 0x202F: return .extendNumLet
        case 0x2000...0x2006, 0x2008...0x200A, 0x205F: return .space
        case 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2030...0x203E, 0x20AC: return .other
        default: return nil
        }
    }
}

/// Where the word breakers put the segments they find. The tokenizer turns each into tokens
/// as it comes, rather than collecting a line's segments first: this runs on every word.
protocol SegmentSink {
    /// A mark to roll back to when a line is given up on.
    var mark: Int { get }
    mutating func append(_ segment: LatinWordBreaker.Segment)
    /// A segment that is one ASCII space, or a word of letters alone (no apostrophe, no
    /// underscore, no narrow space): one token as it stands.
    mutating func appendPlain(_ range: Range<Int>, isSpace: Bool)
    mutating func rollBack(to mark: Int)
}

extension Array: SegmentSink where Element == LatinWordBreaker.Segment {
    var mark: Int { count }
    mutating func appendPlain(_ range: Range<Int>, isSpace: Bool) {
        append(LatinWordBreaker.Segment(range: range, kind: isSpace ? .other : .word, mayHoldApostrophe: false, mayHoldNarrowSpace: false))
    }
    mutating func rollBack(to mark: Int) { removeSubrange(mark...) }
}
