import ArgumentParser
import GlossaTM

struct TMAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a translation unit to tm/glossa-added.tmx.",
        discussion: "The file is rewritten whole and renamed into place, under a lock, so concurrent adds keep every unit."
    )

    @Option(help: "The source segment.")
    var source: String

    @Option(help: "Its translation.")
    var target: String

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var tmOptions: TMOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let folder = try tmOptions.folder(glossaryOptions, create: true)
        let id = try MemoryWriter(folder: folder).add(source: source, target: target, from: languages.source, to: languages.target)
        let file = folder.displayName(folder.directory.appendingPathComponent(MemoryFolder.addedFileName))
        Terminal.standardOutput.write("added \(id) to \(file)\n")
    }
}
