import GlossaGlossary

/// Writes an OmegaT glossary: `source<TAB>target<TAB>comment`, UTF-8, `#` comments.
///
/// Each concept with both languages gives a row from its preferred source term to its
/// preferred target term, plus one row per admitted or deprecated source spelling to the same
/// preferred target, so a variant met in the source text still finds the house translation.
/// A target is only ever the preferred term.
struct OmegaTGlossaryWriter {
    let source: LanguageCode
    let target: LanguageCode
    let write: (String) throws -> Void

    func export(_ glossary: Glossary) throws {
        try write("# Glossa \(GlossaExchangeVersion.current) glossary export, \(source) -> \(target): source<TAB>target<TAB>comment\n")
        for concept in glossary.concepts {
            guard let preferredTarget = concept.preferred(in: target) else { continue }
            var rows = ""
            for term in concept.terms(in: source) {
                var comment = concept.note ?? ""
                if term.status != .preferred {
                    let house = concept.preferred(in: source)?.text ?? ""
                    comment = "\(term.status.rawValue) \(source) spelling; house spelling: \(house)"
                        + (comment.isEmpty ? "" : ". \(comment)")
                }
                rows += [term.text, preferredTarget.text, comment].map(Self.field).joined(separator: "\t") + "\n"
            }
            try write(rows)
        }
    }

    /// Tabs and line breaks would split the row.
    static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
