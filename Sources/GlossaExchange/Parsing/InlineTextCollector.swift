/// Accumulates the plain text of one `<seg>`, `<source>` or `<target>`, applying inline roles.
///
/// Nesting is tracked with counters rather than recursion, so deeply nested hostile input costs
/// nothing but time.
struct InlineTextCollector {
    typealias RoleRule = (String, [String: String]) -> InlineRole

    /// Text marked to translate or not: by an element until it closes, or by an XLIFF 2
    /// marker until its end marker. The innermost (last opened) decides.
    struct TranslateScope: Equatable {
        enum Extent: Equatable {
            case element(depth: Int)
            case marker(id: String)
        }

        var extent: Extent
        var translates: Bool
    }

    private let role: RoleRule
    private(set) var text = ""
    /// UTF-8 byte ranges of `text` marked not to translate.
    private(set) var protectedRanges: [Range<Int>] = []
    private var scopes: [TranslateScope]
    private var depth = 0
    /// Depth of the placeholder being skipped, if any.
    private var skippingFrom: Int?

    /// `openMarkers`: the markers an earlier segment of the unit opened and did not end.
    init(role: @escaping RoleRule, openMarkers: [TranslateScope] = []) {
        self.role = role
        scopes = openMarkers
    }

    /// True when no inline element is open: the next end tag closes the segment itself.
    var isAtTop: Bool { depth == 0 }

    /// The markers still open, which the unit's next segment goes on with.
    var openMarkers: [TranslateScope] {
        scopes.filter { if case .marker = $0.extent { true } else { false } }
    }

    mutating func enter(_ name: String, attributes: [String: String]) {
        depth += 1
        guard skippingFrom == nil else { return }
        switch role(name, attributes) {
        case .wrapper(let translate):
            if let translate { scopes.append(TranslateScope(extent: .element(depth: depth), translates: translate)) }
        case .placeholder:
            skippingFrom = depth
        case .character(let character):
            add(character)
            skippingFrom = depth
        case .markerStart(let id, let translate):
            scopes.append(TranslateScope(extent: .marker(id: id), translates: translate))
            skippingFrom = depth
        case .markerEnd(let id):
            if let index = scopes.lastIndex(where: { $0.extent == .marker(id: id) }) { scopes.remove(at: index) }
            skippingFrom = depth
        }
    }

    mutating func leave() {
        if skippingFrom == depth { skippingFrom = nil }
        if let index = scopes.lastIndex(where: { $0.extent == .element(depth: depth) }) { scopes.remove(at: index) }
        depth -= 1
    }

    mutating func append(_ characters: String) {
        if skippingFrom == nil { add(characters) }
    }

    private mutating func add(_ characters: String) {
        let start = text.utf8.count
        text += characters
        guard scopes.last?.translates == false else { return }
        if let last = protectedRanges.last, last.upperBound == start {
            protectedRanges[protectedRanges.count - 1] = last.lowerBound..<text.utf8.count
        } else {
            protectedRanges.append(start..<text.utf8.count)
        }
    }
}
