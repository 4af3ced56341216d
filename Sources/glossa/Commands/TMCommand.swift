import ArgumentParser

struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Search and grow the translation memory (the TMX files of tm/).",
        discussion: """
            The TMX files in tm/ are the memory; Glossa keeps a search index of them in its \
            cache folder ($GLOSSA_CACHE_DIR, else $XDG_CACHE_HOME/glossa, else ~/.cache/glossa) \
            and updates it, file by file, when they change. See docs/translation-memory.md.
            """,
        subcommands: [TMSearchCommand.self, TMConcordanceCommand.self, TMAddCommand.self, TMImportCommand.self,
                      TMExportCommand.self, TMStatsCommand.self, TMAlignCommand.self]
    )
}
