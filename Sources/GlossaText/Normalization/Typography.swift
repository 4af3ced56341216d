#if canImport(Glibc)
import Glibc
#endif

/// Maps typographic look-alikes to one plain character each.
///
/// Every mapping is one scalar to one scalar, so positions counted in scalars are the same
/// before and after; the tokenizer relies on that.
public enum Typography {
    public static func plainScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2019, 0x02BC, 0x2018, 0x2032, 0x02B9, 0x0060, 0x00B4:
            return "'"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2039, 0x203A:
            return "\""
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x3000:
            return " "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D:
            return "-"
        default:
            return scalar
        }
    }

    /// True for the characters that `plainScalar` maps to `'`.
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        plainScalar(scalar) == "'"
    }

    /// Whether UTF-8 text has more typographic apostrophes (U+2019, E2 80 99) than straight
    /// ones: the writer's, for replacements. Eight bytes at a time, since it reads a whole chunk.
    public static func prefersTypographicApostrophe(_ bytes: [UInt8]) -> Bool {
        // Without a byte 99 there is no typographic apostrophe to count: libc's memchr says so
        // many times faster than the count below.
        let mayHoldTypographic = bytes.withUnsafeBytes { raw in
            raw.baseAddress.map { memchr($0, 0x99, raw.count) != nil } ?? false
        }
        guard mayHoldTypographic else { return false }
        var straight = 0, typographic = 0
        bytes.withUnsafeBytes { raw in
            func countByteByByte(_ range: Range<Int>) {
                for offset in range where raw[offset] == 0x27 || raw[offset] == 0x99 {
                    if raw[offset] == 0x27 {
                        straight += 1
                    } else if offset >= 2, raw[offset - 1] == 0x80, raw[offset - 2] == 0xE2 {
                        typographic += 1
                    }
                }
            }
            var offset = 0
            while offset + 8 <= raw.count {
                let block = ByteBlock.load(raw, at: offset)
                if ByteBlock.contains(block, 0x99) {
                    countByteByByte(offset..<offset + 8)
                } else {
                    straight += ByteBlock.count(of: 0x27, in: block)
                }
                offset += 8
            }
            countByteByByte(offset..<raw.count)
        }
        return typographic > straight
    }

    public static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        plainScalar(scalar) == "-"
    }

    public static func plain(_ text: String) -> String {
        // Every scalar mapped is U+0060 or starts with one of these bytes; most words hold none.
        guard text.utf8.contains(where: { $0 == 0x60 || $0 == 0xC2 || $0 == 0xCA || $0 >= 0xE2 && $0 <= 0xE3 || $0 == 0xEF })
        else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(plainScalar(scalar))
        }
        return String(scalars)
    }
}
