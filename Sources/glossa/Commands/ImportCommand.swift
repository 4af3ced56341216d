import ArgumentParser
import Foundation
import GlossaGlossary

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a spreadsheet glossary (CSV or TSV) into the glossary.",
        discussion: """
            A header row names the columns: fr and en are required; id, kind, note, \
            fr_variants and en_variants are optional, with variants separated by '|'. \
            Rows join existing concepts by id or by spelling; new spellings are added as \
            admitted and disagreements are reported as conflicts (see the README's merge \
            rules). The import is all-or-nothing: if any row is bad, nothing changes.
            """
    )

    @Argument(help: "The file to import: .csv, or .tsv / .tab for tab-separated.")
    var file: String

    @OptionGroup var edit: EditOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let store = try glossaryOptions.store()
        let url = URL(fileURLWithPath: file)
        let text = try TextFile.readUTF8(url, displayName: file)
        let delimiter: Unicode.Scalar = url.pathExtension.lowercased() == "csv" ? "," : "\t"
        let incoming = try CSVGlossaryReader.read(text, delimiter: delimiter, displayName: file)
        let (loaded, forms) = try store.load()
        let merge = try GlossaryMerge(incoming, into: loaded, forms: forms)
        try store.update(file: try edit.into ?? store.defaultTargetFile(), dryRun: edit.dryRun) { target, _ in
            merge.apply(to: &target)
        }

        let output = Terminal.standardOutput
        var concepts = 0, terms = 0
        for change in merge.changes {
            switch change {
            case .newConcept(let concept, let line):
                concepts += 1
                let names = LanguageCode.workingPair.compactMap { concept.preferred(in: $0)?.text }.joined(separator: " / ")
                output.write("\(file):\(line): new concept \(concept.id): \(names)\n")
            case .newTerm(let term, let conceptID, let line):
                terms += 1
                output.write("\(file):\(line): new \(term.language) term '\(term.text)' for \(conceptID)\n")
            }
        }
        for conflict in merge.conflicts {
            Terminal.standardError.write("\(file):\(conflict.line): conflict: \(conflict.message)\n")
        }
        let verb = edit.dryRun ? "would import" : "imported"
        output.write("\(verb) \(concepts) new concepts and \(terms) new terms from \(file); \(merge.conflicts.count) conflicts\n")
    }
}
