import ArgumentParser
import GlossaGlossary
import GlossaMatching

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Give the house spelling of a name in French and in English, with its variants.",
        discussion: """
            Any spelling works: "Herat", "Mazar-e Sharif", "talibans", "d'Herat", "Kabul". \
            Matches come best first, each marked exact (a listed term, ignoring case and \
            typography), variant (through accent folding or the transliteration key) or fuzzy \
            (a likely typo, a suggestion only).

            Exit status: 0 when something matched, 1 when nothing did, 2 on error.
            """
    )

    @Argument(help: "The name or term to look up; - reads it from standard input.")
    var text: String

    @Option(help: ArgumentHelp("Only match spellings of this language: fr or en.", valueName: "lang"))
    var lang: String?

    @Option(help: "Show at most this many concepts.")
    var limit = 5

    @Flag(help: "Print JSON (documented in the README) instead of text.")
    var json = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        _ = try workingLanguage(lang)
    }

    func run() throws {
        let index = try glossaryOptions.index()
        let query = text == "-" ? try readStandardInput() : text
        let matches = try Lookup(index: index).matches(for: query, language: try workingLanguage(lang), limit: limit)
        let output = Terminal.standardOutput
        if json {
            output.write(try LookupReport(query: query, matches: matches).encoded() + "\n")
        } else {
            output.write(LookupPrinter(terminal: output).render(query: query, matches: matches))
        }
        if matches.isEmpty { throw ExitCode(1) }
    }
}
