import ArgumentParser
import Foundation
import GlossaExchange
import GlossaGlossary
import GlossaTM

struct TMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every unit of the memory as one TMX 1.4 file.",
        discussion: "The header's srclang is the memory's source language when all files share one, else *all*."
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; - is standard output.", valueName: "file"))
    var output = "-"

    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let index = try tmOptions.index(glossaryOptions)
        let sources = Set(index.summaries.map(\.sourceLanguage))
        var text = ""
        let writer = try TMXWriter(header: TMXHeader(sourceLanguage: sources.count == 1 ? sources.first! : "*all*")) { text += $0 }
        try index.forEachUnit { unit in
            try writer.write(TMXOutputUnit(
                id: unit.id, properties: [("x-glossa-origin", unit.origin)],
                variants: [TMXVariant(language: unit.sourceLanguage, segment: unit.source),
                           TMXVariant(language: unit.targetLanguage, segment: unit.target)]))
        }
        try writer.finish()
        if output == "-" {
            Terminal.standardOutput.write(text)
        } else {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        }
    }
}
