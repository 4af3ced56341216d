import Foundation
import GlossaGlossary
import GlossaText

/// The ordinary words of a language, from a plain word list (one word a line, such as
/// Debian's /usr/share/dict/french). Used to keep ordinary words from being taken for
/// variants or misspellings of names.
///
/// Words live in a `ByteStringSet`: one byte array and a table instead of a `String` per
/// word, so that a 350,000-word list loads in milliseconds.
public struct WordList: Sendable {
    /// The lines written in lower case: the language's common words.
    private let common: ByteStringSet
    /// The lines written with a capital, lowered: proper names ("Kandahar", "Loyd", "Austen"),
    /// unless the word is also listed in lower case.
    private let capitalised: ByteStringSet
    /// False for lists without capitals (French): a word missing from `common` is missing.
    private var hasNames: Bool { !capitalised.isEmpty }

    public static let empty = WordList(words: [])

    /// Words as a list would give them: those with a capital count as names.
    public init(words: Set<String>) {
        common = ByteStringSet(words.filter { $0 == $0.lowercased() })
        capitalised = ByteStringSet(words.filter { $0 != $0.lowercased() }.map { $0.lowercased() })
    }

    /// Reads a word list; words are compared in lower case. Possessives ("Kabul's") are skipped.
    public init(contentsOf url: URL) throws {
        try self.init(contentsOf: [url])
    }

    /// The words of several lists together.
    public init(contentsOf urls: [URL]) throws {
        let files = try urls.map(TextFile.contents(of:))
        let total = files.reduce(0) { $0 + $1.count }
        var common = ByteStringSet.Builder(expectedCount: total / 12, expectedBytes: total)
        var capitalised = ByteStringSet.Builder()
        for data in files { Self.insertLines(of: data, common: &common, capitalised: &capitalised) }
        self.common = common.build()
        self.capitalised = capitalised.build()
    }

