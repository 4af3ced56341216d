import Foundation
import GlossaTM

/// The JSON of `glossa tm search` (and of each sentence's matches in `glossa suggest`):
///
///     {"query": "...", "matches": [{"score": 87, "source": "...", "target": "...",
///       "origin": "file.tmx", "id": "tuid", "line": 12, "source_language": "fr",
///       "target_language": "en", "differences": [{"start": 22, "end": 27, "kind": "placeable"}],
///       "missing": ["dimanche"], "stored_target": "..."}]}
///
/// `target` is adapted to the query's names and numbers; `stored_target`, present only then,
/// is the target as stored. `differences` are spans of `source` that differ from the query,
/// in Unicode scalar offsets, end exclusive; `missing` lists query tokens the source lacks.
struct TMMatchReport: Encodable {
    struct Match: Encodable {
        struct Difference: Encodable {
            let start: Int
            let end: Int
            let kind: String
        }

        let score: Int
        let source: String
        let target: String
        let storedTarget: String?
        let origin: String
        let id: String
        let line: Int
        let sourceLanguage: String
        let targetLanguage: String
        let differences: [Difference]
        let missing: [String]

        init(_ match: FuzzyMatch) {
            score = match.score
            source = match.unit.source
            target = match.adaptedTarget ?? match.unit.target
            storedTarget = match.adaptedTarget == nil ? nil : match.unit.target
            origin = match.unit.origin
            id = match.unit.id
            line = match.unit.line
            sourceLanguage = match.unit.sourceLanguage
            targetLanguage = match.unit.targetLanguage
            let bytes = Array(match.unit.source.utf8)
            func scalars(_ end: Int) -> Int { String(decoding: bytes[..<end], as: UTF8.self).unicodeScalars.count }
            differences = match.differences.map {
                Difference(start: scalars($0.utf8Range.lowerBound), end: scalars($0.utf8Range.upperBound), kind: $0.kind.rawValue)
            }
            missing = match.missingTokens
        }
    }

    let query: String
    let matches: [Match]

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    func encoded() throws -> String {
        String(decoding: try Self.encoder().encode(self), as: UTF8.self)
    }
}
