/// The aligned segments of one bilingual file, for one language pair.
public struct BilingualDocument: Sendable {
    public let format: BilingualFormat
    /// Canonical case (`fr-FR`, `en-US`); empty when neither the file nor the caller gives it.
    public let sourceLanguage: String
    /// Canonical case; empty when the file holds no second language and the caller gave none.
    public let targetLanguage: String
    public let segments: [BilingualSegment]
    /// Units left out because they lack the source or the target language (or, in XLIFF, a target).
    public let skippedUnits: Int

    public init(
        format: BilingualFormat, sourceLanguage: String, targetLanguage: String,
        segments: [BilingualSegment], skippedUnits: Int
    ) {
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.segments = segments
        self.skippedUnits = skippedUnits
    }
}
