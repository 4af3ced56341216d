/// The comparison forms of a piece of text, from strictest to loosest.
///
/// - `exact`: NFKC, plain typography, case folded, white space collapsed.
///   Two spellings with the same exact form are the same listed term.
/// - `folded`: `exact` without accents. "Hérat" and "Herat" share it.
public enum TextForms {
    public static func exact(_ text: String) throws -> String {
        // Most names are ASCII and Latin-1 letters, which need neither normalisation nor full
        // case folding: they are decided byte by byte, and everything else goes to ICU.
        if let exact = latinExact(text.utf8) { return exact }
        return try exactWithICU(text)
    }

    /// `exact` when the bytes decide it (ASCII and Latin-1 letters), nil when ICU must: cheap
    /// enough that a caller need not remember it, unlike ICU's answer.
    public static func exactWithoutICU(_ text: String) -> String? {
        latinExact(text.utf8)
    }

    /// `exact` through ICU alone: the reference the byte path is tested against.
    static func exactWithICU(_ text: some StringProtocol) throws -> String {
        // A soft hyphen only says where a line may break: "Kan\u{AD}dahar" is "Kandahar".
        let visible = text.unicodeScalars.contains("\u{AD}") ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" }))
            : String(text)
        let compatible = try ICUTransforms.normalize(visible, .nfkc)
        let folded = try ICUTransforms.foldCase(Typography.plain(compatible))
        return collapseWhitespace(folded)
    }

    public static func folded(_ text: String) throws -> String {
        let exact = try exact(text)
        return exact.utf8.allSatisfy({ $0 < 0x80 }) ? exact : try ICUTransforms.stripMarks(exact)
    }

    /// The exact form of text made of printable ASCII and of the Latin-1 letters À to ÿ, which
    /// NFKC leaves alone and which fold by one bit; nil for anything else, ß included (it
    /// folds to "ss"). Spaces collapse as in `collapseWhitespace`.
    static func latinExact(_ bytes: some Collection<UInt8>) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        var afterLead = false
        for byte in bytes {
            if afterLead {
                // The second byte of U+00C0...U+00FF; U+00DF ß and U+00D7 × aside, capitals are C3 80...C3 9E.
                guard byte >= 0x80, byte <= 0xBF, byte != 0x9F else { return nil }
                result.append(byte <= 0x9E && byte != 0x97 ? byte | 0x20 : byte)
                afterLead = false
                continue
            }
            if byte == 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            guard (byte > 0x20 && byte < 0x7F) || byte == 0xC3 else { return nil }
            if pendingSpace && byte != 0x2D && result.last != 0x2D { result.append(0x20) }
            pendingSpace = false
            if byte == 0xC3 {
                afterLead = true
                result.append(byte)
            } else {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        guard !afterLead else { return nil }
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
