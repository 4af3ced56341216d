/// A concept as an imported file gives it, before it is merged into a glossary.
public struct IncomingConcept: Sendable {
    public var id: String?
    public var kind: ConceptKind?
    public var note: String?
    public var source: String?
    public var distinct: [String]
    /// Preferred term first, then variants, per language.
    public var terms: [LanguageCode: [String]]
    /// Every term with its status, plural, note and source, in order, when the file states
    /// them (a Glossa export, TBX, the long CSV layout); empty when it gives spellings only.
    public var statedTerms: [Term]
    public let line: Int

    /// Spellings only: the first of each language is the preferred one.
    public init(id: String?, kind: ConceptKind?, note: String?, terms: [LanguageCode: [String]], line: Int) {
        self.id = id
        self.kind = kind
        self.note = note
        source = nil
        distinct = []
        self.terms = terms
        statedTerms = []
        self.line = line
    }

    /// Terms with their status: what a glossary file, a Glossa export or TBX states.
    public init(id: String?, kind: ConceptKind?, note: String? = nil, source: String? = nil,
                distinct: [String] = [], statedTerms: [Term], line: Int) {
        self.id = id
        self.kind = kind
        self.note = note
        self.source = source
        self.distinct = distinct
        self.statedTerms = statedTerms
        var terms: [LanguageCode: [String]] = [:]
        for term in statedTerms.sorted(by: { $0.status < $1.status }) {
            terms[term.language, default: []].append(term.text)
        }
        self.terms = terms
        self.line = line
    }
}
