/// The languages the caller asked for, canonicalised; nil when not given.
struct RequestedLanguages {
    var source: String?
    var target: String?

    init(source: String?, target: String?) {
        self.source = source.map(LanguageTag.canonical).flatMap { $0.isEmpty ? nil : $0 }
        self.target = target.map(LanguageTag.canonical).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// For formats that declare their languages (XLIFF): the requested language wins over a
    /// declared one of another primary language, since tools write wrong ones (translate-toolkit
    /// declares `en-US` over French sources); `overridden` then holds the file's. A requested
    /// language of the same primary language yields to the file's fuller tag (`fr-FR` for `fr`).
    static func settle(declared: String?, requested: String?) -> (language: String, overridden: String?) {
        let declared = declared.map(LanguageTag.canonical) ?? ""
        guard let requested else { return (declared, nil) }
        if declared.isEmpty { return (requested, nil) }
        return LanguageTag.samePrimary(declared, requested) ? (declared, nil) : (requested, declared)
    }
}
