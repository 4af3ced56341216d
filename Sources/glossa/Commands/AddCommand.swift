import ArgumentParser
import Foundation
import GlossaGlossary
import GlossaText

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept or a term to the glossary.",
        discussion: """
            The glossary is validated as a whole before anything is written, and the file is \
            replaced atomically under a lock, so a rejected or interrupted add changes nothing.
            """,
        subcommands: [AddConceptCommand.self, AddTermCommand.self]
    )
}

/// Options that say where an edit goes and how much to show.
struct EditOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The file of the glossary folder to write to (default: see the README).", valueName: "file.tsv"))
    var into: String?

    @Flag(help: "Show what would change without writing anything.")
    var dryRun = false

    func validate() throws {
        if let into, into.contains("/") || !into.hasSuffix(".tsv") {
            throw ValidationError("--into takes a file name ending in .tsv, inside the glossary folder")
        }
    }
}

struct AddConceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concept",
        abstract: "Add a new concept with its preferred French and English terms.",
        discussion: "Example: glossa add concept jalalabad --kind place --fr Djalalabad --en Jalalabad"
    )

    @Argument(help: "The new concept's id: lowercase words joined by '-'.")
    var id: String

    @Option(help: "person, place, organization, group or term.")
    var kind: String

    @Option(help: "The preferred French term.")
    var fr: String

    @Option(help: "The preferred English term.")
    var en: String

    @Option(help: "A note on the concept.")
    var note: String?

    @Option(help: ArgumentHelp("Ids of look-alike concepts that are different (repeatable).", valueName: "id"))
    var distinct: [String] = []

    @OptionGroup var edit: EditOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard ConceptKind(rawValue: kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else { throw ValidationError("the id must be one word") }
        for text in [fr, en] where text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--fr and --en must not be empty")
        }
    }

    func run() throws {
        let store = try glossaryOptions.store()
        let concept = Concept(id: id, kind: ConceptKind(rawValue: kind)!, note: note, distinct: distinct, terms: [
            Term(text: fr, language: .french, status: .preferred),
            Term(text: en, language: .english, status: .preferred),
        ])
        try store.update(file: try edit.into ?? store.defaultTargetFile(), dryRun: edit.dryRun) { file, loaded in
            if let existing = loaded.conceptLocations[id] {
                throw GlossaryError(file: existing.file, line: existing.line, "concept '\(id)' already exists; use 'glossa add term'")
            }
            file.append(concept)
        }
        Terminal.standardOutput.write("\(edit.dryRun ? "would add" : "added") concept \(id): \(fr) / \(en)\n")
    }
}

struct AddTermCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "term",
        abstract: "Add a spelling to an existing concept.",
        discussion: "Example: glossa add term herat Hirat --lang en --status admitted --note \"Older transliteration\""
    )

    @Argument(help: "The id of the concept.")
    var concept: String

    @Argument(help: "The spelling to add.")
    var text: String

    @Option(help: "The term's language: fr, en, or another language code.")
    var lang: String

    @Option(help: "admitted (default), deprecated, or preferred when the concept has none in that language.")
    var status = "admitted"

    @Option(help: "The plural form, when it is irregular.")
    var plural: String?

    @Option(help: "Why this spelling has this status.")
    var note: String?

    @Option(help: "Where the spelling was seen.")
    var source: String?

    @OptionGroup var edit: EditOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard LanguageCode(lang) != nil else { throw ValidationError("unknown language code '\(lang)'") }
        guard TermStatus(rawValue: status) != nil else {
            throw ValidationError("unknown status '\(status)'; use preferred, admitted or deprecated")
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the term must not be empty") }
    }

    func run() throws {
        let store = try glossaryOptions.store()
        let term = Term(text: text, language: LanguageCode(lang)!, status: TermStatus(rawValue: status)!,
                        plural: plural, note: note, source: source)
        let (loaded, _) = try store.load()
        guard let location = loaded.conceptLocations[concept] else {
            throw GlossaryError(file: store.displayName(store.directory), line: nil,
                                "no concept '\(concept)'; add it first with 'glossa add concept'")
        }
        if let position = loaded.glossary[concept]?.terms.firstIndex(where: {
            $0.language.primary == term.language.primary && (try? TextForms.exact($0.text)) == (try? TextForms.exact(text))
        }) {
            let existing = loaded.glossary[concept]!.terms[position]
            let row = loaded.termLocations[concept]![position]
            throw GlossaryError(file: row.file, line: row.line,
                                "'\(existing.text)' is already a \(existing.language) \(existing.status.rawValue) term of \(concept); edit that row instead")
        }
        let target = edit.into ?? URL(fileURLWithPath: location.file).lastPathComponent
        try store.update(file: target, dryRun: edit.dryRun) { file, _ in
            file.insert(term, conceptID: concept)
        }
        Terminal.standardOutput.write("\(edit.dryRun ? "would add" : "added") \(term.language) \(term.status.rawValue) term '\(text)' to \(concept)\n")
    }
}
