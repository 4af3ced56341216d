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

/// What a handler knows once the whole file has been read.
struct BilingualSummary {
    var sourceLanguage: String
    var targetLanguage: String
    var skippedUnits: Int
}

/// The languages the caller asked for, canonicalised; nil when not given.
struct RequestedLanguages {
    var source: String?
    var target: String?

    init(source: String?, target: String?) {
        self.source = source.map(LanguageTag.canonical).flatMap { $0.isEmpty ? nil : $0 }
        self.target = target.map(LanguageTag.canonical).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// For formats that declare their languages: the file's value, unless it is missing (then the
    /// requested one). A requested language of another primary language is an error, since
    /// XLIFF fixes which side is the source.
    static func settle(declared: String?, requested: String?, side: String, line: Int) throws -> String {
        let declared = declared.map(LanguageTag.canonical) ?? ""
        guard !declared.isEmpty else { return requested ?? "" }
        if let requested, !LanguageTag.samePrimary(declared, requested) {
            throw ReadFailure(line: line, "the file's \(side) language is \(declared), not \(requested)")
        }
        return declared
    }
}
