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
    /// The glossary's index, from the cache folder; when the usual one cannot be written (a
    /// read-only home), from a temporary folder, with a note: a check in CI should not fail
    /// for want of a cache. A folder named by GLOSSA_CACHE_DIR is used or is an error.
    func index() throws -> GlossaryIndex {
        let store = try store()
        let progress = {
            if Terminal.standardError.usesColor { Terminal.standardError.write("glossa: indexing the glossary…\n") }
        }
        do {
            return try GlossaryIndex.open(store, onRebuild: progress)
        } catch let unusable as GlossaryIndex.UnusableCacheFolder {
            guard !GlossaryIndex.cacheDirectoryIsExplicit else { throw GlossaryError(file: unusable.folder, line: nil,
                "cannot use the index cache folder: \(unusable.reason); set GLOSSA_CACHE_DIR to a writable folder") }
            let temporary = GlossaryIndex.temporaryCacheDirectory()
            Terminal.standardError.write("glossa: note: \(unusable); using \(temporary.path) (set GLOSSA_CACHE_DIR to choose)\n")
            return try GlossaryIndex.open(store, cacheDirectory: temporary, onRebuild: progress)
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
