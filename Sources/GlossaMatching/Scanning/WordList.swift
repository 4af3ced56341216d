import Foundation

/// The ordinary words of a language, from a plain word list (one word a line, such as
/// Debian's /usr/share/dict/french). Used to keep ordinary words from being taken for
/// variants or misspellings of names.
public struct WordList: Sendable {
    private let words: Set<String>

    public static let empty = WordList(words: [])

    public init(words: Set<String>) {
        self.words = words
    }

    /// Reads a word list; words are compared in lower case. Possessives ("Kabul's") are skipped.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        var words = Set<String>()
        words.reserveCapacity(data.count / 9)
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

    /// The system word list for a language, when one is installed.
    public static func system(for language: String) -> URL? {
        let candidates = language == "fr"
            ? ["/usr/share/dict/french"]
            : ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
        return candidates.map(URL.init(fileURLWithPath:)).first { FileManager.default.fileExists(atPath: $0.path) }
    }

    public func contains(_ word: String) -> Bool {
        words.contains(word.lowercased())
    }

    public var isEmpty: Bool { words.isEmpty }
}
