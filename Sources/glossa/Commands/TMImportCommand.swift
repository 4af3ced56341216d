import ArgumentParser
import Foundation
import GlossaTM

struct TMImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy a TMX file into the memory after checking that it reads.",
        discussion: """
            Any TMX file of any language pair is accepted once it reads cleanly (TMX 1.1 to 1.4, \
            UTF-8 or UTF-16). It is copied into tm/ under its own name, or name-2.tmx… when \
            that is taken.
            """
    )

    @Argument(help: "The TMX file.")
    var file: String

    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let folder = try tmOptions.folder(glossaryOptions, create: true)
        let (name, units) = try MemoryWriter(folder: folder).importFile(URL(fileURLWithPath: file), displayName: file)
        let installed = folder.displayName(folder.directory.appendingPathComponent(name))
        Terminal.standardOutput.write("imported \(units) unit\(units == 1 ? "" : "s") as \(installed)\n")
    }
}
