import GlossaText

/// Every form of the index, in concept order, stored column by column; a `Form` is built on
/// first access and kept, since a document touches a few thousand of the hundreds of
/// thousands of forms of a large glossary.
public final class FormTable: RandomAccessCollection, Sendable {
    private let conceptRows: [Int32]
    private let termIndexes: [Int32]
    private let languages: [UInt8]
    private let statuses: [UInt8]
    private let origins: [UInt8]
    private let languageCodes: [LanguageCode]
    private let texts: StringColumn
    private let exacts: StringColumn
    private let foldeds: StringColumn
    private let orthographics: StringColumn
    private let keys: StringColumn
    /// Positions of the listed forms, ordered by concept row and term index.
    private let listedPositions: [Int32]
    private let built: LazyRows<GlossaryIndex.Form>

    public var startIndex: Int { 0 }
    public var endIndex: Int { conceptRows.count }

    public subscript(position: Int) -> GlossaryIndex.Form {
        built.value(at: position, orMake: makeForm)
    }

    /// Single fields, read without building the `Form`: for ranking many candidates.
    public func language(at position: Int) -> LanguageCode { languageCodes[Int(languages[position])] }
    /// Whether the form's text is `text`, byte for byte.
    public func text(at position: Int, is text: String) -> Bool {
        texts.withBytes(position) { stored in text.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(stored) } ?? text.utf8.elementsEqual(stored) }
    }
    /// The form's `folded` spelling, without building the `Form`.
    public func folded(at position: Int) -> String { foldeds[position] }
    /// The bytes of the form's `folded` spelling, without building a String.
    public func withFoldedBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        foldeds.withBytes(position, body)
    }
    /// The length in bytes of the form's variant key.
    public func keyLength(at position: Int) -> Int { keys.withBytes(position) { $0.count } }
    /// Whether two forms have the same exact form (`TextForms.exact`).
    public func exactForms(at position: Int, and other: Int) -> Bool {
        exacts.withBytes(position) { one in exacts.withBytes(other) { one.elementsEqual($0) } }
    }
    /// The form's `exact` spelling, without building the `Form`.
    public func exact(at position: Int) -> String { exacts[position] }
    public func conceptRow(at position: Int) -> Int64 { Int64(conceptRows[position]) }
    public func termIndex(at position: Int) -> Int { Int(termIndexes[position]) }
    public func status(at position: Int) -> TermStatus { TermStatus.allCases[Int(statuses[position])] }
    public func origin(at position: Int) -> MatchForm.Origin { MatchForm.Origin(rawValue: Int(origins[position])) ?? .listed }

    private func makeForm(_ position: Int) -> GlossaryIndex.Form {
        GlossaryIndex.Form(
            conceptRow: Int64(conceptRows[position]), termIndex: Int(termIndexes[position]),
            language: language(at: position), status: status(at: position),
            text: texts[position], origin: origin(at: position),
            exact: exacts[position], folded: foldeds[position], orthographic: orthographics[position], key: keys[position])
    }

    /// The position of the listed form of a term.
    public func listedPosition(conceptRow: Int64, termIndex: Int) -> Int32? {
        var low = 0
        var high = listedPositions.count
        while low < high {
            let middle = (low + high) >> 1
            let position = Int(listedPositions[middle])
            let row = Int64(conceptRows[position])
            let term = Int(termIndexes[position])
            if row == conceptRow && term == termIndex { return listedPositions[middle] }
            if row < conceptRow || row == conceptRow && term < termIndex { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    init(_ forms: [MatchForm], glossary: Glossary) {
        let codes = Array(Set(glossary.concepts.flatMap { $0.terms.map(\.language) })).sorted()
        let codeIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($0.element, UInt8($0.offset)) })
        conceptRows = forms.map { Int32($0.conceptIndex + 1) }
        termIndexes = forms.map { Int32($0.termIndex) }
        let terms = forms.map { glossary.concepts[$0.conceptIndex].terms[$0.termIndex] }
        languages = terms.map { codeIndex[$0.language]! }
        statuses = terms.map { UInt8(TermStatus.allCases.firstIndex(of: $0.status)!) }
        origins = forms.map { UInt8($0.origin.rawValue) }
        languageCodes = codes
        texts = StringColumn(forms.map(\.text))
        exacts = StringColumn(forms.map(\.exact))
        foldeds = StringColumn(forms.map(\.folded))
        orthographics = StringColumn(forms.map(\.orthographic))
        keys = StringColumn(forms.map(\.key))
        listedPositions = forms.indices.filter { forms[$0].origin == .listed }
            .sorted { (forms[$0].conceptIndex, forms[$0].termIndex, $0) < (forms[$1].conceptIndex, forms[$1].termIndex, $1) }
            .map(Int32.init)
        built = LazyRows(count: forms.count)
    }

    private init(conceptRows: [Int32], termIndexes: [Int32], languages: [UInt8], statuses: [UInt8], origins: [UInt8],
                 languageCodes: [LanguageCode], texts: StringColumn, exacts: StringColumn, foldeds: StringColumn,
                 orthographics: StringColumn, keys: StringColumn, listedPositions: [Int32]) {
        self.conceptRows = conceptRows
        self.termIndexes = termIndexes
        self.languages = languages
        self.statuses = statuses
        self.origins = origins
        self.languageCodes = languageCodes
        self.texts = texts
        self.exacts = exacts
        self.foldeds = foldeds
        self.orthographics = orthographics
        self.keys = keys
        self.listedPositions = listedPositions
        built = LazyRows(count: conceptRows.count)
    }
}

