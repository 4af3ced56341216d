/// A piece of text with its exact place in the original.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Letters: a word or part of a name.
        case word
        case number
        /// An elided article or pronoun with its apostrophe: "d'", "qu’", "L'".
        case elision
        /// Hyphens, apostrophes and other punctuation between words.
        case punctuation
        case space
    }

    /// The text exactly as written in the original.
    public let text: String
    public let kind: Kind
    public let start: SourcePosition

    public init(text: String, kind: Kind, start: SourcePosition) {
        self.text = text
        self.kind = kind
        self.start = start
    }

    public var utf8Length: Int { text.utf8.count }
    public var end: Int { start.utf8Offset + utf8Length }
}
