/// Finds the first invalid UTF-8 sequence, so the error can name its line; the XML parser
/// would otherwise report it as a generic "invalid character" or decode it with U+FFFD.
enum UTF8Validator {
    /// The 1-based line of the first invalid sequence, or nil when the bytes are valid UTF-8.
    /// Overlong forms, surrogates and scalars above U+10FFFF are invalid.
    static func firstInvalidLine(in bytes: UnsafeRawBufferPointer) -> Int? {
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A { line += 1 }
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
            default: return line
            }
            guard index + length <= count else { return line }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return line }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return line
            }
            index += length
        }
        return nil
    }
}
