import ArgumentParser
import GlossaTM

struct TMSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find stored units whose source resembles a sentence (fuzzy matches, 0-100).",
        discussion: """
            The score is a token edit distance, as in CAT tools; numbers and glossary names are \
            placeables: a unit differing only by them scores high and its target is adapted \
            ("Hérat" → "Kandahar"). Differences from the query are shown in [brackets]. The \
            formula and the JSON fields are in docs/translation-memory.md.

            Exit status: 0 when something matched, 1 when nothing reached --min, 2 on error.
            """
    )

    @Argument(help: "The sentence to look for; - reads it from standard input.")
    var text: String

    @Option(help: "The lowest score shown, 0-100.")
    var min = 70

    @Option(help: "Show at most this many matches.")
    var limit = 10

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard (0...100).contains(min) else { throw ValidationError("--min must be between 0 and 100") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let query = text == "-" ? try readStandardInput() : text
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the sentence to look for is empty")
        }
        let index = try tmOptions.index(glossaryOptions)
        let search = MemorySearch(index: index, analyzer: try glossaryOptions.analyzer(), from: languages.source, to: languages.target)
        let matches = try search.search(query, minimum: min, limit: limit)
        let output = Terminal.standardOutput
        if json {
            output.write(try TMMatchReport(query: query, matches: matches.map(TMMatchReport.Match.init)).encoded() + "\n")
        } else if matches.isEmpty {
            output.write("no match of \(min) or more for \"\(query)\"\n")
        } else {
            let printer = TMMatchPrinter(terminal: output)
            output.write(matches.map(printer.render).joined(separator: "\n"))
        }
        if matches.isEmpty { throw ExitCode(1) }
    }
}
