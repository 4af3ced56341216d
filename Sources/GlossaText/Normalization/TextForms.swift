/// The comparison forms of a piece of text, from strictest to loosest.
///
/// - `exact`: NFKC, plain typography, case folded, white space collapsed.
///   Two spellings with the same exact form are the same listed term.
/// - `folded`: `exact` without accents. "Hérat" and "Herat" share it.
public enum TextForms {
    public static func exact(_ text: some StringProtocol) throws -> String {
        // Printable ASCII needs neither normalisation nor full case folding.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return asciiExact(text.utf8)
        }
        let compatible = try ICUTransforms.normalize(String(text), .nfkc)
        let folded = try ICUTransforms.foldCase(Typography.plain(compatible))
        return collapseWhitespace(folded)
    }

    public static func folded(_ text: some StringProtocol) throws -> String {
        let exact = try exact(text)
        return exact.utf8.allSatisfy({ $0 < 0x80 }) ? exact : try ICUTransforms.stripMarks(exact)
    }

    /// `collapseWhitespace(text.lowercased())` for printable ASCII, byte by byte.
    private static func asciiExact(_ bytes: some Collection<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace && byte != 0x2D && result.last != 0x2D { result.append(0x20) }
            pendingSpace = false
            result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Single spaces between words, none at either end; also around hyphens: "Mazar - e" → "Mazar-e".
    static func collapseWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace && scalar != "-" && result.last != "-" {
                result.append(" ")
            }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}
