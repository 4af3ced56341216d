/// What an inline element inside a segment contributes to the segment's plain text.
///
/// Wrappers mark up words the translator wrote, so their text stays. Placeholders stand for
/// native codes of the original document (`<b>`, `%s`, a field), so they go with their content,
/// including any `<sub>` flow inside them. Unknown elements are treated as wrappers: losing
/// words would hide them from checks, while an extra code is only noise.
enum InlineRole: Equatable {
    case wrapper
    case placeholder
    /// An element that stands for a character, such as XLIFF 2 `<cp hex="0001"/>`.
    case character(String)

    static func tmx(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "bpt", "ept", "it", "ph", "ut", "sub": .placeholder
        default: .wrapper  // hi
        }
    }

    static func xliff12(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "x", "bx", "ex", "ph", "bpt", "ept", "it", "sub": .placeholder
        default: .wrapper  // g, mrk
        }
    }

    static func xliff2(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "ph", "sc", "ec", "sm", "em": .placeholder
        case "cp":
            if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                .character(String(Character(scalar)))
            } else {
                .placeholder
            }
        default: .wrapper  // pc, mrk
        }
    }
}
