/// Accumulates the plain text of one `<seg>`, `<source>` or `<target>`, applying inline roles.
///
/// Nesting is tracked with counters rather than recursion, so deeply nested hostile input costs
/// nothing but time.
struct InlineTextCollector {
    typealias RoleRule = (String, [String: String]) -> InlineRole

    private let role: RoleRule
    private(set) var text = ""
    private var depth = 0
    /// Depth of the placeholder being skipped, if any.
    private var skippingFrom: Int?

    init(role: @escaping RoleRule) {
        self.role = role
    }

    /// True when no inline element is open: the next end tag closes the segment itself.
    var isAtTop: Bool { depth == 0 }

    mutating func enter(_ name: String, attributes: [String: String]) {
        depth += 1
        guard skippingFrom == nil else { return }
        switch role(name, attributes) {
        case .wrapper: break
        case .placeholder: skippingFrom = depth
        case .character(let character):
            text += character
            skippingFrom = depth
        }
    }

    mutating func leave() {
        if skippingFrom == depth { skippingFrom = nil }
        depth -= 1
    }

    mutating func append(_ characters: String) {
        if skippingFrom == nil { text += characters }
    }
}
