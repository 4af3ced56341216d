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
        case finished(Side, SegmentText)
    }

    private var collector: InlineTextCollector?
    private var side: Side?

    var isReading: Bool { collector != nil }

    /// `openMarkers`: those the side's previous segment in the unit left open.
    mutating func begin(
        _ side: Side, role: @escaping InlineTextCollector.RoleRule, openMarkers: [InlineTextCollector.TranslateScope] = []
    ) {
        self.side = side
        collector = InlineTextCollector(role: role, openMarkers: openMarkers)
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
        return .finished(
            side, SegmentText(text: current.text, protectedRanges: current.protectedRanges, openMarkers: current.openMarkers))
    }
}
