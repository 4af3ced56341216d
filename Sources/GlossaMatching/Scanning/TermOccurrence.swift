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
    /// The span's bytes in the scanned text (`TokenizedText.bytes`).
    public let utf8Range: Range<Int>
    public var utf8Length: Int { utf8Range.count }
    /// The same for every span of a scan written with the same bytes, and for no other: a word
    /// id (see `TermScanner.wordIDs`) for one word, a negative number for several.
    public let spelling: Int32
    /// The index in `TermIndex.forms` of the spelling it was matched to.
    public let form: Int32
    public let quality: Quality
    /// True when the span is also a spelling the glossary lists, not deprecated, in another language.
    public let isOtherLanguageSpelling: Bool

    // Names recur by the hundred thousand, and most are written as the house wants: their
    // position and text are worked out only when asked for.

    /// Where the span starts in the document; `text` is the text scanned.
    public func start(in text: TokenizedText) -> SourcePosition {
        text.start(firstToken)
    }

    /// The span exactly as written; `text` is the text scanned.
    public func text(in text: TokenizedText) -> String {
        text.text(in: utf8Range)
    }
}
