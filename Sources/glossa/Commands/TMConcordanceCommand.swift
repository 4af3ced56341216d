import ArgumentParser
import Foundation
import GlossaTM

struct TMConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Find the stored units that contain a phrase, in either language.",
        discussion: """
            Whole words, in order; case, accents and typography are ignored.

            Exit status: 0 when something was found, 1 when nothing was, 2 on error.
            """
    )

    @Argument(help: "The phrase.")
    var text: String

    @Option(help: "Show at most this many units.")
    var limit = 20

    @Flag(help: "Print JSON: {\"query\", \"matches\": [{\"source\", \"target\", \"source_language\", \"target_language\", \"matched_language\", \"origin\", \"id\", \"line\"}]}.")
    var json = false

    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    struct Report: Encodable {
        struct Hit: Encodable {
            let source, target, sourceLanguage, targetLanguage, matchedLanguage, origin, id: String
            let line: Int
        }

        let query: String
        let matches: [Hit]
    }

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let index = try tmOptions.index(glossaryOptions)
        let hits = try MemorySearch(index: index, analyzer: SegmentAnalyzer(terms: nil), from: "fr", to: "en")
            .concordance(text, limit: limit)
        let output = Terminal.standardOutput
        if json {
            let report = Report(query: text, matches: hits.map {
                .init(source: $0.unit.source, target: $0.unit.target, sourceLanguage: $0.unit.sourceLanguage,
                      targetLanguage: $0.unit.targetLanguage, matchedLanguage: $0.matchedLanguage, origin: $0.unit.origin,
                      id: $0.unit.id, line: $0.unit.line)
            })
            output.write(String(decoding: try TMMatchReport.encoder().encode(report), as: UTF8.self) + "\n")
        } else if hits.isEmpty {
            output.write("\"\(text)\" is in no stored unit\n")
        } else {
            var blocks: [String] = []
            for hit in hits {
                let sourceFirst = hit.matchedLanguage == hit.unit.sourceLanguage
                let (first, second) = sourceFirst ? (hit.unit.source, hit.unit.target) : (hit.unit.target, hit.unit.source)
                let languages = sourceFirst ? (hit.unit.sourceLanguage, hit.unit.targetLanguage)
                                            : (hit.unit.targetLanguage, hit.unit.sourceLanguage)
                blocks.append(output.styled("\(hit.unit.origin):\(hit.unit.line) #\(hit.unit.id)", .dim) + "\n"
                    + "  \(languages.0.padding(toLength: 5, withPad: " ", startingAt: 0)) \(highlight(first, output))\n"
                    + "  \(languages.1.padding(toLength: 5, withPad: " ", startingAt: 0)) \(second)\n")
            }
            output.write(blocks.joined(separator: "\n"))
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    private func highlight(_ segment: String, _ output: Terminal) -> String {
        guard let range = segment.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) else { return segment }
        return segment[..<range.lowerBound] + output.styled(output.usesColor ? String(segment[range]) : "[\(segment[range])]", .yellow)
            + segment[range.upperBound...]
    }
}
