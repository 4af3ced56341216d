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
