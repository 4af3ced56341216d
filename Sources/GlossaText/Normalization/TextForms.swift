/// The comparison forms of a piece of text, from strictest to loosest.
///
/// - `exact`: NFKC, plain typography, case folded, white space collapsed.
///   Two spellings with the same exact form are the same listed term.
/// - `folded`: `exact` without accents. "Hérat" and "Herat" share it.
public enum TextForms {
    public static func exact(_ text: some StringProtocol) throws -> String {
        let compatible = try ICUTransforms.normalize(String(text), .nfkc)
        let folded = try ICUTransforms.foldCase(Typography.plain(compatible))
        return collapseWhitespace(folded)
    }

    public static func folded(_ text: some StringProtocol) throws -> String {
        try ICUTransforms.stripMarks(exact(text))
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
