import CICU

/// How many columns a terminal gives text, for a caret under a finding: a combining accent
/// takes none, a Chinese character or an emoji two (ICU's East Asian width and emoji data).
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Printable ASCII, nearly every character of a report, needs no lookup.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return Int(glossa_icu_display_width(scalar.value))
    }

    /// An emoji sequence (a flag, a skin tone, a family joined by ZWJ, a symbol with the emoji
    /// selector) is drawn as one emoji; other characters as the sum of their scalars.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return scalars.first.map(of) ?? 0 }
        let isEmojiSequence = scalars.contains {
            $0.value == 0xFE0F || $0.value == 0x200D || $0.properties.isEmojiModifier || (0x1F1E6...0x1F1FF).contains($0.value)
        }
        return isEmojiSequence ? 2 : scalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}
