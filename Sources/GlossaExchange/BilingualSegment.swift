/// One aligned source/target pair, as plain text.
///
/// Inline markup is flattened: wrappers such as `<hi>`, `<g>`, `<mrk>` or `<pc>` keep their text,
/// while placeholders (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`, `<x/>`, …) are dropped, because
/// their content is native code (`<b>`, `%s`), not words a translator chose. Text marked not to
/// translate (XLIFF 1.2 `<mrk mtype="protected">`, XLIFF 2 `translate="no"` on `<mrk>` or from
/// `<sm>` to its `<em>`) stays, and its ranges are given.
public struct BilingualSegment: Sendable, Equatable {
    /// The unit's id (`tuid`, trans-unit `id`, `unit/segment`), or its 1-based position among
    /// the file's units when the file gives none.
    public let id: String
    public let source: String
    public let target: String
    /// 1-based line of the unit's start tag (of the `<segment>` in XLIFF 2).
    public let line: Int
    /// UTF-8 byte ranges of `source` marked not to translate.
    public let protectedSource: [Range<Int>]
    /// UTF-8 byte ranges of `target` marked not to translate.
    public let protectedTarget: [Range<Int>]

    public init(
        id: String, source: String, target: String, line: Int,
        protectedSource: [Range<Int>] = [], protectedTarget: [Range<Int>] = []
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.line = line
        self.protectedSource = protectedSource
        self.protectedTarget = protectedTarget
    }
}
