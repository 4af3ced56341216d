import Foundation
import GlossaExchange
import Testing

/// Writes fixture files into a fresh temporary folder, removed when the value is released.
final class Fixture {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("glossa-exchange-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` as UTF-8 and returns the file's URL.
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, bytes: Data(text.utf8))
    }

    func write(_ name: String, bytes: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }
}

extension Fixture {
    /// Writes `text` as UTF-8 under `name` and reads it back as a bilingual document.
    func read(
        _ text: String, name: String = "test.tmx", sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        try read(bytes: Data(text.utf8), name: name, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    func read(
        bytes: Data, name: String = "test.tmx", sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        let url = try write(name, bytes: bytes)
        return try BilingualReader.read(
            contentsOf: url, displayName: name, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// The error reading `text` throws, or nil (a test failure) when it reads fine.
    func readError(_ text: String, name: String = "test.tmx") -> BilingualReadError? {
        readError(bytes: Data(text.utf8), name: name)
    }

    func readError(bytes: Data, name: String = "test.tmx") -> BilingualReadError? {
        #expect(throws: BilingualReadError.self) { try self.read(bytes: bytes, name: name) }
    }
}