    private static func insertLines(of data: Data, common: inout ByteStringSet.Builder,
                                    capitalised: inout ByteStringSet.Builder) {
        data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var lowered: [UInt8] = []
            // A BOM is no part of the first word.
            var start = bytes.starts(with: TextFile.byteOrderMark) ? TextFile.byteOrderMark.count : 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<index])
                start = index + 1
                guard !line.isEmpty, !isPossessive(line) else { continue }
                switch lowering(line) {
                case .none:
                    common.insert(line)
                case .asciiCapitals:
                    lowered.removeAll(keepingCapacity: true)
                    lowered.append(contentsOf: line)
                    for index in lowered.indices where isASCIICapital(lowered[index]) { lowered[index] |= 0x20 }
                    lowered.withUnsafeBufferPointer { capitalised.insert($0) }
                case .full:
                    let text = String(decoding: line, as: UTF8.self)
                    let lower = text.lowercased()
                    if lower == text { common.insert(text) } else { capitalised.insert(lower) }
                }
            }
        }
    }

    private static func isPossessive(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 2 && line[line.count - 2] == 0x27 && line[line.count - 1] == 0x73
    }

    /// What `lowercased()` would do to a line, and whether its bytes are what the set needs.
    private enum Lowering {
        /// Nothing, and the bytes are NFC.
        case none
        /// Lower the ASCII capitals; the bytes are NFC.
        case asciiCapitals
        /// Take the `String` road: other capitals, characters that may combine, invalid UTF-8.
        case full
    }

    /// Most lines of a word list are settled by their bytes: ASCII, and two-byte sequences
    /// below U+0300, which never combine, so that such a line is already NFC.
    private static func lowering(_ line: UnsafeBufferPointer<UInt8>) -> Lowering {
        var capitals = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                if isASCIICapital(byte) { capitals = true }
                index += 1
                continue
            }
            guard (0xC2...0xCB).contains(byte), index + 1 < line.count, line[index + 1] & 0xC0 == 0x80 else { return .full }
            if isCapital(UInt32(byte & 0x1F) << 6 | UInt32(line[index + 1] & 0x3F)) { return .full }
            index += 2
        }
        return capitals ? .asciiCapitals : .none
    }

    private static func isASCIICapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Latin-1 is settled without a Unicode property lookup: its capitals are U+00C0...U+00DE but ×.
    private static func isCapital(_ value: UInt32) -> Bool {
        guard value >= 0x100 else { return (0xC0...0xDE).contains(value) && value != 0xD7 }
        return Unicode.Scalar(value)?.properties.changesWhenLowercased ?? true
    }

    /// The system word lists of a language that are installed: for English, American and
    /// British together, since a writer may use either spelling ("nationalise").
    public static func system(for language: String) -> [URL] {
        let candidates = language == "fr"
            ? ["/usr/share/dict/french"]
            : ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
        return candidates.map(URL.init(fileURLWithPath:)).filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The list at `path` (`--wordlist`), else the system lists of `language`, else none.
    /// With a `cacheFolder`, the sets built from the same files (by path, size and time of last
    /// change) are read from a cache file there, and written there when they were not: reading
    /// the 350,000 words of the French list took a third of a small check's start.
    public static func load(_ path: String?, language: String, cacheFolder: URL? = nil) throws -> WordList {
        let urls = path.map { [URL(fileURLWithPath: $0)] } ?? system(for: language)
        let cache = cacheFolder.flatMap { cacheFile(for: urls, in: $0) }
        if let cache, let cached = try? Data(contentsOf: cache), let sets = try? ByteStringSet.unpacked(Array(cached), count: 2) {
            return WordList(common: sets[0], capitalised: sets[1])
        }
        let list: WordList
        do { list = try WordList(contentsOf: urls) } catch {
            throw DocumentReader.ReadError(file: path ?? urls.map(\.path).joined(separator: ", "), line: nil,
                                           message: "cannot read the word list: \(TextFile.describe(error))")
        }
        // A cache that cannot be written only costs the next run the same reading.
        if let cache, (try? AtomicFile.write(Data(ByteStringSet.packed([list.common, list.capitalised])), to: cache)) != nil {
            removeStaleCaches(besides: cache)
        }
        return list
    }

    /// Removes the cache files of the same lists as they were before (same name up to the last
    /// part), and those of other cache versions.
    private static func removeStaleCaches(besides cache: URL) {
        let folder = cache.deletingLastPathComponent(), name = cache.lastPathComponent
        let lists = name.split(separator: "-").dropLast().joined(separator: "-")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for file in files where file != name && file.hasPrefix("words-v") && file.hasSuffix(".bin")
            && (file.hasPrefix(lists + "-") || !file.hasPrefix("words-v\(cacheVersion)-")) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
    }

    private init(common: ByteStringSet, capitalised: ByteStringSet) {
        self.common = common
        self.capitalised = capitalised
    }

    /// The cache file for the lists at `urls` as they are now; nil when one cannot be read,
    /// or the folder is missing.
    static func cacheFile(for urls: [URL], in folder: URL) -> URL? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        var paths = "", state = ""
        for url in urls {
            var status = stat()
            guard stat(url.path, &status) == 0 else { return nil }
            paths += "|\(url.standardizedFileURL.path)"
            state += "|\(status.st_size)|\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        func hash(_ text: String) -> String {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return String(hash, radix: 16)
        }
        // The lists' paths, then their state: a list that changes replaces its own file.
        return folder.appendingPathComponent("words-v\(cacheVersion)-\(hash(paths))-\(hash(paths + state)).bin")
    }

    /// Bumped when the sets are built otherwise (their lowering, what counts as a name).
    static let cacheVersion = 2

    /// In the list in any case: a common word or a name.
    public func contains(_ word: String) -> Bool {
        isListed(word, includingNames: true)
    }

    /// In the list in lower case: a common word of the language, not only a name ("Loyd",
    /// "Austen" and "Kabul" are listed only with their capital).
    public func containsCommonWord(_ word: String) -> Bool {
        isListed(word, includingNames: false)
    }

    private func isListed(_ word: String, includingNames: Bool) -> Bool {
        var contiguous = word
        return contiguous.withUTF8 { utf8 in
            // ASCII and the Latin-1 letters (lead byte C3, as in "é" and "É") lower by one bit;
            // anything else is lowered by the standard library.
            guard utf8.allSatisfy({ $0 < 0xC0 || $0 == 0xC3 }) else {
                let lowered = word.lowercased()
                return common.contains(lowered) || includingNames && hasNames && capitalised.contains(lowered)
            }
            // Lowered in a stack buffer: no allocation for nearly every word.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { lowered in
                var afterLead = false
                for (index, byte) in utf8.enumerated() {
                    // C3 80 to C3 9E are À to Þ, × (C3 97) aside; their lower case is 20 on.
                    let isCapital = afterLead ? byte <= 0x9E && byte != 0x97 : Self.isASCIICapital(byte)
                    lowered[index] = isCapital ? byte | 0x20 : byte
                    afterLead = byte == 0xC3
                }
                let bytes = UnsafeBufferPointer(lowered)
                return common.contains(bytes) || includingNames && hasNames && capitalised.contains(bytes)
            }
        }
    }

    public var isEmpty: Bool { common.isEmpty && capitalised.isEmpty }

    /// Whether `text`, a name of several words, has a common word of four letters or more
    /// where the name `name` has another word: "Ned Rice" names someone, and does not misspell
    /// "Ned Price", where "Loyd Austin" misspells "Lloyd Austin". `folded` is `text` and `name`
    /// is the name, both without accents or case (`TextForms.folded`).
    public func hasCommonWord(_ text: String, folded: String, inPlaceOfAWordOf name: String) -> Bool {
        let written = text.split(whereSeparator: Self.separatesNameWords)
        let words = folded.split(whereSeparator: Self.separatesNameWords), names = name.split(whereSeparator: Self.separatesNameWords)
        guard words.count > 1, words.count == names.count, written.count == words.count else { return false }
        return words.indices.contains { index in
            words[index] != names[index] && written[index].count >= 4 && containsCommonWord(String(written[index]))
        }
    }

    public static func separatesNameWords(_ character: Character) -> Bool {
        character == " " || character == "-" || character == "'"
    }
}
