import Foundation
import Testing
@testable import GlossaMatching

@Suite struct WordListTests {
    /// How word lists were read before they were kept as bytes: a `Set<String>` of lines,
    /// lowered, possessives skipped. `WordList` must answer as this does.
    private struct ReferenceWordList {
        let words: Set<String>

        init(_ data: Data) {
            var words = Set<String>()
            data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                let bytes = buffer.bindMemory(to: UInt8.self)
                var start = 0
                var hasUpper = false
                for index in 0...bytes.count {
                    let byte = index < bytes.count ? bytes[index] : 0x0A
                    if byte == 0x0A || byte == 0x0D {
                        if index > start, !(index - start >= 2 && bytes[index - 2] == 0x27 && bytes[index - 1] == 0x73) {
                            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                            words.insert(hasUpper ? word.lowercased() : word)
                        }
                        start = index + 1
                        hasUpper = false
                    } else if byte >= 0x41 && byte <= 0x5A || byte >= 0xC3 {
                        hasUpper = true
                    }
                }
            }
            self.words = words
        }

        func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }
    }

    private func withFile<R>(_ bytes: [UInt8], _ body: (URL) throws -> R) throws -> R {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-words-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    private let lines = [
        "épée", "Éric", "Kabul's", "PARIS", "Zürich", "nai\u{308}ve", "ŒUVRE", "straße", "İstanbul", "Ωmega",
        "l'été", "aujourd'hui", "", "x", "États-Unis", "ÇA", "Þorn", "øre", "×", "ÿ",
    ]

    private let queries = [
        "épée", "ÉPÉE", "Épée", "e\u{301}pe\u{301}e", "éric", "ÉRIC", "Eric", "eric", "kabul's", "Kabul", "kabul",
        "paris", "Paris", "zürich", "ZÜRICH", "Zu\u{308}rich", "naïve", "NAÏVE", "oeuvre", "œuvre", "Œuvre", "straße",
        "STRASSE", "istanbul", "i\u{307}stanbul", "İstanbul", "ωmega", "ΩMEGA", "l'été", "L'ÉTÉ", "aujourd'hui", "",
        "x", "X", "états-unis", "ça", "Ça", "absent", "é",
        "þorn", "ÞORN", "ØRE", "Øre", "×", "ÿ", "Ÿ", "ÀÉÎÕÜ", "àéîõü", "µ", "Μ",
    ]

    @Test(arguments: ["\n", "\r\n", "\r"])
    func answersAsASetOfLoweredLines(_ newline: String) throws {
        let bytes = Array(lines.joined(separator: newline).utf8) + [0xE9, 0x0A, 0x41, 0xC3]  // Latin-1 and cut UTF-8
        let words = try withFile(bytes) { try WordList(contentsOf: $0) }
        let reference = ReferenceWordList(Data(bytes))
        for query in queries + ["\u{FFFD}", "a\u{FFFD}"] {
            #expect(words.contains(query) == reference.contains(query), "\(query)")
        }
        #expect(words.contains("épée") && words.contains("Éric") && words.contains("ÉTATS-UNIS"))
        #expect(!words.contains("kabul's") && !words.contains("Kabul"))
        #expect(!words.isEmpty)
    }

    /// A list saved with a BOM: the first word is a word, not the BOM and a word.
    @Test func aBOMIsNoPartOfTheFirstWord() throws {
        let words = try withFile([0xEF, 0xBB, 0xBF] + Array("aéroport\nville\n".utf8)) { try WordList(contentsOf: $0) }
        #expect(words.contains("aéroport") && words.contains("ville"))
        #expect(!words.contains("\u{FEFF}aéroport"))
    }

    @Test func anEmptyFileIsAnEmptyList() throws {
        let words = try withFile([]) { try WordList(contentsOf: $0) }
        #expect(words.isEmpty)
        #expect(!words.contains(""))
        #expect(WordList.empty.isEmpty)
    }

    @Test func wordsGivenInCodeAreMatchedInLowerCase() {
        let words = WordList(words: ["la", "épée", "Kabul"])
        #expect(words.contains("LA") && words.contains("Épée") && words.contains("e\u{301}pe\u{301}e"))
        #expect(words.contains("Kabul") && words.contains("KABUL"))
        #expect(!words.containsCommonWord("Kabul") && words.containsCommonWord("La"))
    }

    /// A word listed only with its capital is a name ("Loyd", "Austen"), not a common word;
    /// one listed both ways ("Turkey", "turkey") is a common word too.
    @Test func namesAreToldFromCommonWords() throws {
        let bytes = Array("Loyd\nAusten\nturkey\nTurkey\nÉric\nprise\nÉTÉ\nété\n".utf8)
        let words = try withFile(bytes) { try WordList(contentsOf: $0) }
        #expect(["Loyd", "austen", "Turkey", "éric", "Prise", "Été"].allSatisfy(words.contains))
        #expect(["Turkey", "turkey", "Prise", "ÉTÉ"].allSatisfy(words.containsCommonWord))
        #expect(!["Loyd", "Austen", "Éric", "ERIC"].contains(where: words.containsCommonWord))
    }

    /// Two lists read together answer for the words of both.
    @Test func severalListsAreOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("color\nnationalize\n".utf8).write(to: folder.appendingPathComponent("us"))
        try Data("colour\nnationalise\n".utf8).write(to: folder.appendingPathComponent("gb"))
        let words = try WordList(contentsOf: [folder.appendingPathComponent("us"), folder.appendingPathComponent("gb")])
        #expect(["color", "colour", "nationalize", "Nationalise"].allSatisfy(words.contains))
        #expect(!words.contains("colr"))
        #expect(throws: DocumentReader.ReadError.self) { try WordList.load(folder.appendingPathComponent("none").path, language: "en") }
    }

    /// The sets built from a list are cached beside the index: read back, they answer as
    /// built; a damaged cache file is built again and replaced; a list that changes gets a
    /// cache file of its own, which replaces the old one.
    @Test func aCachedListAnswersAsTheListItself() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("list.txt")
        try Data("Loyd\nturkey\nTurkey\nété\n".utf8).write(to: list)
        func load() throws -> WordList { try WordList.load(list.path, language: "en", cacheFolder: folder) }
        func answers(_ words: WordList) -> [Bool] {
            ["Loyd", "loyd", "TURKEY", "Été", "absent"].flatMap { [words.contains($0), words.containsCommonWord($0)] }
        }
        let built = try load()
        let cache = try #require(WordList.cacheFile(for: [list], in: folder))
        #expect(FileManager.default.fileExists(atPath: cache.path))
        #expect(answers(try load()) == answers(built))
        #expect(answers(built) == [true, false, true, false, true, true, true, true, false, false])
        // Damaged: read as the list again, and the cache written anew.
        try Data([0x47, 0x4C, 0x42, 0x53, 9, 9]).write(to: cache)
        #expect(answers(try load()) == answers(built))
        #expect(try Data(contentsOf: cache).count > 6)
        // Changed: another cache file, which replaces the old one, and the new words.
        try Data("Loyd\nturkey\nTurkey\nété\nabsent\n".utf8).write(to: list)
        let changed = try #require(WordList.cacheFile(for: [list], in: folder))
        #expect(changed != cache)
        #expect(try load().contains("absent"))
        #expect(FileManager.default.fileExists(atPath: changed.path) && !FileManager.default.fileExists(atPath: cache.path))
        // No folder, no cache: the list is still read.
        #expect(try WordList.load(list.path, language: "en", cacheFolder: folder.appendingPathComponent("none")).contains("absent"))
    }

    @Test func theSystemListAnswersAsBefore() throws {
        guard let url = WordList.system(for: "fr").first else { return }
        let data = try Data(contentsOf: url)
        let words = try WordList(contentsOf: url)
        let reference = ReferenceWordList(data)
        let sample = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated()
            .filter { $0.offset % 97 == 0 }.map { String($0.element) }
        for word in sample {
            for query in [word, word.uppercased(), word.capitalized, word + "s", String(word.dropLast())] {
                #expect(words.contains(query) == reference.contains(query), "\(query)")
            }
        }
    }
}
