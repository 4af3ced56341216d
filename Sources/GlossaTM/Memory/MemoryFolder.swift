import Foundation
import GlossaExchange
import GlossaGlossary

/// The memory's folder, `tm/`: every `*.tmx` file in it is part of the memory. The files are
/// the source of truth; a translator may drop TMX files there, and Glossa only adds files
/// (`glossa-added.tmx`, imports) by writing them whole and renaming them into place.
public struct MemoryFolder: Sendable {
    public static let addedFileName = "glossa-added.tmx"

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// `--tm DIR`; else the `tm/` folder beside the glossary folder; else the `tm/` folder of
    /// the nearest enclosing directory. `create` makes the folder beside the glossary (or in
    /// `start`) when none exists, for commands that write.
    public static func locate(explicit: String?, glossaryDirectory: URL?, from start: URL, create: Bool) throws -> MemoryFolder {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: start)
            if !manager.fileExists(atPath: url.path, isDirectory: &isDirectory), create {
                try makeDirectory(url, name: explicit)
            } else if !isDirectory.boolValue {
                throw MemoryError(file: explicit, "no such translation memory folder")
            }
            return MemoryFolder(directory: url)
        }
        if let glossaryDirectory {
            let beside = glossaryDirectory.deletingLastPathComponent().appendingPathComponent("tm")
            if manager.fileExists(atPath: beside.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return MemoryFolder(directory: beside)
            }
        }
        var current = start.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent("tm")
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return MemoryFolder(directory: candidate)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        guard create else {
            throw MemoryError(file: start.path, "no tm/ folder here, beside the glossary or in any parent folder; pass --tm DIR")
        }
        let url = (glossaryDirectory?.deletingLastPathComponent() ?? start).appendingPathComponent("tm")
        try makeDirectory(url, name: url.path)
        return MemoryFolder(directory: url)
    }

    private static func makeDirectory(_ url: URL, name: String) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw MemoryError(file: name, "cannot create the translation memory folder: \(TextFile.describe(error))")
        }
    }

    /// The memory's TMX files, in name order; hidden files (temporary writes) are not part of it.
    public func fileURLs() throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw MemoryError(file: displayName(directory), "cannot list the translation memory folder: \(TextFile.describe(error))")
        }
        return names.filter { $0.lowercased().hasSuffix(".tmx") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// A path as the user would type it: relative to the current directory when inside it.
    public func displayName(_ url: URL) -> String { TextFile.displayName(url) }

    /// Runs `body` holding the folder's lock, so that two writers cannot lose each other's unit.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        try FileLock.withExclusiveLock(at: directory.appendingPathComponent(".glossa.lock"), body)
    }
}
