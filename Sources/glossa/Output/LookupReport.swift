import Foundation
import GlossaGlossary
import GlossaMatching

/// The `glossa lookup --json` wire format:
///
///     {"query": "...",
///      "matches": [{"concept": "id", "kind": "place", "match": "exact|variant|fuzzy", "score": 0.93,
///                   "matched": "the listed form that matched", "matched_language": "fr",
///                   "preferred": {"fr": "...", "en": "..."},
///                   "terms": {"fr": [{"text": "...", "status": "preferred|admitted|deprecated",
///                                     "plural": "...", "note": "..."}], "en": [...]},
///                   "note": "..."}]}
///
/// `score` runs from 0 to 1 and matches come best first. Optional fields are omitted when empty.
struct LookupReport: Encodable {
    struct Match: Encodable {
        let concept: String
        let kind: String
        let match: String
        let score: Double
        let matched: String
        let matchedLanguage: String
        let preferred: [String: String]
        let terms: [String: [TermEntry]]
        let note: String?

        enum CodingKeys: String, CodingKey {
            case concept, kind, match, score, matched, preferred, terms, note
            case matchedLanguage = "matched_language"
        }
    }

    struct TermEntry: Encodable {
        let text: String
        let status: String
        let plural: String?
        let note: String?
    }

    let query: String
    let matches: [Match]

    init(query: String, matches: [LookupMatch]) {
        self.query = query
        self.matches = matches.map { match in
            let concept = match.concept
            var preferred: [String: String] = [:]
            var terms: [String: [TermEntry]] = [:]
            for language in concept.languages {
                preferred[language.rawValue] = concept.preferred(in: language)?.text
                terms[language.rawValue] = concept.terms(in: language).map {
                    TermEntry(text: $0.text, status: $0.status.rawValue, plural: $0.plural, note: $0.note)
                }
            }
            return Match(concept: concept.id, kind: concept.kind.rawValue, match: match.kind.rawValue,
                         score: match.score, matched: match.matched,
                         matchedLanguage: match.matchedTerm.language.rawValue,
                         preferred: preferred, terms: terms, note: concept.note)
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
