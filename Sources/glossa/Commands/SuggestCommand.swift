import ArgumentParser
import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaTM

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "For each sentence of a text, the glossary's target spellings and the best memory matches.",
        discussion: """
            Sentences are found with ICU's rules (M., Mme, U.S. do not end one). Each sentence \
            lists the glossary names it holds, with the house spelling of the target language \
            and the status of the spelling found, then up to --limit memory matches of --min or \
            more. Without a tm/ folder, only the glossary is used. Without --from or --to, \
            English text is read as English (with a note), other text as French.

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
        let (from, to) = languagePair(for: input)
        let analyzer = try glossaryOptions.analyzer(loadsWordLists: true)
        let hasMemory = tmOptions.tm != nil || (try? tmOptions.folder(glossaryOptions)) != nil
        let search = hasMemory
            ? MemorySearch(index: try tmOptions.index(glossaryOptions), analyzer: analyzer, from: from, to: to)
            : nil
        let suggestions = try Suggestion.suggestions(for: input, from: from, to: to,
                                                     analyzer: analyzer, search: search, minimum: min, limit: limit)
        let output = Terminal.standardOutput
        if json {
            let report = Report(from: from, to: to, sentences: suggestions.map { suggestion in
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

    /// The pair given; without --from or --to, English text is read as English, not as French
    /// full of deprecated spellings, and a note says so.
    private func languagePair(for input: String) -> (from: String, to: String) {
        guard !languages.isGiven, let detected = LanguageDetector().decidedLanguage(of: input),
              let source = LanguageCode(languages.source), detected.primary != source.primary,
              let other = detected.otherWorkingLanguage
        else { return (languages.source, languages.target) }
        Terminal.standardError.write("glossa: note: the text reads as \(detected.name): suggesting \(other.name) for it; "
                                     + "pass --from \(source.primary) to read it as \(source.name)\n")
        return (detected.rawValue, other.rawValue)
    }
}
