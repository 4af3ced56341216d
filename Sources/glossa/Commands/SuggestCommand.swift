import ArgumentParser
import Foundation
import GlossaGlossary
import GlossaTM

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "For each sentence of a text, the glossary's target spellings and the best memory matches.",
        discussion: """
            Sentences are found with ICU's rules (M., Mme, U.S. do not end one). Each sentence \
            lists the glossary names it holds, with the house spelling of the target language \
            and the status of the spelling found, then up to --limit memory matches of --min or \
            more. Without a tm/ folder, only the glossary is used.

            JSON: {"from", "to", "sentences": [{"number", "text", "terms": [{"found", "concept", \
            "status", "source_preferred", "target"}], "matches": [as glossa tm search]}]}.
            """
    )

    @Argument(help: "The text; - reads standard input.")
    var text: String?

    @Option(help: ArgumentHelp("Read the text from this file instead.", valueName: "file"))
    var file: String?

    @Option(help: "The lowest memory score shown, 0-100.")
    var min = 70

    @Option(help: "Memory matches shown per sentence.")
    var limit = 3

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard (text == nil) != (file == nil) else { throw ValidationError("give either a TEXT or --file") }
        guard (0...100).contains(min) else { throw ValidationError("--min must be between 0 and 100") }
    }

    struct Report: Encodable {
        struct Sentence: Encodable {
            struct Term: Encodable {
                let found: String
                let concept: String
                let status: String
                let sourcePreferred: String?
                let target: String?
            }

            let number: Int
            let text: String
            let terms: [Term]
            let matches: [TMMatchReport.Match]
        }

        let from: String
        let to: String
        let sentences: [Sentence]
    }

    func run() throws {
        let input: String
        if let file {
            input = try TextFile.readUTF8(URL(fileURLWithPath: file), displayName: file)
        } else {
            input = text == "-" ? try readStandardInput() : text!
        }
        let analyzer = try glossaryOptions.analyzer(loadsWordLists: true)
        let hasMemory = tmOptions.tm != nil || (try? tmOptions.folder(glossaryOptions)) != nil
        let search = hasMemory
            ? MemorySearch(index: try tmOptions.index(glossaryOptions), analyzer: analyzer, from: languages.source, to: languages.target)
            : nil
        let suggestions = try Suggestion.suggestions(for: input, from: languages.source, to: languages.target,
                                                     analyzer: analyzer, search: search, minimum: min, limit: limit)
        let output = Terminal.standardOutput
        if json {
            let report = Report(from: languages.source, to: languages.target, sentences: suggestions.map { suggestion in
                .init(number: suggestion.number, text: suggestion.sentence, terms: suggestion.terms.map {
                    .init(found: $0.found, concept: $0.concept, status: $0.status?.rawValue ?? "other-language",
                          sourcePreferred: $0.sourcePreferred, target: $0.target)
                }, matches: suggestion.matches.map(TMMatchReport.Match.init))
            })
            output.write(String(decoding: try TMMatchReport.encoder().encode(report), as: UTF8.self) + "\n")
        } else {
            output.write(TMSuggestPrinter(terminal: output, hasMemory: search != nil).render(suggestions))
        }
    }
}
