/// A `<tu>` with all its language variants, before the language pair picks two of them.
struct TMXUnit {
    struct Variant {
        /// Canonical tag.
        var language: String
        var text: String
    }

    var id: String
    var line: Int
    var variants: [Variant] = []

    /// The first variant written in `language`, else the first of the same primary language
    /// (`fr-CA` for `fr-FR`), skipping the variant already taken as the other side.
    func variantIndex(for language: String, excluding excluded: Int? = nil) -> Int? {
        variants.indices.first { $0 != excluded && variants[$0].language == language }
            ?? variants.indices.first { $0 != excluded && LanguageTag.samePrimary(variants[$0].language, language) }
    }

    /// The pair for `source` → `target`, or nil when the unit lacks either side.
    func segment(source: String, target: String) -> BilingualSegment? {
        guard let sourceIndex = variantIndex(for: source),
            let targetIndex = variantIndex(for: target, excluding: sourceIndex)
        else { return nil }
        return BilingualSegment(
            id: id, source: variants[sourceIndex].text, target: variants[targetIndex].text, line: line)
    }
}
