/// Turns the element events of one format into segments, emitting each as soon as its unit
/// closes, so a caller can stream a large file instead of holding it.
protocol BilingualFormatHandler: XMLElementHandler {
    /// Called after the last event, to settle what could only be known at the end of the file.
    func finish() throws -> BilingualSummary
}

typealias SegmentSink = (BilingualSegment) -> Void
