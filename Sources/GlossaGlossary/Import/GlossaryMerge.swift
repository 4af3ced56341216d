import GlossaText

/// Plans how incoming concepts join a glossary. Nothing here writes; `GlossaryStore.update`
/// applies a plan atomically.
///
/// Rules (also in the README):
/// - An incoming concept is the same as an existing one when its id matches, or else when one
///   of its terms has the exact or accent-folded form of an existing term.
/// - New concepts are added with the first term of each language as preferred and the rest
///   as admitted.
/// - For a known concept, spellings it lacks are added as admitted. Existing terms, statuses
///   and kinds are never changed; a disagreement is reported as a conflict.
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

    public private(set) var changes: [Change] = []
    public private(set) var conflicts: [Conflict] = []

    public init(_ incoming: [IncomingConcept], into loaded: LoadedGlossary, forms: [MatchForm]) throws {
        let glossary = loaded.glossary
        var byFolded: [String: Int] = [:]
        for form in forms where form.origin == .listed {
            byFolded[form.folded] = byFolded[form.folded] ?? form.conceptIndex
        }
        var added: [String: Concept] = [:]

        for concept in incoming {
            let folded = try concept.terms.values.flatMap { $0 }.map { try TextForms.folded($0) }
            let existingIndex = concept.id.flatMap { id in glossary.concepts.firstIndex { $0.id == id } }
                ?? folded.lazy.compactMap { byFolded[$0] }.first
            if let existingIndex {
                try plan(concept, against: glossary.concepts[existingIndex])
                continue
            }
            let id = concept.id ?? Self.slug(concept.terms[.english]?.first ?? concept.terms[.french]?.first ?? "concept")
            if added[id] != nil || glossary[id] != nil {
                conflicts.append(Conflict(line: concept.line, message: "id '\(id)' is already taken; give the row an id"))
                continue
            }
            var terms: [Term] = []
            for language in concept.terms.keys.sorted() {
                for (position, text) in concept.terms[language]!.enumerated() {
                    terms.append(Term(text: text, language: language, status: position == 0 ? .preferred : .admitted))
                }
            }
            added[id] = Concept(id: id, kind: concept.kind ?? .term, note: concept.note, terms: terms)
            changes.append(.newConcept(added[id]!, line: concept.line))
        }
    }

    private mutating func plan(_ incoming: IncomingConcept, against existing: Concept) throws {
        if let kind = incoming.kind, kind != existing.kind {
            conflicts.append(Conflict(line: incoming.line,
                                      message: "kind '\(kind.rawValue)' for '\(existing.id)', which is a \(existing.kind.rawValue); kept \(existing.kind.rawValue)"))
        }
        for language in incoming.terms.keys.sorted() {
            let known = try Set(existing.terms(in: language).map { try TextForms.exact($0.text) })
            for (position, text) in incoming.terms[language]!.enumerated() {
                if position == 0, let preferred = existing.preferred(in: language),
                   try TextForms.exact(preferred.text) != TextForms.exact(text) {
                    conflicts.append(Conflict(line: incoming.line,
                                              message: "\(language) '\(text)' is given as preferred for '\(existing.id)', which prefers '\(preferred.text)'; kept '\(preferred.text)'"))
                }
                guard !known.contains(try TextForms.exact(text)) else { continue }
                changes.append(.newTerm(Term(text: text, language: language, status: .admitted),
                                        conceptID: existing.id, line: incoming.line))
            }
        }
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
