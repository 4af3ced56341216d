/// Web addresses, Markdown link targets and hashtags: names inside them are not prose, and
/// rewriting them would break the link ("https://…/wiki/Herat", "](…/Kabul)", "#Kabul").
public enum LinkSpans {
    private static let http = Array("http://".utf8), https = Array("https://".utf8), www = Array("www.".utf8)

    /// Byte ranges within `text`.
    public static func ranges(in text: String) -> [Range<Int>] {
        ranges(in: Array(text.utf8))
    }

    public static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func addressEnd(from start: Int) -> Int {
            var end = start + 1
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != 0x29, bytes[end] != 0x3E, bytes[end] != 0x22 { end += 1 }
            // A sentence's full stop or comma after an address is not part of it.
            while end > start + 1, ".,;:!?".utf8.contains(bytes[end - 1]) { end -= 1 }
            return end
        }
        func starts(_ prefix: [UInt8], at position: Int) -> Bool {
            guard position + prefix.count <= bytes.count else { return false }
            return bytes[position..<(position + prefix.count)].elementsEqual(prefix) {
                $0 | 0x20 == $1 | 0x20
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x5D || byte == 0x23 || byte == 0x3A || byte | 0x20 == UInt8(ascii: "w") else {
                index += 1
                index = Self.skippingBlocksWithoutOpeners(bytes, from: index)
                continue
            }
            let atWordStart = index == 0 || isSpace(bytes[index - 1]) || "([<\"'".utf8.contains(bytes[index - 1])
            if bytes[index] == 0x5D, index + 1 < bytes.count, bytes[index + 1] == 0x28 {
                // Markdown "](target)": up to the closing parenthesis.
                var end = index + 2
                while end < bytes.count, bytes[end] != 0x29, !isSpace(bytes[end]) { end += 1 }
                ranges.append((index + 2)..<end)
                index = end
                continue
            }
            // An address by scheme is found at its "://", rarer in prose than an "h", and taken
            // from the scheme's first letter.
            if bytes[index] == 0x3A {
                let floor = ranges.last?.upperBound ?? 0
                let scheme = index - 5 >= floor && starts(Self.https, at: index - 5) ? index - 5
                    : index - 4 >= floor && starts(Self.http, at: index - 4) ? index - 4 : nil
                guard let scheme else {
                    index += 1
                    continue
                }
                ranges.append(scheme..<addressEnd(from: scheme))
                index = ranges.last!.upperBound
                continue
            }
            let isAddress = bytes[index] | 0x20 == UInt8(ascii: "w") && atWordStart && starts(Self.www, at: index)
            let isHashtag = atWordStart && bytes[index] == 0x23 && index + 1 < bytes.count && !isSpace(bytes[index + 1])
                && bytes[index + 1] != 0x23
            if isAddress || isHashtag {
                let end = addressEnd(from: index)
                ranges.append(index..<end)
                index = end
                continue
            }
            index += 1
        }
        return ranges
    }

    /// Past the 8-byte blocks from `start` on that hold no byte a link may start with ("]",
    /// "#", the ":" of "://", "w" in either case): most of a text, which took this scan from
    /// 3 % of a check to under 1 %.
    private static func skippingBlocksWithoutOpeners(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { buffer in
            var index = start
            while index + 8 <= buffer.count {
                // Bit 5 set in every byte folds "W" onto "w", and "]" onto "}", which only costs a
                // look at a few more blocks byte by byte.
                let block = ByteBlock.load(buffer, at: index) | 0x2020_2020_2020_2020
                guard !ByteBlock.contains(block, 0x3A), !ByteBlock.contains(block, 0x77), !ByteBlock.contains(block, 0x7D),
                      !ByteBlock.contains(block, 0x23) else { break }
                index += 8
            }
            return index
        }
    }
}
