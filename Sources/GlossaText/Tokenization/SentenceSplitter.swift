/// Splits running text into sentences with ICU's sentence break rules, then joins back the
/// breaks ICU makes after abbreviations: "M. Biden", "Mme Merkel.", "the U.S. Embassy".
///
/// Ranges are UTF-8 offsets into the text; each sentence excludes the white space around it.
public struct SentenceSplitter: Sendable {
    public struct Sentence: Sendable, Equatable {
        public let text: String
        public let utf8Range: Range<Int>
    }

    public let locale: String

    /// Words that end with a full stop without ending a sentence (compared without the stop).
    static let abbreviations: Set<String> = [
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "St", "Ste", "av", "cf", "etc", "p", "env", "gén",
        "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Jr", "Sr", "No", "vs", "Prof",
        "U.S", "U.N", "U.K", "U.S.A", "E.U",
    ]

    public init(locale: String = "fr") {
        self.locale = locale
    }

    public func sentences(in text: String) throws -> [Sentence] {
        var text = text
        text.makeContiguousUTF8()
        let utf16 = Array(text.utf16)
        // ICU reports UTF-16 boundaries; map them to UTF-8 offsets in one walk.
        var utf8Offsets = [Int](repeating: 0, count: utf16.count + 1)
        var utf16Position = 0, utf8Position = 0
        for scalar in text.unicodeScalars {
            utf8Offsets[utf16Position] = utf8Position
            utf16Position += scalar.utf16.count
            utf8Position += scalar.utf8.count
        }
        utf8Offsets[utf16.count] = utf8Position
        var pieces: [Range<Int>] = []
        try BreakIterator.forEachSegment(utf16, unit: .sentence, locale: locale) { segment in
            pieces.append(utf8Offsets[segment.range.lowerBound]..<utf8Offsets[segment.range.upperBound])
        }
        let bytes = Array(text.utf8)
        var merged: [Range<Int>] = []
        for piece in pieces {
            if let last = merged.last, endsWithAbbreviation(bytes[last]) {
                merged[merged.count - 1] = last.lowerBound..<piece.upperBound
            } else {
                merged.append(piece)
            }
        }
        return merged.compactMap { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, Self.isSpace(bytes, at: lower) { lower += Self.width(bytes[lower]) }
            while upper > lower, let previous = Self.start(before: upper, in: bytes), Self.isSpace(bytes, at: previous) { upper = previous }
            guard lower < upper else { return nil }
            return Sentence(text: String(decoding: bytes[lower..<upper], as: UTF8.self), utf8Range: lower..<upper)
        }
    }

    private func endsWithAbbreviation(_ piece: ArraySlice<UInt8>) -> Bool {
        var text = String(decoding: piece, as: UTF8.self)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
        guard text.hasSuffix(".") else { return false }
        text.removeLast()
        let word = String(text.unicodeScalars.reversed().prefix { !$0.properties.isWhitespace && $0 != "(" && $0 != "«" }
            .reversed().map(Character.init))
        // A lone capital is an initial ("John F. Kennedy").
        if word.count == 1, word.first?.isUppercase == true { return true }
        return Self.abbreviations.contains(word)
    }

    private static func isSpace(_ bytes: [UInt8], at offset: Int) -> Bool {
        let lead = bytes[offset]
        if lead < 0x80 { return lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D || lead == 0x0C }
        let scalars = String(decoding: bytes[offset..<min(bytes.count, offset + width(lead))], as: UTF8.self).unicodeScalars
        return scalars.first?.properties.isWhitespace ?? false
    }

    private static func width(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

    private static func start(before offset: Int, in bytes: [UInt8]) -> Int? {
        var index = offset - 1
        while index >= 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index >= 0 ? index : nil
    }
}
