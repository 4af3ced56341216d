import ArgumentParser
import Foundation
import GlossaGlossary

/// Options every command that reads the glossary shares.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The glossary folder. Default: the glossary/ folder of the current directory or its nearest parent that has one.",
        valueName: "dir"))
    var glossary: String?

    func store() throws -> GlossaryStore {
        try GlossaryStore.locate(explicit: glossary, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The compiled index, rebuilt when the glossary changed, with a note on stderr when the
    /// rebuild may take a moment.
    func index() throws -> GlossaryIndex {
        let store = try store()
        return try CacheFolder.withFallback { folder in
            try GlossaryIndex.open(store, cacheDirectory: folder) {
                if Terminal.standardError.usesColor { Terminal.standardError.write("glossa: indexing the glossary…\n") }
            }
        }
    }
}

extension LanguageCode: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// `--lang fr|en`: the working pair only.
func workingLanguage(_ text: String?) throws -> LanguageCode? {
    guard let text else { return nil }
    guard let code = LanguageCode(text), LanguageCode.workingPair.contains(code) else {
        throw ValidationError("unknown language code '\(text)'; use fr or en")
    }
    return code
}

/// All of standard input as UTF-8; invalid bytes are an error, not replacement characters.
func readStandardInput() throws -> String {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return try TextFile.decodeUTF8(data, displayName: "<stdin>")
}
