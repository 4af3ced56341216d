import GlossaGlossary

/// Reads TBX v3 (`conceptEntry/langSec/termSec`) and TBX 2008 martif
/// (`termEntry/langSet/tig|ntig`) entries as concepts.
///
/// `administrativeStatus` gives the status (superseded counts as deprecated; a term without
/// one is admitted, and a language without a preferred term takes its first). Entry-level
/// `note` (else `descrip type="definition"`) is the concept's note; a term's `note` and
/// `admin type="source"` are the term's. Glossa's own `x-glossa-*` categories restore the
/// kind, distinct list and plurals; only an entry that has them keeps its id.
final class TBXGlossaryHandler: GlossaryXMLHandler {
    private let emit: ConceptSink
    private let warn: (Int, String) -> Void

    private var entry: (id: String?, line: Int)?
    private var fields: [String: String] = [:]
    private var definition: String?
    private var notes: [String] = []
    private var terms: [Term] = []
    private var language: LanguageCode?
    private var term: Term?
    private var inTermGroup = false
    private var capture: (name: String, type: String?, depth: Int, text: String)?
    private var depth = 0

    init(emit: @escaping ConceptSink, warn: @escaping (Int, String) -> Void) {
        self.emit = emit
        self.warn = warn
    }

    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws {
        depth += 1
        guard capture == nil else { return }
        switch name {
        case "conceptEntry", "termEntry":
            entry = (attributes["id"], line())
            fields = [:]
            definition = nil
            notes = []
            terms = []
        case "langSec" where entry != nil, "langSet" where entry != nil:
            let tag = attributes["xml:lang"] ?? attributes["lang"] ?? ""
            language = ImportedLanguage.code(tag)
            if language == nil { warn(line(), "language '\(tag)' skipped (not a language code)") }
        case "termSec" where language != nil, "tig" where language != nil, "ntig" where language != nil:
            inTermGroup = true
            term = nil
        case "term" where inTermGroup,
             "termNote" where inTermGroup,
             "note" where entry != nil,
             "admin" where entry != nil,
             "descrip" where entry != nil:
            capture = (name, attributes["type"], depth, "")
        default:
            break
        }
        if let capture, capture.name == "note" || capture.name == "admin" || capture.name == "descrip", !inTermGroup,
           parent != "conceptEntry" && parent != "termEntry" {
            // Notes of a language section or of a descripGrp are not the concept's.
            self.capture = nil
        }
    }

    func end(_ name: String, parent: String?) throws {
        defer { depth -= 1 }
        if let current = capture {
            guard current.depth == depth else { return }
            capture = nil
            finishField(current.name, type: current.type, text: current.text)
            return
        }
        switch name {
        case "termSec", "tig", "ntig":
            if let term { terms.append(term) }
            term = nil
            inTermGroup = false
        case "langSec", "langSet":
            language = nil
        case "conceptEntry", "termEntry":
            if let entry { try finishEntry(entry) }
            entry = nil
        default:
            break
        }
    }

    func characters(_ text: String) {
        capture?.text += text
    }

    private func finishField(_ name: String, type: String?, text: String) {
        if inTermGroup {
            switch (name, type) {
            case ("term", _):
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if let language, !trimmed.isEmpty, term == nil { term = Term(text: trimmed, language: language, status: .admitted) }
            case ("termNote", "administrativeStatus"):
                term?.status = Self.status(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? term?.status ?? .admitted
            case ("termNote", GlossaryProperty.plural):
                term?.plural = text
            case ("admin", "source"):
                term?.source = ImportedLanguage.unwrapped(text)
            case ("note", _):
                if let note = ImportedLanguage.unwrapped(text) {
                    let earlier = term?.note
                    term?.note = earlier.map { $0 + " " + note } ?? note
                }
            default:
                break
            }
            return
        }
        switch (name, type) {
        case ("note", _):
            if let note = ImportedLanguage.unwrapped(text) { notes.append(note) }
        case ("descrip", "definition"):
            definition = ImportedLanguage.unwrapped(text)
        case ("admin", let type?):
            fields[type] = ImportedLanguage.unwrapped(text)
        default:
            break
        }
    }

    private static func status(_ value: String) -> TermStatus? {
        switch value {
        case "preferredTerm-admn-sts": .preferred
        case "admittedTerm-admn-sts": .admitted
        case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts": .deprecated
        default: nil
        }
    }

    private func finishEntry(_ entry: (id: String?, line: Int)) throws {
        guard !terms.isEmpty else {
            warn(entry.line, "entry without terms skipped")
            return
        }
        let kindText = fields[GlossaryProperty.kind]
        var kind: ConceptKind?
        if let kindText {
            kind = ConceptKind(rawValue: kindText)
            if kind == nil { warn(entry.line, "unknown kind '\(kindText)' ignored") }
        }
        let id = kindText == nil ? nil : fields[TBXConceptID.originalIDType] ?? entry.id
        try emit(IncomingConcept(
            id: id, kind: kind, note: notes.isEmpty ? definition : notes.joined(separator: " "),
            source: fields["source"], distinct: fields[GlossaryProperty.distinct].map { $0.split(separator: "|").map(String.init) } ?? [],
            statedTerms: terms, line: entry.line))
    }
}
