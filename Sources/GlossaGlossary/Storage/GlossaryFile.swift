import Foundation

/// One glossary file: tab-separated rows, one term per row, as documented in the README.
///
/// The file keeps its lines as written, so that edits insert rows without reformatting the
/// rest: comments, order and line endings survive, and a git diff shows only what changed.
public struct GlossaryFile: Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case id, kind, lang, status, term, plural, note, source, distinct
    }

    /// One data row: a concept row (no `lang`) or a term row.
    public struct Row: Sendable {
        public let line: Int
        let fields: [Column: String]

        public subscript(column: Column) -> String { fields[column] ?? "" }
        public var isConceptRow: Bool { self[.lang].isEmpty }
    }

    public let url: URL
    public let displayName: String
    public private(set) var rows: [Row] = []
    private var lines: [String]
    private var columns: [Column] = Column.allCases
    private var insertions: [Int: [String]] = [:]
    private let lineEnding: String

    public static let headerLine = Column.allCases.map(\.rawValue).joined(separator: "\t")

    /// A new, empty file with the standard header.
    public init(url: URL, displayName: String) {
        self.url = url
        self.displayName = displayName
        lines = [Self.headerLine]
        lineEnding = "\n"
    }

    /// Parses `text`; problems are returned, not thrown, so that all of them can be shown.
    public static func parse(_ text: String, url: URL, displayName: String) -> (GlossaryFile, [GlossaryError]) {
        var file = GlossaryFile(url: url, displayName: displayName, text: text)
        let errors = file.parseRows()
        return (file, errors)
    }

    private init(url: URL, displayName: String, text: String) {
        self.url = url
        self.displayName = displayName
        lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        lines = TextFile.lines(text)
    }

    private mutating func parseRows() -> [GlossaryError] {
        var errors: [GlossaryError] = []
        var headerSeen = false
        for (index, line) in lines.enumerated() {
            let lineNumber = index + 1
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
            if !headerSeen {
                headerSeen = true
                if let error = readHeader(fields, line: lineNumber) { return [error] }
                continue
            }
            if fields.count > columns.count {
                errors.append(error(lineNumber, "\(fields.count) fields, but the header names \(columns.count) columns"))
                continue
            }
            var values: [Column: String] = [:]
            for (column, value) in zip(columns, fields) where !value.isEmpty { values[column] = value }
            rows.append(Row(line: lineNumber, fields: values))
        }
        if !headerSeen && !lines.isEmpty {
            errors.append(error(1, "no header row; the first row must name the columns: \(Self.headerLine.replacingOccurrences(of: "\t", with: ", "))"))
        }
        return errors
    }

    /// Spaces around a field are editing noise, not part of a term.
    static func trimmed(_ field: Substring) -> String {
        guard field.first == " " || field.last == " " else { return String(field) }
        return String(field.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    private mutating func readHeader(_ fields: [String], line: Int) -> GlossaryError? {
        var found: [Column] = []
        for name in fields {
            guard let column = Column(rawValue: name.lowercased()) else {
                let known = Column.allCases.map(\.rawValue).joined(separator: ", ")
                return error(line, "unknown column '\(name)'; the columns are: \(known)")
            }
            guard !found.contains(column) else { return error(line, "column '\(name)' appears twice") }
            found.append(column)
        }
        for required in [Column.id, .kind, .lang, .status, .term] where !found.contains(required) {
            return error(line, "the header lacks the required column '\(required.rawValue)'")
        }
        columns = found
        return nil
    }

    private func error(_ line: Int, _ message: String) -> GlossaryError {
        GlossaryError(file: displayName, line: line, message)
    }

    // MARK: Editing
    //
    // Edits are kept as insertions after original line numbers and merged by `render`, so a
    // large import costs one pass. `rows` describes the file as read.

    public func render() -> String {
        var output: [String] = insertions[0] ?? []
        for (index, line) in lines.enumerated() {
            output.append(line)
            output.append(contentsOf: insertions[index + 1] ?? [])
        }
        return output.joined(separator: lineEnding) + lineEnding
    }

    /// Adds a term row after the last row of its concept, or at the end of the file.
    public mutating func insert(_ term: Term, conceptID: String) {
        let anchor = rows.last(where: { $0[.id] == conceptID })?.line ?? lines.count
        insertions[anchor, default: []].append(row(for: term, conceptID: conceptID))
    }

    /// Appends a concept row and its term rows at the end of the file.
    public mutating func append(_ concept: Concept) {
        var values: [Column: String] = [.id: concept.id, .kind: concept.kind.rawValue]
        values[.note] = concept.note
        values[.source] = concept.source
        if !concept.distinct.isEmpty { values[.distinct] = concept.distinct.joined(separator: "|") }
        var block = [format(values)]
        block += concept.terms.map { row(for: $0, conceptID: concept.id) }
        insertions[lines.count, default: []].append(contentsOf: block)
    }

    private func row(for term: Term, conceptID: String) -> String {
        var values: [Column: String] = [
            .id: conceptID, .lang: term.language.rawValue, .status: term.status.rawValue, .term: term.text,
        ]
        values[.plural] = term.plural
        values[.note] = term.note
        values[.source] = term.source
        return format(values)
    }

    private func format(_ values: [Column: String]) -> String {
        columns.map { values[$0].map(Self.sanitized) ?? "" }.joined(separator: "\t")
    }

    /// Tabs and line breaks would split a row; a field never holds them.
    static func sanitized(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
