import ArgumentParser
import Foundation
import GlossaExchange
import GlossaGlossary

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a glossary file (TMX, TBX, CSV or TSV) into the glossary.",
        discussion: """
            Reads TMX 1.1-1.4, TBX v3 and TBX 2008 (martif), and spreadsheets saved as CSV or \
            tab-separated text, either with fr and en columns (id, kind, note, fr_variants and \
            en_variants optional, variants separated by '|') or one row per term with the \
            columns of a glossary file. Concepts join existing ones by id or by spelling; new \
            spellings are added and disagreements are reported as conflicts (see \
            docs/exchange.md). The import is all-or-nothing: if anything is bad, nothing changes.
            """
    )

    @Argument(help: "The file to import: .tmx, .tbx, .csv, or .tsv / .tab for tab-separated.")
    var file: String

    @Flag(help: "Report progress on stderr every 100,000 units (default: only when stderr is a terminal).")
    var progress = false

    @OptionGroup var edit: EditOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let store = try glossaryOptions.store()
        let (loaded, forms) = try store.load()
        var merge = GlossaryMerge(into: loaded, forms: forms)
        let showProgress = progress || isatty(STDERR_FILENO) == 1
        var units = 0
        let warnings = try GlossaryFileReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file) { concept in
            try merge.add(concept)
            units += 1
            if showProgress, units % 100_000 == 0 {
                Terminal.standardError.write("glossa: \(file): \(units) units read\n")
            }
        }
        for warning in warnings { Terminal.standardError.write("\(warning): warning\n") }
        try store.update(file: try edit.into ?? store.defaultTargetFile(), dryRun: edit.dryRun) { target, _ in
            merge.apply(to: &target)
        }
        report(merge)
    }

    private func report(_ merge: GlossaryMerge) {
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
