import ArgumentParser
import Foundation
import GlossaExchange
import GlossaGlossary

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as TMX, TBX, TSV (OmegaT), CSV or JSON.",
        discussion: """
            tmx (TMX 1.4b: the preferred terms as segments, everything else in props, so \
            importing it back loses nothing), tbx (TBX v3, TBX-Basic), tbx-martif (TBX 2008, \
            for OmegaT and translate-toolkit; no deprecated terms), tsv (an OmegaT glossary), \
            csv (one row per term, what import reads back), json. See docs/exchange.md.
            """
    )

    @Option(help: ArgumentHelp("tmx, tbx, tbx-martif, tsv, csv or json.", valueName: "format"))
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, replaced atomically; - for standard output.", valueName: "file"))
    var output = "-"

    @Option(help: ArgumentHelp("The source language of TMX and TSV: fr or en.", valueName: "lang"))
    var source = "fr"

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard GlossaryExportFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use tmx, tbx, tbx-martif, tsv, csv or json")
        }
        _ = try workingLanguage(source)
    }

    func run() throws {
        let (loaded, _) = try glossaryOptions.store().load()
        let exporter = GlossaryExporter(format: GlossaryExportFormat(rawValue: format)!, source: try workingLanguage(source)!)
        if output == "-" {
            var buffer = ""
            try exporter.export(loaded.glossary) { text in
                buffer += text
                if buffer.utf8.count > 1 << 16 {
                    Terminal.standardOutput.write(buffer)
                    buffer = ""
                }
            }
            Terminal.standardOutput.write(buffer)
        } else {
            var data = Data()
            try exporter.export(loaded.glossary) { data.append(contentsOf: $0.utf8) }
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        }
    }
}
