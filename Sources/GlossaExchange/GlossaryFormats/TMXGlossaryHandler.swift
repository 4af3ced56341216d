import Foundation
import GlossaGlossary

/// Reads each `<tu>` of a TMX file as a concept.
///
/// A unit written by Glossa (it carries `x-glossa-kind`) restores its concept exactly: id,
/// kind, source, distinct, notes, and the admitted and deprecated terms kept in
/// `x-glossa-term` props. Any other unit gives a concept whose first variant in each language
/// is preferred and whose further variants are admitted; its tuid is not used as an id.
final class TMXGlossaryHandler: GlossaryXMLHandler {
    private struct Variant {
        var language: String
        var segment: String?
        var notes: [String] = []
        var properties: [(type: String, value: String)] = []
    }

    private let emit: ConceptSink
    private let warn: (Int, String) -> Void
    private var unit: (id: String?, line: Int)?
    private var unitProperties: [(type: String, value: String)] = []
    private var unitNotes: [String] = []
    private var variants: [Variant] = []
    private var variant: Variant?
    private var segment = SegmentTextReader<Void>()
    private var fieldText: String?
    private var fieldType: String?

    init(emit: @escaping ConceptSink, warn: @escaping (Int, String) -> Void) {
        self.emit = emit
        self.warn = warn
    }

    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws {
        if segment.isReading {
            segment.enter(name, attributes: attributes)
            return
        }
        switch name {
        case "tu":
            unit = (attributes["tuid"], line())
            unitProperties = []
            unitNotes = []
            variants = []
        case "tuv" where unit != nil:
            // TMX 1.4 writes xml:lang, TMX 1.1 lang.
            variant = Variant(language: attributes["xml:lang"] ?? attributes["lang"] ?? "")
        case "seg" where variant != nil && variant?.segment == nil:
            segment.begin((), role: InlineRole.tmx)
        case "prop" where unit != nil, "note" where unit != nil:
            if variant?.segment != nil {
                warn(line(), "<\(name)> after <seg> breaks the TMX DTD; read anyway")
            }
            fieldText = ""
            fieldType = name == "prop" ? attributes["type"] ?? "" : nil
        default:
            break
        }
    }

    func end(_ name: String, parent: String?) throws {
        switch segment.end() {
        case .finished(_, let value): variant?.segment = value.text; return
        case .inline: return
        case .notReading: break
        }
        switch name {
        case "prop", "note":
            guard let text = fieldText else { return }
            fieldText = nil
            if variant != nil {
                if let type = fieldType { variant?.properties.append((type, text)) } else { variant?.notes.append(text) }
            } else if let type = fieldType {
                unitProperties.append((type, text))
            } else {
                unitNotes.append(text)
            }
        case "tuv":
            if let variant { variants.append(variant) }
            variant = nil
        case "tu":
            if let unit { try finishUnit(id: unit.id, line: unit.line) }
            unit = nil
        default:
            break
        }
    }

    func characters(_ text: String) {
        if segment.isReading {
            segment.append(text)
        } else if fieldText != nil {
            fieldText! += text
        }
    }

    private func finishUnit(id: String?, line: Int) throws {
        func property(_ type: String) -> String? { unitProperties.first { $0.type == type }?.value }
        let kindText = property(GlossaryProperty.kind)
        let written = kindText != nil
        var terms: [Term] = []
        var seenLanguages: Set<LanguageCode> = []
        for variant in variants {
            guard let language = ImportedLanguage.code(variant.language) else {
                warn(line, "variant with language '\(variant.language)' skipped (not a language code)")
                continue
            }
            let segment = written ? variant.segment : variant.segment?.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let segment, !segment.isEmpty else { continue }
            let first = seenLanguages.insert(language).inserted
            let variantProperty = { (type: String) in variant.properties.first { $0.type == type }?.value }
            terms.append(Term(
                text: segment, language: language, status: first ? .preferred : .admitted,
                plural: variantProperty(GlossaryProperty.plural), note: Self.joined(variant.notes),
                source: variantProperty(GlossaryProperty.source)))
            for carried in variant.properties where carried.type == GlossaryProperty.term {
                guard let term = try? JSONDecoder().decode(GlossaryTMXUnit.CarriedTerm.self, from: Data(carried.value.utf8)) else {
                    warn(line, "unreadable \(GlossaryProperty.term) prop skipped")
                    continue
                }
                terms.append(Term(text: term.text, language: language, status: term.status,
                                  plural: term.plural, note: term.note, source: term.source))
            }
        }
        if written {
            // The writer put the source language first; glossaries list fr, en, then the others.
            terms = terms.enumerated().sorted { ($0.element.language, $0.offset) < ($1.element.language, $1.offset) }.map(\.element)
        }
        guard !terms.isEmpty else {
            warn(line, "unit without any text skipped")
            return
        }
        var kind: ConceptKind?
        if let kindText {
            kind = ConceptKind(rawValue: kindText)
            if kind == nil { warn(line, "unknown kind '\(kindText)' ignored") }
        }
        let distinct = property(GlossaryProperty.distinct).map { $0.split(separator: "|").map(String.init) } ?? []
        try emit(IncomingConcept(
            id: written ? id : nil, kind: kind, note: Self.joined(unitNotes), source: property(GlossaryProperty.source),
            distinct: distinct, statedTerms: terms, line: line))
    }

    private static func joined(_ notes: [String]) -> String? {
        let kept = notes.compactMap(ImportedLanguage.unwrapped)
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }
}
