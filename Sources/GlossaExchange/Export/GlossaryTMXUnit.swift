import Foundation
import GlossaGlossary

/// How a concept becomes a `<tu>` and back: one `<tuv>` per language whose `<seg>` is the
/// preferred term; every other term travels in an `x-glossa-term` prop, never in a `<seg>`,
/// so a CAT tool cannot offer an admitted or deprecated spelling as a translation.
enum GlossaryTMXUnit {
    /// A non-preferred term as carried in its prop.
    struct CarriedTerm: Codable {
        var status: TermStatus
        var text: String
        var plural: String?
        var note: String?
        var source: String?
    }

    static func unit(for concept: Concept) throws -> TMXOutputUnit {
        var properties: [(type: String, value: String)] = [(GlossaryProperty.kind, concept.kind.rawValue)]
        if let source = concept.source { properties.append((GlossaryProperty.source, source)) }
        if !concept.distinct.isEmpty { properties.append((GlossaryProperty.distinct, concept.distinct.joined(separator: "|"))) }
        var variants: [TMXVariant] = []
        for language in languagesInOrder(concept) {
            guard let preferred = concept.preferred(in: language) else { continue }
            var variantProperties: [(type: String, value: String)] = []
            if let plural = preferred.plural { variantProperties.append((GlossaryProperty.plural, plural)) }
            if let source = preferred.source { variantProperties.append((GlossaryProperty.source, source)) }
            for term in concept.terms where term.language == language && term != preferred {
                let carried = CarriedTerm(status: term.status, text: term.text, plural: term.plural, note: term.note, source: term.source)
                variantProperties.append((GlossaryProperty.term, try json(carried)))
            }
            variants.append(TMXVariant(language: language.rawValue, segment: preferred.text,
                                       properties: variantProperties, notes: preferred.note.map { [$0] } ?? []))
        }
        return TMXOutputUnit(id: concept.id, properties: properties, notes: concept.note.map { [$0] } ?? [], variants: variants)
    }

    /// Languages in the order their first term appears.
    static func languagesInOrder(_ concept: Concept) -> [LanguageCode] {
        var seen: [LanguageCode] = []
        for term in concept.terms where !seen.contains(term.language) { seen.append(term.language) }
        return seen
    }

    static func json(_ term: CarriedTerm) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(term), as: UTF8.self)
    }
}
