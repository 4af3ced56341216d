#if canImport(Glibc)
import Glibc
#endif

/// Quotations in the other language: « The Taliban have taken Kabul » in French copy, "Les
/// talibans ont pris Kaboul" in English. A writer quotes them as said, so their names are not
/// the copy's to put right.
public enum ForeignQuotations {
    /// The byte ranges of the quotations, on one line, whose common words are of the other
    /// language than `language` ("fr" or "en"), at least two of them more than of its own.
    public static func ranges(in text: TokenizedText, language: String) -> [Range<Int>] {
        // Most chunks quote little: a search for the quote marks' bytes comes first.
        guard mayQuote(text.bytes) else { return [] }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard text.spans[index].kind == .punctuation, let closing = closingMark(of: text, at: index),
                  let end = closingIndex(of: closing, after: index, in: text) else { continue }
            let words = (index + 1..<end).lazy.filter { text.spans[$0].kind == .word || text.spans[$0].kind == .elision }
                .map { text.text($0) }
            if let other = LanguageGuess.margin(ofWords: words), other.language != language, other.margin >= 2 {
                ranges.append(Int(text.spans[index].start)..<text.spans[end].end)
            }
            index = end
        }
        return ranges
    }

    /// Whether the text holds a byte of an opening mark ('"', "«", "“"): libc's `memchr`,
    /// vectorised, passes a chunk without one in a fraction of an instruction a byte.
    static func mayQuote(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return [0x22, 0xAB, 0x9C].contains { memchr(base, $0, raw.count) != nil }
        }
    }

    /// The mark that closes a quotation opened at token `index`, if it opens one.
    private static func closingMark(of text: TokenizedText, at index: Int) -> [UInt8]? {
        let bytes = text.bytes[text.spans[index].range]
        if bytes.elementsEqual([0xC2, 0xAB]) { return [0xC2, 0xBB] }
        if bytes.elementsEqual([0xE2, 0x80, 0x9C]) { return [0xE2, 0x80, 0x9D] }
        if bytes.elementsEqual([0x22]) { return [0x22] }
        return nil
    }

    /// The token of the closing mark on the same line, or nil.
    private static func closingIndex(of mark: [UInt8], after index: Int, in text: TokenizedText) -> Int? {
        var next = index + 1
        while next < text.count {
            let bytes = text.bytes[text.spans[next].range]
            if bytes.contains(0x0A) || bytes.contains(0x0D) { return nil }
            if text.spans[next].kind == .punctuation, bytes.elementsEqual(mark) { return next }
            next += 1
        }
        return nil
    }
}
