import ArgumentParser
import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaTM

/// Options of the commands that use the translation memory.
struct TMOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The translation memory folder. Default: the tm/ folder beside the glossary folder, else of the current directory or its nearest parent that has one.",
        valueName: "dir"))
    var tm: String?

    func folder(_ glossary: GlossaryOptions, create: Bool = false) throws -> MemoryFolder {
        let glossaryDirectory = try? glossary.store().directory
        return try MemoryFolder.locate(explicit: tm, glossaryDirectory: glossaryDirectory,
                                       from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), create: create)
    }

    /// The memory's index, updated for changed files; files that cannot be read are reported
    /// on stderr, one line each, and the rest of the memory is used.
    func index(_ glossary: GlossaryOptions) throws -> MemoryIndex {
        let memory = try folder(glossary)
        let index = try CacheFolder.withFallback { cache in
            try MemoryIndex.open(memory, cacheDirectory: cache) { name in
                if Terminal.standardError.usesColor { Terminal.standardError.write("glossa: indexing \(name)…\n") }
            }
        }
        for problem in index.problems {
            Terminal.standardError.write("\(problem) (file skipped)\n")
        }
        return index
    }
}

/// `--from` and `--to`: the language pair of a memory command.
struct LanguagePairOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The source language (default: fr, or the other language of --to).", valueName: "lang"))
    var from: String?

    @Option(help: ArgumentHelp("The target language (default: en, or the other language of --from).", valueName: "lang"))
    var to: String?

    func validate() throws {
        for code in [from, to].compactMap({ $0 }) where LanguageCode(code) == nil {
            throw ValidationError("'\(code)' is not a language code; use fr, en, en-GB…")
        }
        guard LanguageCode(pair.from)!.primary != LanguageCode(pair.to)!.primary else {
            throw ValidationError("--from and --to must be different languages")
        }
    }

    /// Whether the user named either language.
    var isGiven: Bool { from != nil || to != nil }

    /// One flag names the pair, as `glossa check` takes it: `--to fr` is English into French.
    private var pair: (from: String, to: String) {
        switch (from, to) {
        case let (from?, to?): (from, to)
        case let (from?, nil): (from, LanguageCode(from)?.otherWorkingLanguage?.rawValue ?? "en")
        case let (nil, to?): (LanguageCode(to)?.otherWorkingLanguage?.rawValue ?? "fr", to)
        case (nil, nil): ("fr", "en")
        }
    }

    var source: String { LanguageCode(pair.from)?.rawValue ?? pair.from }
    var target: String { LanguageCode(pair.to)?.rawValue ?? pair.to }
}

extension GlossaryOptions {
    /// Glossary names for placeables and hints: from `--glossary`, else the glossary found
    /// around the current directory, else none (the memory works without a glossary).
    func analyzer(loadsWordLists: Bool = false) throws -> SegmentAnalyzer {
        guard glossary != nil || (try? store()) != nil else { return SegmentAnalyzer(terms: nil) }
        return SegmentAnalyzer(terms: try TermIndex(index: try index()), loadsWordLists: loadsWordLists)
    }
}
