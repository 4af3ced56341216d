/// Whether the element being read is meant to be translated, from the `translate` attributes
/// of the structural elements around it: XLIFF's `<file>`, `<group>` and unit elements pass
/// theirs down, and an inner `translate="yes"` or `"no"` overrides an outer one.
struct TranslateScopes {
    private let elements: Set<String>
    private var stack: [(element: String, translates: Bool)] = []

    /// `elements`: the names that carry the attribute in the format.
    init(elements: Set<String>) {
        self.elements = elements
    }

    var isTranslatable: Bool { stack.last?.translates ?? true }

    mutating func enter(_ name: String, attributes: [String: String]) {
        guard elements.contains(name) else { return }
        let translates = switch attributes["translate"] {
        case "no": false
        case "yes": true
        default: isTranslatable
        }
        stack.append((name, translates))
    }

    mutating func leave(_ name: String) {
        guard elements.contains(name), stack.last?.element == name else { return }
        stack.removeLast()
    }
}
