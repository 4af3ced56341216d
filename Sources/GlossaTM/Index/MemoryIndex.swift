import Foundation
import GlossaExchange
import GlossaGlossary
import GlossaText

/// The search index of the whole memory: one `FileIndex` per TMX file of the folder.
///
/// It is a cache, kept outside the memory folder (in `GLOSSA_CACHE_DIR` or the user's cache
/// folder, under `tm-<hash of the folder's path>/`). Each TMX file has its own index file,
/// named after the file and its fingerprint (size, modification time, inode, and the index
/// and key rules): a changed file gets a new index, the others are reused as they are. Index
/// files are written to a temporary name and renamed into place, and never modified after,
/// so concurrent processes each see complete indexes; at worst two of them build the same
/// one and the last rename wins. An index that is half-written (a killed build leaves only a
/// hidden temporary file), truncated or corrupt fails to open, or lacks its `complete` row,
/// and is rebuilt. Stale index files and orphaned temporary files are removed.
///
/// A TMX file that cannot be read is reported in `problems`; the rest of the memory is
/// still searched.
public final class MemoryIndex {
    public let folder: MemoryFolder
    let files: [FileIndex]
    public let problems: [MemoryError]
    public let cacheDirectory: URL

    private init(folder: MemoryFolder, files: [FileIndex], problems: [MemoryError], cacheDirectory: URL) {
        self.folder = folder
        self.files = files
        self.problems = problems
        self.cacheDirectory = cacheDirectory
    }

    /// `onBuild` is called with a file's display name before its index is built.
    public static func open(_ folder: MemoryFolder, cacheDirectory: URL = CacheFolder.standard,
                            onBuild: ((String) -> Void)? = nil) throws -> MemoryIndex {
        let directory = cacheDirectory.appendingPathComponent("tm-\(StableHash.hex(folder.directory.path))")
        try CacheFolder.prepare(directory)
        var files: [FileIndex] = []
        var problems: [MemoryError] = []
        var expected: Set<String> = []
        for url in try folder.fileURLs() {
            let name = url.lastPathComponent
            let display = folder.displayName(url)
            guard let fingerprint = fingerprint(of: url) else {
                problems.append(MemoryError(file: display, "cannot read: \(String(cString: strerror(errno)))"))
                continue
            }
            let indexName = "\(StableHash.hex(name))-\(StableHash.hex(fingerprint)).sqlite"
            let indexURL = directory.appendingPathComponent(indexName)
            expected.insert(indexName)
            if let index = FileIndex.openExisting(indexURL, name: name, fingerprint: fingerprint) {
                files.append(index)
                continue
            }
            onBuild?(display)
            do {
                let document = try BilingualReader.read(contentsOf: url, displayName: display)
                guard document.format == .tmx else {
                    throw MemoryError(file: display, "not a TMX file; the memory holds TMX files")
                }
                try FileIndex.build(document, fingerprint: fingerprint, at: indexURL)
                guard let index = FileIndex.openExisting(indexURL, name: name, fingerprint: fingerprint) else {
                    throw MemoryError(file: indexURL.path, "the memory index was built but cannot be read back")
                }
                files.append(index)
            } catch let error as FileError {
                problems.append(error)
            }
        }
        // Index files of old versions of the TMX files.
        CacheFolder.removeLeftovers(in: directory) { !expected.contains($0) }
        return MemoryIndex(folder: folder, files: files, problems: problems, cacheDirectory: directory)
    }

    static func fingerprint(of url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return ["schema \(FileIndex.schemaVersion)", "size \(info.st_size)", "mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)",
                "inode \(info.st_ino)"].joined(separator: "\n")
    }

    // MARK: Summary

    public struct FileSummary: Sendable {
        public let name: String
        public let sourceLanguage: String
        public let targetLanguage: String
        public let units: Int
        public let skippedUnits: Int
        public let indexBytes: Int
    }

    public var summaries: [FileSummary] {
        files.map {
            FileSummary(name: $0.name, sourceLanguage: $0.sourceLanguage, targetLanguage: $0.targetLanguage,
                        units: $0.unitCount, skippedUnits: $0.skippedUnits, indexBytes: $0.byteSize)
        }
    }

    public var unitCount: Int { files.reduce(0) { $0 + $1.unitCount } }

    /// Every unit of every file, in file and unit order, each in its file's own direction.
    public func forEachUnit(_ body: (MemoryUnit) throws -> Void) throws {
        for file in files {
            try file.forEachUnit { unit in
                try body(MemoryUnit(id: unit.id, source: unit.source, target: unit.target, sourceLanguage: file.sourceLanguage,
                                    targetLanguage: file.targetLanguage, origin: file.name, line: unit.line))
            }
        }
    }
}
