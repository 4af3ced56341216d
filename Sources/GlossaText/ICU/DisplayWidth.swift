import CICU

/// How many columns a terminal gives text, for a caret under a finding: a combining accent
/// takes none, a Chinese character or an emoji two (ICU's East Asian width and emoji data).
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Printable ASCII, nearly every character of a report, needs no lookup.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return Int(glossa_icu_display_width(scalar.value))
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
