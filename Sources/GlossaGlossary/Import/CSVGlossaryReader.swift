import CSV
import Foundation

/// Reads a spreadsheet glossary: a header row naming the columns, then one concept a row.
///
/// `fr` and `en` are required; `id`, `kind`, `note`, `fr_variants` and `en_variants` are
/// optional, and variants are separated by `|`. Other `xx` and `xx_variants` columns
/// (any language code) are kept too.
///
/// A header with `lang`, `status` and `term` columns is the long layout instead, one row per
/// term as in a glossary file (what `glossa export --format csv` writes); `TermRowsReader` reads it.
public enum CSVGlossaryReader {
    public static func read(_ text: String, delimiter: Unicode.Scalar = ",", displayName: String) throws -> [IncomingConcept] {
        if TermRowsReader.recognises(text, delimiter: delimiter) {
            return try TermRowsReader.read(text, delimiter: delimiter, displayName: displayName)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
        } catch {
            throw GlossaryError(file: displayName, line: 1, "cannot read the header row: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        for required in ["fr", "en"] where !header.contains(required) {
            throw GlossaryError(file: displayName, line: 1, "the header row lacks the required column '\(required)'")
        }
        var languageColumns: [(index: Int, language: LanguageCode, variants: Bool)] = []
        for (index, name) in header.enumerated() {
            if ["id", "kind", "note"].contains(name) { continue }
            let isVariants = name.hasSuffix("_variants")
            let code = isVariants ? String(name.dropLast("_variants".count)) : name
            guard let language = LanguageCode(code) else {
                throw GlossaryError(file: displayName, line: 1,
                                    "unknown column '\(name)'; use id, kind, note, a language code such as fr, or fr_variants")
            }
            languageColumns.append((index, language, isVariants))
        }

        var concepts: [IncomingConcept] = []
        var errors: [GlossaryError] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            func field(_ name: String) -> String? {
                guard let index = header.firstIndex(of: name), index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            if row.allSatisfy(\.isEmpty) { continue }
            var terms: [LanguageCode: [String]] = [:]
            for column in languageColumns.sorted(by: { $0.variants == $1.variants ? $0.index < $1.index : !$0.variants }) {
                guard column.index < row.count else { continue }
                let values = column.variants
                    ? row[column.index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                    : [row[column.index]]
                terms[column.language, default: []] += values.filter { !$0.isEmpty }
            }
            var kind: ConceptKind?
            if let text = field("kind") {
                kind = ConceptKind(rawValue: text.lowercased())
                if kind == nil {
                    errors.append(GlossaryError(file: displayName, line: line,
                                                "unknown kind '\(text)'; use \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                    continue
                }
            }
            for required in [LanguageCode.french, .english] where field(required.rawValue) == nil {
                errors.append(GlossaryError(file: displayName, line: line, "missing field '\(required)'"))
            }
            concepts.append(IncomingConcept(id: field("id"), kind: kind, note: field("note"), terms: terms, line: line))
        }
        if let error = reader.error {
            errors.append(GlossaryError(file: displayName, line: line + 1, "malformed CSV: \(error)"))
        }
        if !errors.isEmpty { throw GlossaryErrors(errors) }
        return concepts
    }
}
