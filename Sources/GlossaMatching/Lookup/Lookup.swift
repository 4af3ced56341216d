import GlossaGlossary
import GlossaText

/// Finds the concepts a typed spelling refers to: exact terms first, then accent and
/// transliteration variants, then, when nothing else matched, likely typos.
public struct Lookup: Sendable {
    public struct QueryError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Longer queries are not names; refusing them keeps a pasted document from stalling.
    public static let maximumQueryLength = 300
    /// A variant-key candidate is confirmed when its orthographic distance is at most this.
    public static let variantDistanceLimit = 0.2
    /// A typo candidate needs at least this similarity of accent-folded forms.
    public static let fuzzyRatioFloor = 0.75
    /// The score of a one-word query found inside a longer listed name.
    public static let partialNameScore = 0.5

    private let index: GlossaryIndex
    private let keys: VariantKeyBuilder

    public init(index: GlossaryIndex, keys: VariantKeyBuilder = .shared) {
        self.index = index
        self.keys = keys
    }

    public func matches(for query: String, language: LanguageCode? = nil, limit: Int = 10) throws -> [LookupMatch] {
        let text = try Self.validated(query, language: language)
        let exact = try TextForms.exact(text)
        let folded = try ICUTransforms.stripMarks(exact)
        let (orthographic, key) = try keys.forms(text)

        var best: [Int64: Candidate] = [:]
        func consider(_ form: GlossaryIndex.Form, _ kind: LookupMatch.Kind, _ score: Double) {
            if let language, form.language.primary != language.primary { return }
            let candidate = Candidate(form: form, kind: kind, score: score)
            if let current = best[form.conceptRow], !candidate.isBetter(than: current) { return }
            best[form.conceptRow] = candidate
        }

        for form in try index.forms(exact: exact) {
            consider(form, .exact, form.origin == .listed ? 1 : form.origin == .listedPlural ? 0.98 : 0.96)
        }
        for form in try index.forms(folded: folded) {
            consider(form, .variant, 0.95)
        }
        var rejectedByDistance: [GlossaryIndex.Form] = []
        if !key.isEmpty {
            for form in try index.forms(key: key) {
                let distance = Similarity.transliterationDistance(orthographic, form.orthographic)
                if distance <= Self.variantDistanceLimit {
                    consider(form, .variant, 0.9 - distance)
                } else {
                    rejectedByDistance.append(form)
                }
            }
        }
        if best.isEmpty {
            for form in rejectedByDistance + (try index.forms(neighbourHashes: KeyNeighbourhood.hashes(of: key)))
            where KeyNeighbourhood.mayBeTypo(folded, keyLength: key.utf8.count, of: form.folded, nameKeyLength: form.key.utf8.count) {
                let ratio = Similarity.ratio(folded, form.folded)
                if ratio >= Self.fuzzyRatioFloor { consider(form, .fuzzy, 0.7 * ratio) }
            }
        }
        if best.isEmpty, !folded.contains(" ") {
            // Part of a longer name ("Ghani" in "Ashraf Ghani"): a suggestion, weaker than a typo.
            for form in try index.forms(containingWord: folded) { consider(form, .fuzzy, Self.partialNameScore) }
        }

        let ranked = try best.values.map { candidate -> LookupMatch in
            let concept = try index.concept(row: candidate.form.conceptRow)
            return LookupMatch(concept: concept, kind: candidate.kind, score: (candidate.score * 100).rounded() / 100,
                               matched: candidate.form.text, matchedTerm: concept.terms[candidate.form.termIndex])
        }
        return Array(ranked.sorted { ($0.score, $1.concept.id) > ($1.score, $0.concept.id) }.prefix(limit))
    }

    /// Trims the query, rejects what cannot be a name, and drops a French elided article.
    static func validated(_ query: String, language: LanguageCode?) throws -> String {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError(description: "the query is empty; give a name or term to look up") }
        guard !trimmed.unicodeScalars.contains("\u{FFFD}") else {
            throw QueryError(description: "the query is not valid UTF-8")
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw QueryError(description: "the query contains control characters")
        }
        let length = trimmed.unicodeScalars.count
        guard length <= maximumQueryLength else {
            throw QueryError(description: "the query is \(length) characters long; a lookup takes at most \(maximumQueryLength)")
        }
        guard language == nil || language?.primary == "fr" else { return trimmed }
        return String(FrenchElision.stripped(trimmed))
    }

    private struct Candidate {
        let form: GlossaryIndex.Form
        let kind: LookupMatch.Kind
        let score: Double

        func isBetter(than other: Candidate) -> Bool {
            if score != other.score { return score > other.score }
            return (form.origin.rawValue, form.status) < (other.form.origin.rawValue, other.form.status)
        }
    }
}
