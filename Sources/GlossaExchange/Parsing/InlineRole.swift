/// What an inline element inside a segment contributes to the segment's plain text.
///
/// Wrappers mark up words the translator wrote, so their text stays. Placeholders stand for
/// native codes of the original document (`<b>`, `%s`, a field), so they go with their content,
/// including any `<sub>` flow inside them. Unknown elements are treated as wrappers: losing
/// words would hide them from checks, while an extra code is only noise.
enum InlineRole: Equatable {
    /// `translate` is false for text marked to stay as it is, true for text marked translatable
    /// again inside such text, nil when the element says nothing.
    case wrapper(translate: Bool?)
    case placeholder
    /// An element that stands for a character, such as XLIFF 2 `<cp hex="0001"/>`.
    case character(String)
    /// XLIFF 2 `<sm translate="no"/>`: the text up to the `<em>` whose `startRef` is `id`, which
    /// may be in a later segment of the unit, is (or is not) to translate.
    case markerStart(id: String, translate: Bool)
    /// XLIFF 2 `<em startRef="id"/>`.
    case markerEnd(id: String)

    static func tmx(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "bpt", "ept", "it", "ph", "ut", "sub": .placeholder
        default: .wrapper(translate: nil)  // hi
        }
    }

    static func xliff12(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "x", "bx", "ex", "ph", "bpt", "ept", "it", "sub": .placeholder
        // XLIFF 1.2 marks text not to translate by this marker type only.
        case "mrk" where attributes["mtype"] == "protected": .wrapper(translate: false)
        default: .wrapper(translate: nil)  // g, mrk
        }
    }

    static func xliff2(_ name: String, _ attributes: [String: String]) -> InlineRole {
        switch name {
        case "ph", "sc", "ec": .placeholder
        // The Translate Annotation: `translate` on `<mrk>`, or on `<sm>` up to its `<em>`.
        case "mrk": .wrapper(translate: translateValue(attributes))
        case "sm":
            if let id = attributes["id"], let translate = translateValue(attributes) {
                .markerStart(id: id, translate: translate)
            } else {
                .placeholder
            }
        case "em": attributes["startRef"].map { .markerEnd(id: $0) } ?? .placeholder
        case "cp":
            if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                .character(String(Character(scalar)))
            } else {
                .placeholder
            }
        default: .wrapper(translate: nil)  // pc
        }
    }

    private static func translateValue(_ attributes: [String: String]) -> Bool? {
        switch attributes["translate"] {
        case "yes": true
        case "no": false
        default: nil
        }
    }
}
