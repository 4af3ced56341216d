import Foundation
import GlossaExchange
import GlossaGlossary

/// Adds units and files to the memory folder. Every write builds the whole new file, then
/// renames it into place (`AtomicFile`) under the folder's lock: a reader, or a crash, sees
/// the old file or the new one, never half of one.
public struct MemoryWriter: Sendable {
    public let folder: MemoryFolder

    public init(folder: MemoryFolder) {
        self.folder = folder
    }

    /// Appends one unit to `glossa-added.tmx`; returns its id. The file keeps one language
    /// pair: adding en→fr to a fr→en file is fine, adding de→en to it is refused.
    @discardableResult
    public func add(source: String, target: String, from: String, to: String) throws -> String {
        guard !source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              !target.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { throw MemoryError(file: MemoryFolder.addedFileName, "the source and the target must not be empty") }
        let url = folder.directory.appendingPathComponent(MemoryFolder.addedFileName)
        let name = folder.displayName(url)
        return try folder.withLock {
            var existing: [BilingualSegment] = []
            var pair = (source: from, target: to)
            if FileManager.default.fileExists(atPath: url.path) {
                let document = try BilingualReader.read(contentsOf: url, displayName: name)
                let stored = [document.sourceLanguage, document.targetLanguage].map(Self.primary)
                guard Set(stored) == Set([Self.primary(from), Self.primary(to)]) else {
                    throw MemoryError(file: name, "holds \(document.sourceLanguage)→\(document.targetLanguage) units; "
                                      + "import \(from)→\(to) units as a file of their own with glossa tm import")
                }
                existing = document.segments
                pair = (document.sourceLanguage, document.targetLanguage)
            }
            let reversed = Self.primary(pair.source) != Self.primary(from)
            let number = (existing.compactMap { Int($0.id.dropFirst("added-".count)) }.max() ?? existing.count) + 1
            let id = "added-\(number)"
            var units = existing.map { segment in
                TMXOutputUnit(id: segment.id, variants: [
                    TMXVariant(language: pair.source, segment: segment.source),
                    TMXVariant(language: pair.target, segment: segment.target),
                ])
            }
            units.append(TMXOutputUnit(id: id, variants: [
                TMXVariant(language: pair.source, segment: reversed ? target : source),
                TMXVariant(language: pair.target, segment: reversed ? source : target),
            ]))
            try AtomicFile.write(Data(Self.render(units, sourceLanguage: pair.source).utf8), to: url, keepingPermissionsOf: url)
            return id
        }
    }

    /// Validates `file` as a bilingual document (any TMX of any language pair), then copies it
    /// into the folder under its own name, or `name-2.tmx`, `name-3.tmx`… when that is taken.
    /// Returns the name it was given and the number of units read.
    public func importFile(_ file: URL, displayName: String) throws -> (name: String, units: Int) {
        let document = try BilingualReader.read(contentsOf: file, displayName: displayName)
        guard document.format == .tmx else {
            throw MemoryError(file: displayName, "not a TMX file (it reads as \(document.format)); the memory holds TMX files")
        }
        guard !document.segments.isEmpty else {
            throw MemoryError(file: displayName, "no unit holds both \(document.sourceLanguage) and \(document.targetLanguage) text")
        }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw MemoryError(file: displayName, "cannot read: \(TextFile.describe(error))")
        }
        var base = file.deletingPathExtension().lastPathComponent
        if base.hasPrefix(".") { base = String(base.drop { $0 == "." }) }
        if base.isEmpty { base = "imported" }
        return try folder.withLock {
            var name = base + ".tmx"
            var suffix = 2
            while FileManager.default.fileExists(atPath: folder.directory.appendingPathComponent(name).path) {
                name = "\(base)-\(suffix).tmx"
                suffix += 1
            }
            try AtomicFile.write(data, to: folder.directory.appendingPathComponent(name))
            return (name, document.segments.count)
        }
    }

    /// A TMX document of `units`, as one string.
    public static func render(_ units: [TMXOutputUnit], sourceLanguage: String) throws -> String {
        var text = ""
        let writer = try TMXWriter(header: TMXHeader(sourceLanguage: sourceLanguage)) { text += $0 }
        for unit in units { try writer.write(unit) }
        try writer.finish()
        return text
    }

    static func primary(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }
}
