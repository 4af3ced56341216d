import ArgumentParser
import Foundation
import GlossaTM

struct TMStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the memory's units, per file and language pair."
    )

    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let index = try tmOptions.index(glossaryOptions)
        let summaries = index.summaries
        let width = max(4, summaries.map(\.name.count).max() ?? 0)
        let pairWidth = max(4, summaries.map { "\($0.sourceLanguage)→\($0.targetLanguage)".count }.max() ?? 0)
        let output = Terminal.standardOutput
        var lines = [output.styled("file".padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            + "pair".padding(toLength: pairWidth, withPad: " ", startingAt: 0) + "  units  skipped  index", .bold)]
        for file in summaries {
            let pair = "\(file.sourceLanguage)→\(file.targetLanguage)"
            lines.append(file.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + pair.padding(toLength: pairWidth, withPad: " ", startingAt: 0)
                + String(repeating: " ", count: max(0, 7 - "\(file.units)".count)) + "\(file.units)"
                + String(repeating: " ", count: max(0, 9 - "\(file.skippedUnits)".count)) + "\(file.skippedUnits)"
                + "  " + Self.size(file.indexBytes))
        }
        let pairs = Set(summaries.map { "\($0.sourceLanguage)→\($0.targetLanguage)" }).sorted()
        lines.append("\(index.unitCount) units in \(summaries.count) file\(summaries.count == 1 ? "" : "s")"
            + (pairs.isEmpty ? "" : " (\(pairs.joined(separator: ", ")))")
            + (index.problems.isEmpty ? "" : "; \(index.problems.count) unreadable"))
        lines.append(output.styled("index cache: \(index.cacheDirectory.path)", .dim))
        output.write(lines.joined(separator: "\n") + "\n")
    }

    static func size(_ bytes: Int) -> String {
        bytes < 1 << 20 ? "\((bytes + 1023) / 1024) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
