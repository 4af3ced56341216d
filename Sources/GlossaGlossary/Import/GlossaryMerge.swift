import GlossaText

/// Plans how incoming concepts join a glossary. Nothing here writes; `GlossaryStore.update`
/// applies a plan atomically. Concepts can be added one at a time (`add`), so a large file is
/// merged as it is read.
///
/// Rules (also in the README and docs/exchange.md):
/// - An incoming concept is the same as an existing one, or as one added earlier by the same
///   import, when its id matches, or else when one of its terms has the exact or accent-folded
///   form of a known term.
/// - New concepts keep the stated status, plural, note and source of their terms (a Glossa
///   export, TBX, the long CSV layout); spellings without a status take the first of each
///   language as preferred and the rest as admitted. A language without a preferred term takes
///   its first term; a second preferred term becomes admitted, reported as a conflict.
/// - For a known concept, spellings it lacks are added with their stated status (admitted when
///   none, or when the file prefers them). Existing terms, statuses, kinds, notes and sources
///   are never changed: a disagreement on kind or preferred term is reported as a conflict.
public struct GlossaryMerge: Sendable {
    public enum Change: Sendable {
        case newConcept(Concept, line: Int)
        case newTerm(Term, conceptID: String, line: Int)
    }

    public struct Conflict: Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    private enum Known: Sendable {
        case existing(Int)
        /// Index into `changes` of the `.newConcept`.
        case added(Int)
    }

    public private(set) var changes: [Change] = []
    public private(set) var conflicts: [Conflict] = []
    private let glossary: Glossary
    private var byFolded: [String: Known] = [:]
    private var addedByID: [String: Int] = [:]
    private var existingByID: [String: Int] = [:]

    public init(into loaded: LoadedGlossary, forms: [MatchForm]) {
        glossary = loaded.glossary
        for (index, concept) in glossary.concepts.enumerated() { existingByID[concept.id] = existingByID[concept.id] ?? index }
        for form in forms where form.origin == .listed {
            byFolded[form.folded] = byFolded[form.folded] ?? .existing(form.conceptIndex)
        }
    }

    public init(_ incoming: [IncomingConcept], into loaded: LoadedGlossary, forms: [MatchForm]) throws {
        self.init(into: loaded, forms: forms)
        for concept in incoming { try add(concept) }
    }

    public mutating func add(_ concept: IncomingConcept) throws {
        let folded = try concept.terms.values.flatMap { $0 }.map { try TextForms.folded($0) }
        var match: Known?
        if let id = concept.id {
            match = addedByID[id].map(Known.added) ?? existingByID[id].map(Known.existing)
        }
        for form in folded where match == nil { match = byFolded[form] }
        switch match {
        case .existing(let index):
            let existing = glossary.concepts[index]
            for term in try plan(concept, against: existing) {
                changes.append(.newTerm(term, conceptID: existing.id, line: concept.line))
            }
        case .added(let position):
            guard case .newConcept(var known, let line) = changes[position] else { return }
            let terms = try plan(concept, against: known)
            known.terms += terms
            changes[position] = .newConcept(known, line: line)
            for term in terms {
                let form = try TextForms.folded(term.text)
                byFolded[form] = byFolded[form] ?? .added(position)
            }
        case nil:
            try addNew(concept, folded: folded)
        }
    }

    private mutating func addNew(_ concept: IncomingConcept, folded: [String]) throws {
        let id = concept.id ?? Self.slug(concept.terms[.english]?.first ?? concept.terms[.french]?.first
            ?? concept.terms.values.first?.first ?? "concept")
        if addedByID[id] != nil || glossary[id] != nil {
            conflicts.append(Conflict(line: concept.line, message: "id '\(id)' is already taken; give the row an id"))
            return
        }
        let terms = concept.statedTerms.isEmpty ? Self.terms(fromSpellings: concept.terms) : normalised(concept.statedTerms, line: concept.line)
        let new = Concept(id: id, kind: concept.kind ?? .term, note: concept.note, source: concept.source,
                          distinct: concept.distinct, terms: terms)
        changes.append(.newConcept(new, line: concept.line))
        addedByID[id] = changes.count - 1
        for form in folded { byFolded[form] = byFolded[form] ?? .added(changes.count - 1) }
    }

    private static func terms(fromSpellings spellings: [LanguageCode: [String]]) -> [Term] {
        var terms: [Term] = []
        for language in spellings.keys.sorted() {
            var seen: Set<String> = []
            for text in spellings[language]! where seen.insert(text).inserted {
                terms.append(Term(text: text, language: language, status: seen.count == 1 ? .preferred : .admitted))
            }
        }
        return terms
    }

    /// One preferred term per language, no spelling twice; order otherwise kept.
    private mutating func normalised(_ stated: [Term], line: Int) -> [Term] {
        var terms: [Term] = []
        var seen: Set<String> = []
        var preferred: [LanguageCode: String] = [:]
        for var term in stated where seen.insert("\(term.language)\t\(term.text)").inserted {
            if term.status == .preferred {
                if let first = preferred[term.language] {
                    conflicts.append(Conflict(line: line, message: "\(term.language) '\(term.text)' is a second preferred term beside '\(first)'; imported as admitted"))
                    term.status = .admitted
                } else {
                    preferred[term.language] = term.text
                }
            }
            terms.append(term)
        }
        for language in Set(terms.map(\.language)) where preferred[language] == nil {
            let first = terms.firstIndex { $0.language == language }!
            terms[first].status = .preferred
        }
        return terms
    }

    /// The terms of `incoming` that `existing` lacks, with the statuses they can have there.
    private mutating func plan(_ incoming: IncomingConcept, against existing: Concept) throws -> [Term] {
        var added: [Term] = []
        if let kind = incoming.kind, kind != existing.kind {
            conflicts.append(Conflict(line: incoming.line,
                                      message: "kind '\(kind.rawValue)' for '\(existing.id)', which is a \(existing.kind.rawValue); kept \(existing.kind.rawValue)"))
        }
        let stated = incoming.statedTerms.isEmpty ? Self.terms(fromSpellings: incoming.terms) : incoming.statedTerms
        var known = try Set(existing.terms.map { "\($0.language)\t\(try TextForms.exact($0.text))" })
        var withPreferred = Set(existing.terms.filter { $0.status == .preferred }.map(\.language))
        for var term in stated {
            let language = term.language
            if term.status == .preferred, let preferred = existing.preferred(in: language),
               try TextForms.exact(preferred.text) != TextForms.exact(term.text) {
                conflicts.append(Conflict(line: incoming.line,
                                          message: "\(language) '\(term.text)' is given as preferred for '\(existing.id)', which prefers '\(preferred.text)'; kept '\(preferred.text)'"))
            }
            guard known.insert("\(language)\t\(try TextForms.exact(term.text))").inserted else { continue }
            // The house spelling stays: a newcomer is at most admitted, except in a language
            // the concept lacks, whose first term must be its preferred one.
            term.status = withPreferred.insert(language).inserted ? .preferred : min(max(term.status, .admitted), .deprecated)
            added.append(term)
        }
        return added
    }

    /// "Mazar-i-Sharif" → "mazar-i-sharif".
    static func slug(_ text: String) -> String {
        let folded = (try? TextForms.folded(text)) ?? text.lowercased()
        let words = folded.split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        return words.isEmpty ? "concept" : words.joined(separator: "-")
    }

    public func apply(to file: inout GlossaryFile) {
        for change in changes {
            switch change {
            case .newConcept(let concept, _): file.append(concept)
            case .newTerm(let term, let conceptID, _): file.insert(term, conceptID: conceptID)
            }
        }
    }
}
