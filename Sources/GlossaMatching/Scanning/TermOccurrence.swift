import GlossaGlossary
import GlossaText

/// A place in running text where a glossary concept is named, however it is spelled.
public struct TermOccurrence: Sendable {
    public enum Quality: Sendable, Hashable {
        /// The span is a listed spelling (or its plural), ignoring case and typography.
        case listed
        /// The span differs from a listed spelling only by accents.
        case accents
        /// The span has a listed spelling's variant key and is close to it.
        case transliteration(distance: Double)
    }

    /// Token indices of the first and last word of the span.
    public let firstToken: Int
    public let lastToken: Int
    public let start: SourcePosition
    /// UTF-8 length of the span in the original text.
    public let utf8Length: Int
    /// The span exactly as written.
    public let text: String
    /// The same for every span of a scan written with the same bytes, and for no other: a word
    /// id (see `TermScanner.wordIDs`) for one word, a negative number for several.
    public let spelling: Int32
    /// The index in `TermIndex.forms` of the spelling it was matched to.
    public let form: Int32
    public let quality: Quality
    /// True when the span is also a spelling the glossary lists, not deprecated, in another language.
    public let isOtherLanguageSpelling: Bool
}
