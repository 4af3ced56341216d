import GlossaText

/// One spelling of a concept in one language.
public struct Term: Hashable, Codable, Sendable {
    public var text: String
    public var language: LanguageCode
    public var status: TermStatus
    /// The plural form, when the glossary gives one (French: "talibans" for "taliban").
    public var plural: String?
    public var note: String?
    public var source: String?

    public init(text: String, language: LanguageCode, status: TermStatus,
                plural: String? = nil, note: String? = nil, source: String? = nil) {
        self.text = text
        self.language = language
        self.status = status
        self.plural = plural
        self.note = note
        self.source = source
    }
}

/// A named thing or a term, with its spellings in every language, as in a TBX concept entry.
public struct Concept: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var kind: ConceptKind
    public var note: String?
    public var source: String?
    /// Ids of concepts that look alike but are different (Ghazni and Ghani): their variant
    /// keys may collide without a validation error.
    public var distinct: [String]
    public var terms: [Term]

    public init(id: String, kind: ConceptKind, note: String? = nil, source: String? = nil,
                distinct: [String] = [], terms: [Term] = []) {
        self.id = id
        self.kind = kind
        self.note = note
        self.source = source
        self.distinct = distinct
        self.terms = terms
    }

    public var languages: [LanguageCode] {
        Array(Set(terms.map(\.language))).sorted()
    }

    public func terms(in language: LanguageCode) -> [Term] {
        terms.filter { $0.language == language }.sorted { $0.status < $1.status }
    }

    public func preferred(in language: LanguageCode) -> Term? {
        terms.first { $0.language == language && $0.status == .preferred }
    }

    /// Proper names keep their form; only common nouns and groups get regular plurals.
    public var takesRegularPlural: Bool { kind == .term || kind == .group }

    /// The plural of one of its terms: the one listed, else the regular one where the concept
    /// takes it ("talibans"), else the term itself ("les Ghani").
    public func plural(of term: Term) -> String {
        if let plural = term.plural { return plural }
        if takesRegularPlural, let plural = Plural.regular(term.text, language: term.language.primary) { return plural }
        return term.text
    }
}
