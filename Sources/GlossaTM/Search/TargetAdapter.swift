import GlossaGlossary

/// Puts the query's placeables into a stored target: where the stored source has "Hérat" and
/// the query "Kandahar", the stored target's "Herat" becomes "Kandahar" (the glossary's house
/// spelling in the target language); a number becomes the query's number.
struct TargetAdapter {
    let analyzer: SegmentAnalyzer
    let language: String

    /// The adapted target, or nil when no swap could be applied.
    func adapt(_ target: String, swaps: [(query: ScoringToken, stored: ScoringToken)]) throws -> String? {
        guard !swaps.isEmpty else { return nil }
        let tokens = try analyzer.tokens(target, language: language)
        var used = Set<Int>()
        var replacements: [(range: Range<Int>, text: String)] = []
        for swap in swaps {
            switch (swap.query.kind, swap.stored.kind) {
            case (.name(let wanted), .name(let present)):
                guard wanted != present,
                      let spelling = analyzer.concept(row: wanted)?.preferred(in: LanguageCode(language) ?? .english)?.text,
                      let slot = tokens.indices.first(where: { !used.contains($0) && tokens[$0].kind == .name(concept: present) })
                else { continue }
                used.insert(slot)
                replacements.append((tokens[slot].utf8Range, spelling))
            case (.number, .number):
                guard let slot = tokens.indices.first(where: {
                    !used.contains($0) && tokens[$0].kind == .number && tokens[$0].text == swap.stored.text
                }) else { continue }
                used.insert(slot)
                replacements.append((tokens[slot].utf8Range, swap.query.text))
            default:
                continue
            }
        }
        guard !replacements.isEmpty else { return nil }
        var bytes = Array(target.utf8)
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(replacement.range, with: Array(replacement.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
