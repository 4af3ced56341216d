import ArgumentParser
import Foundation
import GlossaExchange
import GlossaGlossary
import GlossaTM

struct TMAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a text and its translation sentence by sentence into a TMX file.",
        discussion: """
            Sentences are found with ICU's rules (M., Mme, U.S. do not end one) and aligned \
            by length, Gale–Church style, with glossary names and numbers as anchors; beads of \
            1-1, 1-2, 2-1 sentences become units, with their confidence (0-1) in an \
            x-glossa-confidence property. Sentences left without a counterpart are counted on \
            stderr. The output is a TMX file that glossa tm import accepts.
            """
    )

    @Argument(help: "The source text (UTF-8).")
    var sourceFile: String

    @Argument(help: "Its translation (UTF-8).")
    var targetFile: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the TMX; - is standard output.", valueName: "file"))
    var output = "-"

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let source = try TextFile.readUTF8(URL(fileURLWithPath: sourceFile), displayName: sourceFile)
        let target = try TextFile.readUTF8(URL(fileURLWithPath: targetFile), displayName: targetFile)
        let aligned = try ParallelText(source: source, target: target, from: languages.source, to: languages.target,
                                       analyzer: try glossaryOptions.analyzer())
        var text = ""
        let writer = try TMXWriter(header: TMXHeader(sourceLanguage: languages.source, properties: [
            ("x-glossa-aligned-from", "\(sourceFile) \(targetFile)"),
        ])) { text += $0 }
        for (number, pair) in aligned.pairs.enumerated() {
            try writer.write(TMXOutputUnit(
                id: "a\(number + 1)",
                properties: [("x-glossa-confidence", String(format: "%.2f", pair.confidence)), ("x-glossa-bead", pair.shape)],
                variants: [TMXVariant(language: languages.source, segment: pair.source),
                           TMXVariant(language: languages.target, segment: pair.target)]))
        }
        try writer.finish()
        if output == "-" {
            Terminal.standardOutput.write(text)
        } else {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        }
        let unpaired = aligned.unpaired
        Terminal.standardError.write("aligned \(aligned.pairs.count) units"
            + (unpaired == 0 ? "" : "; \(unpaired) sentence\(unpaired == 1 ? "" : "s") left without a counterpart") + "\n")
    }
}
