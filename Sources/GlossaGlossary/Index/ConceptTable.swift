/// Every concept of the index, in glossary order, stored column by column; a `Concept` is
/// built on first access and kept.
public final class ConceptTable: RandomAccessCollection, Sendable {
    private let ids: StringColumn
    private let kinds: [UInt8]
    private let notes: OptionalStringColumn
    private let sources: OptionalStringColumn
    /// Joined by "|", as the index has always stored them.
    private let distincts: StringColumn
    /// The terms of concept `i` are `termStart[i] ..< termStart[i + 1]` in the term columns.
    private let termStart: [Int32]
    private let termTexts: StringColumn
    private let termLanguages: [UInt8]
    private let termStatuses: [UInt8]
    private let termPlurals: OptionalStringColumn
    private let termNotes: OptionalStringColumn
    private let termSources: OptionalStringColumn
    private let languageCodes: [LanguageCode]
    private let built: LazyRows<Concept>

    public var startIndex: Int { 0 }
    public var endIndex: Int { kinds.count }

    public subscript(position: Int) -> Concept {
        built.value(at: position, orMake: makeConcept)
    }

    /// The concept's kind, without building the `Concept`.
    public func kind(at position: Int) -> ConceptKind { ConceptKind.allCases[Int(kinds[position])] }

    /// The index of the term `Concept.preferred(in:)` gives, without building the `Concept`.
    public func preferredTermIndex(at position: Int, in language: LanguageCode) -> Int? {
        let first = Int(termStart[position])
        let preferred = UInt8(TermStatus.allCases.firstIndex(of: .preferred)!)
        return (first..<Int(termStart[position + 1])).first {
            termStatuses[$0] == preferred && languageCodes[Int(termLanguages[$0])] == language
        }.map { $0 - first }
    }

    private func makeConcept(_ position: Int) -> Concept {
        let distinct = distincts[position]
        let terms = (Int(termStart[position])..<Int(termStart[position + 1])).map { term in
            Term(text: termTexts[term], language: languageCodes[Int(termLanguages[term])],
                 status: TermStatus.allCases[Int(termStatuses[term])], plural: termPlurals[term], note: termNotes[term],
                 source: termSources[term])
        }
        return Concept(id: ids[position], kind: ConceptKind.allCases[Int(kinds[position])], note: notes[position],
                       source: sources[position],
                       distinct: distinct.isEmpty ? [] : distinct.split(separator: "|").map(String.init), terms: terms)
    }

    init(_ glossary: Glossary) {
        let concepts = glossary.concepts
        let terms = concepts.flatMap(\.terms)
        let codes = Array(Set(terms.map(\.language))).sorted()
        let codeIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($0.element, UInt8($0.offset)) })
        ids = StringColumn(concepts.map(\.id))
        kinds = concepts.map { UInt8(ConceptKind.allCases.firstIndex(of: $0.kind)!) }
        notes = OptionalStringColumn(concepts.map(\.note))
        sources = OptionalStringColumn(concepts.map(\.source))
        distincts = StringColumn(concepts.map { $0.distinct.joined(separator: "|") })
        var start: [Int32] = [0]
        for concept in concepts { start.append(start.last! + Int32(concept.terms.count)) }
        termStart = start
        termTexts = StringColumn(terms.map(\.text))
        termLanguages = terms.map { codeIndex[$0.language]! }
        termStatuses = terms.map { UInt8(TermStatus.allCases.firstIndex(of: $0.status)!) }
        termPlurals = OptionalStringColumn(terms.map(\.plural))
        termNotes = OptionalStringColumn(terms.map(\.note))
        termSources = OptionalStringColumn(terms.map(\.source))
        languageCodes = codes
        built = LazyRows(count: kinds.count)
    }

    private init(ids: StringColumn, kinds: [UInt8], notes: OptionalStringColumn, sources: OptionalStringColumn,
                 distincts: StringColumn, termStart: [Int32], termTexts: StringColumn, termLanguages: [UInt8],
                 termStatuses: [UInt8], termPlurals: OptionalStringColumn, termNotes: OptionalStringColumn,
                 termSources: OptionalStringColumn, languageCodes: [LanguageCode]) {
        self.ids = ids
        self.kinds = kinds
        self.notes = notes
        self.sources = sources
        self.distincts = distincts
        self.termStart = termStart
        self.termTexts = termTexts
        self.termLanguages = termLanguages
        self.termStatuses = termStatuses
        self.termPlurals = termPlurals
        self.termNotes = termNotes
        self.termSources = termSources
        self.languageCodes = languageCodes
        built = LazyRows(count: kinds.count)
    }
}

extension ConceptTable {
    static let blobMagic: UInt32 = 0x5443_4C47  // "GLCT"

    func write(to writer: inout PackedBlobWriter) {
        writer.append(ids)
        writer.append(kinds)
        writer.append(notes)
        writer.append(sources)
        writer.append(distincts)
        writer.append(termStart)
        writer.append(termTexts)
        writer.append(termLanguages)
        writer.append(termStatuses)
        for column in [termPlurals, termNotes, termSources] { writer.append(column) }
        writer.append(StringColumn(languageCodes.map(\.rawValue)))
    }

    /// Checks every column against the others and every code against its range.
    convenience init(reading reader: inout PackedBlobReader) throws {
        try self.init(
            ids: reader.nextStringColumn(), kinds: reader.next(), notes: reader.nextOptionalStringColumn(),
            sources: reader.nextOptionalStringColumn(), distincts: reader.nextStringColumn(), termStart: reader.next(),
            termTexts: reader.nextStringColumn(), termLanguages: reader.next(), termStatuses: reader.next(),
            termPlurals: reader.nextOptionalStringColumn(), termNotes: reader.nextOptionalStringColumn(),
            termSources: reader.nextOptionalStringColumn(), languageCodes: reader.nextStringColumn())
    }

    private convenience init(ids: StringColumn, kinds: [UInt8], notes: OptionalStringColumn, sources: OptionalStringColumn,
                             distincts: StringColumn, termStart: [Int32], termTexts: StringColumn, termLanguages: [UInt8],
                             termStatuses: [UInt8], termPlurals: OptionalStringColumn, termNotes: OptionalStringColumn,
                             termSources: OptionalStringColumn, languageCodes: StringColumn) throws {
        let count = kinds.count
        try PackedBlobError.unless([ids.count, notes.count, sources.count, distincts.count, termStart.count - 1]
                                       .allSatisfy { $0 == count }, "concept column sizes")
        try PackedBlobError.unless(kinds.allSatisfy { Int($0) < ConceptKind.allCases.count }, "concept kind")
        let termCount = termTexts.count
        try PackedBlobError.unless([termLanguages.count, termStatuses.count, termPlurals.count, termNotes.count,
                                    termSources.count].allSatisfy { $0 == termCount }, "term column sizes")
        try PackedBlobError.unless(termStart.first == 0 && termStart.last.map(Int.init) == termCount
                                   && zip(termStart, termStart.dropFirst()).allSatisfy { $0 <= $1 }, "concept term ranges")
        try PackedBlobError.unless(termLanguages.allSatisfy { Int($0) < languageCodes.count }, "term language")
        try PackedBlobError.unless(termStatuses.allSatisfy { Int($0) < TermStatus.allCases.count }, "term status")
        self.init(ids: ids, kinds: kinds, notes: notes, sources: sources, distincts: distincts, termStart: termStart,
                  termTexts: termTexts, termLanguages: termLanguages, termStatuses: termStatuses, termPlurals: termPlurals,
                  termNotes: termNotes, termSources: termSources, languageCodes: LanguageCode.decoding(languageCodes))
    }
}
