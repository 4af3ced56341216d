/// Reads the text of the segment element that is open (`<seg>`, `<source>`, `<target>`)
/// across its inline markup, and says which side it was when the element closes. The format
/// handlers share it; only their element names differ.
struct SegmentTextReader<Side> {
    enum EndOfElement {
        /// Not inside a segment: the end tag is the handler's to interpret.
        case notReading
        /// An inline element closed inside the segment.
        case inline
        /// The segment closed, with its text.
        case finished(Side, String)
    }

    private var collector: InlineTextCollector?
    private var side: Side?

    var isReading: Bool { collector != nil }

    mutating func begin(_ side: Side, role: @escaping InlineTextCollector.RoleRule) {
        self.side = side
        collector = InlineTextCollector(role: role)
    }

    mutating func enter(_ name: String, attributes: [String: String]) {
        collector?.enter(name, attributes: attributes)
    }

    mutating func append(_ text: String) {
        collector?.append(text)
    }

    mutating func end() -> EndOfElement {
        guard let current = collector, let side else { return .notReading }
        guard current.isAtTop else {
            collector?.leave()
            return .inline
        }
        collector = nil
        self.side = nil
        return .finished(side, current.text)
    }
}
