import GlossaText

/// Findings read once, in report order (`Finding.inReportOrder`): by file, line, column, rule.
public protocol FindingStream {
    mutating func next() throws -> Finding?
}

/// Findings already in memory.
public struct FindingList: FindingStream {
    private var findings: IndexingIterator<[Finding]>

    public init(_ findings: [Finding]) {
        self.findings = Finding.inReportOrder(findings).makeIterator()
    }

    public mutating func next() throws -> Finding? { findings.next() }
}

/// A stream that drops what `isKept` rejects.
public struct FilteredFindings<Base: FindingStream>: FindingStream {
    private var base: Base
    private let isKept: (Finding) -> Bool

    public init(_ base: Base, where isKept: @escaping (Finding) -> Bool) {
        self.base = base
        self.isKept = isKept
    }

    public mutating func next() throws -> Finding? {
        while let finding = try base.next() {
            if isKept(finding) { return finding }
        }
        return nil
    }
}

/// The runs of a spool merged into report order. Each run is in order within one file; the
/// runs of one file are merged, file by file in name order. Where two runs hold findings at
/// the same place, the earlier run's come first, as a stable sort would have them.
struct SpooledFindings: FindingStream {
    struct Run {
        let file: String
        let range: Range<Int>
    }

    private let spool: Spool<Finding>
    private var files: IndexingIterator<[[Run]]>
    private var heads: [(finding: Finding, reader: Spool<Finding>.Reader)] = []

    init(spool: Spool<Finding>, runs: [Run]) {
        self.spool = spool
        let byFile = Dictionary(grouping: runs.filter { !$0.range.isEmpty }, by: \.file)
        files = byFile.keys.sorted().map { byFile[$0]! }.makeIterator()
    }

    mutating func next() throws -> Finding? {
        while heads.isEmpty {
            guard let runs = files.next() else { return nil }
            for run in runs {
                var reader = try spool.records(in: run.range)
                if let first = try reader.next() { heads.append((first, reader)) }
            }
        }
        var least = 0
        for index in heads.indices.dropFirst() where heads[index].finding.precedesInFile(heads[least].finding) {
            least = index
        }
        let finding = heads[least].finding
        if let following = try heads[least].reader.next() {
            heads[least].finding = following
        } else {
            heads.remove(at: least)
        }
        return finding
    }
}

extension Finding: Spoolable {
    func write(to record: inout SpoolRecordWriter) {
        record.string(file)
        record.number(start.utf8Offset)
        record.number(start.line)
        record.number(start.column)
        record.number(utf8Length)
        record.string(found)
        record.optionalString(suggestion)
        record.optionalString(concept)
        record.number(Rule.allCases.firstIndex(of: rule)!)
        record.number(Severity.allCases.firstIndex(of: severity)!)
        record.string(message)
        record.number(confidence.map { Int($0.bitPattern) } ?? -1)
        record.optionalString(segment)
        record.number(unitOffset ?? -1)
        record.string(excerpt.text)
        record.number(excerpt.column)
    }

    init(reading record: inout SpoolRecordReader) throws {
        let file = try record.string()
        let start = SourcePosition(utf8Offset: try record.number(), line: try record.number(), column: try record.number())
        let utf8Length = try record.number()
        let found = try record.string()
        let suggestion = try record.optionalString()
        let concept = try record.optionalString()
        let rule = try record.number(), severity = try record.number()
        guard Rule.allCases.indices.contains(rule), Severity.allCases.indices.contains(severity) else {
            throw SpoolRecordReader.Malformed()
        }
        let message = try record.string()
        let confidence = try record.number()
        let segment = try record.optionalString()
        let unitOffset = try record.number()
        let excerpt = Excerpt(text: try record.string(), column: try record.number())
        self.init(file: file, start: start, utf8Length: utf8Length, found: found, suggestion: suggestion, concept: concept,
                  rule: Rule.allCases[rule], severity: Severity.allCases[severity], message: message,
                  confidence: confidence < 0 ? nil : Double(bitPattern: UInt64(confidence)), segment: segment,
                  excerpt: excerpt)
        self.unitOffset = unitOffset < 0 ? nil : unitOffset
    }
}
