/// Turns the element events of one format into segments, emitting each as soon as its unit
/// closes, so a caller can stream a large file instead of holding it.
protocol BilingualFormatHandler: AnyObject {
    /// `parent` is the enclosing element's name; `line` maps the parser position to the line
    /// where this start tag begins (computed only when asked for).
    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws
    func end(_ name: String, parent: String?) throws
    func characters(_ text: String)
    /// Called after the last event, to settle what could only be known at the end of the file.
    func finish() throws -> BilingualSummary
}

typealias SegmentSink = (BilingualSegment) -> Void