extension FormTable {
    static let blobMagic: UInt32 = 0x5446_4C47  // "GLFT"

    func write(to writer: inout PackedBlobWriter) {
        writer.append(conceptRows)
        writer.append(termIndexes)
        writer.append(languages)
        writer.append(statuses)
        writer.append(origins)
        writer.append(StringColumn(languageCodes.map(\.rawValue)))
        for column in [texts, exacts, foldeds, orthographics, keys] { writer.append(column) }
        writer.append(listedPositions)
    }

    /// Checks every column against the others and every code against its range; concept rows
    /// must lie in `1...conceptCount`.
    convenience init(reading reader: inout PackedBlobReader, conceptCount: Int) throws {
        try self.init(
            conceptRows: reader.next(), termIndexes: reader.next(), languages: reader.next(), statuses: reader.next(),
            origins: reader.next(), languageCodes: reader.nextStringColumn(), texts: reader.nextStringColumn(),
            exacts: reader.nextStringColumn(), foldeds: reader.nextStringColumn(), orthographics: reader.nextStringColumn(),
            keys: reader.nextStringColumn(), listedPositions: reader.next(), conceptCount: conceptCount)
    }

    private convenience init(conceptRows: [Int32], termIndexes: [Int32], languages: [UInt8], statuses: [UInt8],
                             origins: [UInt8], languageCodes: StringColumn, texts: StringColumn, exacts: StringColumn,
                             foldeds: StringColumn, orthographics: StringColumn, keys: StringColumn,
                             listedPositions: [Int32], conceptCount: Int) throws {
        let count = conceptRows.count
        try PackedBlobError.unless([termIndexes.count, languages.count, statuses.count, origins.count, texts.count,
                                    exacts.count, foldeds.count, orthographics.count, keys.count].allSatisfy { $0 == count },
                                   "form column sizes")
        try PackedBlobError.unless(conceptRows.allSatisfy { $0 >= 1 && Int($0) <= conceptCount }, "form concept row")
        try PackedBlobError.unless(termIndexes.allSatisfy { $0 >= 0 }, "form term index")
        try PackedBlobError.unless(languages.allSatisfy { Int($0) < languageCodes.count }, "form language")
        try PackedBlobError.unless(statuses.allSatisfy { Int($0) < TermStatus.allCases.count }, "form status")
        try PackedBlobError.unless(origins.allSatisfy { MatchForm.Origin(rawValue: Int($0)) != nil }, "form origin")
        try PackedBlobError.unless(listedPositions.allSatisfy { $0 >= 0 && Int($0) < count }, "listed form position")
        self.init(conceptRows: conceptRows, termIndexes: termIndexes, languages: languages, statuses: statuses,
                  origins: origins, languageCodes: LanguageCode.decoding(languageCodes), texts: texts, exacts: exacts,
                  foldeds: foldeds, orthographics: orthographics, keys: keys, listedPositions: listedPositions)
    }
}

extension LanguageCode {
    /// As the index always read them back: an unparsable code is French.
    static func decoding(_ codes: StringColumn) -> [LanguageCode] {
        (0..<codes.count).map { LanguageCode(codes[$0]) ?? .french }
    }
}
