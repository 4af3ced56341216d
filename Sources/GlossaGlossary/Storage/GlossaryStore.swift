import Foundation
import GlossaText

/// A glossary folder: every `*.tsv` file in it, read in name order.
public struct GlossaryStore: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The folder named by `--glossary`, or the `glossary/` folder of the nearest enclosing
    /// directory, searched upward from `start` the way git finds `.git`.
    public static func locate(explicit: String?, from start: URL) throws -> GlossaryStore {
        var isDirectory: ObjCBool = false
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: start)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw GlossaryError(file: explicit, line: nil, "no such glossary folder")
            }
            guard isDirectory.boolValue else {
                throw GlossaryError(file: explicit, line: nil, "it is a file; --glossary names the folder that holds the glossary's files")
            }
            return GlossaryStore(directory: url)
        }
        var current = start.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent("glossary")
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return GlossaryStore(directory: candidate)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        throw GlossaryError(file: start.path, line: nil,
                            "no glossary/ folder here or in any parent folder; pass --glossary DIR")
    }

    public func fileURLs() throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw GlossaryError(file: displayName(directory), line: nil, "cannot list the glossary folder: \(TextFile.describe(error))")
        }
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// A path as the user would type it: relative to the current directory when inside it.
    public func displayName(_ url: URL) -> String { TextFile.displayName(url) }

    public func readFiles() throws -> [GlossaryFile] {
        var files: [GlossaryFile] = []
        var errors: [GlossaryError] = []
        for url in try fileURLs() {
            let name = displayName(url)
            do {
                let (file, fileErrors) = GlossaryFile.parse(try TextFile.readUTF8(url, displayName: name), url: url, displayName: name)
                files.append(file)
                errors += fileErrors
            } catch let error as GlossaryError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw GlossaryErrors(errors) }
        return files
    }

    /// Reads and validates every file. Throws `GlossaryErrors` listing every problem found.
    public func load() throws -> (LoadedGlossary, [MatchForm]) {
        try Self.validate(try readFiles())
    }

    public static func validate(_ files: [GlossaryFile]) throws -> (LoadedGlossary, [MatchForm]) {
        let (loaded, errors) = GlossaryAssembler.assemble(files)
        if !errors.isEmpty { throw GlossaryErrors(errors) }
        let forms = try MatchForm.forms(of: loaded.glossary)
        let collisions = KeyCollisionCheck.errors(in: loaded, forms: forms)
        if !collisions.isEmpty { throw GlossaryErrors(collisions) }
        return (loaded, forms)
    }

    /// Edits one file under the glossary's lock. The edited folder is validated as a whole
    /// before anything is written, and the file is replaced atomically, so a failed edit
    /// changes nothing. Returns the validated glossary as it is after the edit.
    @discardableResult
    public func update(file name: String, dryRun: Bool = false,
                       _ edit: (inout GlossaryFile, LoadedGlossary) throws -> Void) throws -> LoadedGlossary {
        let lockURL = directory.appendingPathComponent(".glossa.lock")
        func work() throws -> LoadedGlossary {
            var files = try readFiles()
            let (before, _) = try Self.validate(files)
            let url = directory.appendingPathComponent(name)
            let index = files.firstIndex { $0.url.lastPathComponent == name } ?? {
                files.append(GlossaryFile(url: url, displayName: displayName(url)))
                return files.count - 1
            }()
            try edit(&files[index], before)
            let rendered = files[index].render()
            let (reparsed, parseErrors) = GlossaryFile.parse(rendered, url: url, displayName: files[index].displayName)
            if !parseErrors.isEmpty { throw GlossaryErrors(parseErrors) }
            files[index] = reparsed
            let (after, _) = try Self.validate(files)
            if !dryRun {
                sweepTemporaryFiles()
                try AtomicFile.write(Data(rendered.utf8), to: url)
            }
            return after
        }
        return dryRun ? try work() : try FileLock.withExclusiveLock(at: lockURL) { try work() }
    }

    /// Removes what writers killed mid-write left behind. Runs under the glossary's lock, so no
    /// live writer of this folder can own one of these files.
    private func sweepTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(".") && name.contains(".tsv.tmp-") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// The file that new concepts go to: the only file of the folder, else `glossary.tsv`.
    public func defaultTargetFile() throws -> String {
        let urls = try fileURLs()
        return urls.count == 1 ? urls[0].lastPathComponent : "glossary.tsv"
    }
}
