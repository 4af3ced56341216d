import CSV
import Foundation

/// Reads the long layout: one row per term with the columns of a glossary file (`id`, `kind`,
/// `lang`, `status`, `term`, `plural`, `note`, `source`, `distinct`), concept rows leaving
/// `lang` empty. It is the only spreadsheet layout that carries statuses, plurals, notes and
/// sources, so `glossa export --format csv` writes it and a round trip loses nothing.
public enum TermRowsReader {
    /// True when the first non-comment row names `lang`, `status` and `term` columns.
    public static func recognises(_ text: String, delimiter: Unicode.Scalar) -> Bool {
        guard let header = TextFile.lines(text).first(where: { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }) else {
            return false
        }
        let names = Set(header.split(separator: Character(delimiter)).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")).lowercased()
        })
        return names.isSuperset(of: ["lang", "status", "term"])
    }

    public static func read(_ text: String, delimiter: Unicode.Scalar, displayName: String) throws -> [IncomingConcept] {
        // Tab-separated text is a glossary file: read it with the glossary's own parser, which
        // keeps quotes as text. CSV needs the CSV parser, then goes through the same rows.
        let tsv = delimiter == "\t" ? text : try tabSeparated(fromCSV: text, displayName: displayName)
        let (file, errors) = GlossaryFile.parse(tsv, url: URL(fileURLWithPath: displayName), displayName: displayName)
        if !errors.isEmpty { throw GlossaryErrors(errors) }
        return try concepts(from: file.rows, displayName: displayName)
    }

    /// Re-lays CSV rows as glossary-file rows, keeping line numbers (one output line per record;
    /// a record with a line break inside a quoted field is rare in a glossary).
    private static func tabSeparated(fromCSV text: String, displayName: String) throws -> String {
        let body = text
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: true, delimiter: ",")
        } catch {
            throw GlossaryError(file: displayName, line: 1, "cannot read the header row: \(error)")
        }
        var lines: [String] = []
        while let row = reader.next() {
            lines.append(row.map(GlossaryFile.sanitized).joined(separator: "\t"))
        }
        if let error = reader.error {
            throw GlossaryError(file: displayName, line: lines.count + 1, "malformed CSV: \(error)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func concepts(from rows: [GlossaryFile.Row], displayName: String) throws -> [IncomingConcept] {
        var order: [String] = []
        var conceptRows: [String: GlossaryFile.Row] = [:]
        var terms: [String: [Term]] = [:]
        var errors: [GlossaryError] = []
        for row in rows {
            let id = row[.id]
            func fail(_ message: String) { errors.append(GlossaryError(file: displayName, line: row.line, message)) }
            guard !id.isEmpty else { fail("missing field 'id'"); continue }
            if conceptRows[id] == nil && terms[id] == nil { order.append(id) }
            if row.isConceptRow {
                guard conceptRows[id] == nil else { fail("duplicate concept id '\(id)'"); continue }
                conceptRows[id] = row
                continue
            }
            guard let language = LanguageCode(row[.lang]) else { fail("unknown language code '\(row[.lang])'"); continue }
            guard let status = TermStatus(rawValue: row[.status].lowercased()) else {
                fail("unknown status '\(row[.status])'; use preferred, admitted or deprecated")
                continue
            }
            guard !row[.term].isEmpty else { fail("missing field 'term'"); continue }
            terms[id, default: []].append(Term(
                text: row[.term], language: language, status: status,
                plural: nonEmpty(row[.plural]), note: nonEmpty(row[.note]), source: nonEmpty(row[.source])))
        }
        var concepts: [IncomingConcept] = []
        for id in order {
            let conceptRow = conceptRows[id]
            var kind: ConceptKind?
            if let text = conceptRow.flatMap({ nonEmpty($0[.kind]) }) {
                kind = ConceptKind(rawValue: text.lowercased())
                if kind == nil {
                    errors.append(GlossaryError(file: displayName, line: conceptRow!.line,
                                                "unknown kind '\(text)'; use \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            }
            let distinct = (conceptRow?[.distinct] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let line = conceptRow?.line ?? rows.first { $0[.id] == id }!.line
            guard let conceptTerms = terms[id], !conceptTerms.isEmpty else {
                errors.append(GlossaryError(file: displayName, line: line, "concept '\(id)' has no terms"))
                continue
            }
            concepts.append(IncomingConcept(
                id: id, kind: kind, note: conceptRow.flatMap { nonEmpty($0[.note]) },
                source: conceptRow.flatMap { nonEmpty($0[.source]) }, distinct: distinct,
                statedTerms: conceptTerms, line: line))
        }
        if !errors.isEmpty { throw GlossaryErrors(errors) }
        return concepts
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
