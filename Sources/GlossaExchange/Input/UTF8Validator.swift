/// Finds the first byte sequence the XML parser must not see, so the error can name its line.
///
/// Invalid UTF-8 would otherwise be reported as a generic "invalid character" or decoded with
/// U+FFFD, and NUL bytes are worse: libxml2 takes leading NULs for a UCS-4 signature and crashes
/// (measured: SIGSEGV in `xmlParseChunk` for `00 00 00 3C`). XML allows no NUL anyway.
enum UTF8Validator {
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    static let invalidUTF8 = "invalid UTF-8"
    static let nul = "NUL character (U+0000), which XML does not allow"

    /// The first invalid sequence or NUL byte, or nil when the bytes are clean UTF-8.
    /// Overlong forms, surrogates and scalars above U+10FFFF are invalid.
    static func firstProblem(in bytes: UnsafeRawBufferPointer) -> Problem? {
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A { line += 1 }
                if lead == 0x00 { return Problem(line: line, message: nul) }
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
            default: return Problem(line: line, message: invalidUTF8)
            }
            guard index + length <= count else { return Problem(line: line, message: invalidUTF8) }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return Problem(line: line, message: invalidUTF8) }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return Problem(line: line, message: invalidUTF8)
            }
            index += length
        }
        return nil
    }
}
