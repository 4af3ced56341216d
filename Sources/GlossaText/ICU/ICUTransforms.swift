import CICU

/// Stateless ICU transforms on whole strings: normalisation forms, case mapping and accent folding.
public enum ICUTransforms {
    public enum NormalizationForm: Int32, Sendable {
        case nfc = 0, nfd = 1, nfkc = 2
    }

    public static func normalize(_ text: String, _ form: NormalizationForm) throws -> String {
        let units = try transformUTF16(Array(text.utf16), context: "normalize") { src, len, dest, cap, status in
            glossa_icu_normalize(form.rawValue, src, len, dest, cap, status)
        }
        return String(utf16Units: units)
    }

    /// Full case folding: "STRASSE" and "straße" fold alike.
    public static func foldCase(_ text: String) throws -> String {
        let units = try transformUTF16(Array(text.utf16), context: "case folding") { src, len, dest, cap, status in
            glossa_icu_fold_case(src, len, dest, cap, status)
        }
        return String(utf16Units: units)
    }

    public static func lowercased(_ text: String, locale: String) throws -> String {
        try mapCase(text, locale: locale, upper: false)
    }

    public static func uppercased(_ text: String, locale: String) throws -> String {
        try mapCase(text, locale: locale, upper: true)
    }

    /// Removes non-spacing marks after canonical decomposition: "Hérat" → "Herat", "Koweït" → "Koweit".
    public static func stripMarks(_ text: String) throws -> String {
        let units = try transformUTF16(Array(text.utf16), context: "accent folding") { src, len, dest, cap, status in
            glossa_icu_strip_marks(src, len, dest, cap, status)
        }
        return String(utf16Units: units)
    }

    private static func mapCase(_ text: String, locale: String, upper: Bool) throws -> String {
        let units = try locale.withCString { localeName in
            try transformUTF16(Array(text.utf16), context: "case mapping") { src, len, dest, cap, status in
                glossa_icu_map_case(localeName, upper ? 1 : 0, src, len, dest, cap, status)
            }
        }
        return String(utf16Units: units)
    }
}
