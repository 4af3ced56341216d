/// Finds the first byte sequence the XML parser must not see, so the error can name its line.
///
/// Invalid UTF-8 would otherwise be reported as a generic "invalid character" or decoded with
/// U+FFFD, and NUL bytes are worse: libxml2 takes leading NULs for a UCS-4 signature and crashes
/// (measured: SIGSEGV in `xmlParseChunk` for `00 00 00 3C`). XML allows no NUL anyway.
///
/// The input comes in chunks: the validator carries the line count from one chunk to the next,
/// and a sequence cut by the end of a chunk is held back, to be checked whole at the head of the
/// next one.
struct UTF8Validator {
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    enum Outcome: Equatable {
        /// The first `count` bytes are valid, complete sequences; the rest (at most 3 bytes, the
        /// start of a sequence cut by the end of the chunk) must come again, first in the next chunk.
        case valid(count: Int)
        case problem(Problem)
    }

    static let invalidUTF8 = "invalid UTF-8"
    static let nul = "NUL character (U+0000), which XML does not allow"

    /// The line of the next byte to check (1-based, counted at LF).
    private(set) var line = 1

    /// Checks the next chunk. With `isFinal`, a sequence cut by the end is a problem.
    /// Overlong forms, surrogates and scalars above U+10FFFF are invalid.
    mutating func check(_ bytes: UnsafeRawBufferPointer, isFinal: Bool) -> Outcome {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A { line += 1 }
                if lead == 0x00 { return .problem(Problem(line: line, message: Self.nul)) }
                index += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return invalid
            }
            let available = min(length, count - index)
            if available > 1 {
                let second = bytes[index + 1]
                guard second >= lowest, second <= highest else { return invalid }
            }
            if available > 2 {
                for offset in 2..<available where bytes[index + offset] & 0xC0 != 0x80 {
                    return invalid
                }
            }
            guard available == length else {
                // A valid start of a sequence that the end of the chunk cuts.
                return isFinal ? invalid : .valid(count: index)
            }
            index += length
        }
        return .valid(count: count)
    }

    private var invalid: Outcome {
        .problem(Problem(line: line, message: Self.invalidUTF8))
    }

    /// The first invalid sequence or NUL byte of a whole buffer, or nil when it is clean UTF-8.
    static func firstProblem(in bytes: UnsafeRawBufferPointer) -> Problem? {
        var validator = UTF8Validator()
        if case .problem(let problem) = validator.check(bytes, isFinal: true) { return problem }
        return nil
    }
}
