/// A token of a segment as fuzzy scoring sees it: a word, a number, a glossary name (however
/// many words it spans) or a punctuation mark. White space is not a token.
public struct ScoringToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
        /// A glossary name; the row of its concept in the glossary index.
        case name(concept: Int64)
    }

    public let text: String
    /// Case, accents and typography folded (see `TextForms.folded`).
    public let folded: String
    public let kind: Kind
    /// Where the token is in its segment, in UTF-8 bytes.
    public let utf8Range: Range<Int>

    public var isPlaceable: Bool {
        switch kind {
        case .number, .name: true
        case .word, .punctuation: false
        }
    }

    /// A punctuation mark weighs half a word: "Hérat" and "Hérat." are closer than two words.
    public var weight: Double { kind == .punctuation ? 0.5 : 1 }
}
