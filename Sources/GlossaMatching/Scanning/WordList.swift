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

    /// Reads a word list; words are compared in lower case.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var words = Set<String>()
        words.reserveCapacity(text.count / 9)
        for line in text.split(whereSeparator: \.isNewline) where !line.hasSuffix("'s") {
            words.insert(line.lowercased())
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
