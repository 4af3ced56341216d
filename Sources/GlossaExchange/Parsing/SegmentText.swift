/// The plain text of one `<seg>`, `<source>` or `<target>`.
struct SegmentText {
    var text: String
    /// UTF-8 byte ranges of `text` marked not to translate.
    var protectedRanges: [Range<Int>]
    /// XLIFF 2 markers that did not end in the segment: they go on in the unit's next one.
    var openMarkers: [InlineTextCollector.TranslateScope]
}
