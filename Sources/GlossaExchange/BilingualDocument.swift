/// The aligned segments of one bilingual file, for one language pair.
public struct BilingualDocument: Sendable {
    public let format: BilingualFormat
    /// Canonical case (`fr-FR`, `en-US`); empty when neither the file nor the caller gives it.
    public let sourceLanguage: String
    /// Canonical case; empty when the file holds no second language and the caller gave none.
    public let targetLanguage: String
    /// The source language an XLIFF file declares, when the caller's of another language
    /// replaced it; nil otherwise.
    public let overriddenSourceLanguage: String?
    /// Likewise for the target language.
    public let overriddenTargetLanguage: String?
    public let segments: [BilingualSegment]
    /// Units left out because they lack the source or the target language (or, in XLIFF, a target).
    public let skippedUnits: Int

    public init(
        format: BilingualFormat, sourceLanguage: String, targetLanguage: String,
        overriddenSourceLanguage: String? = nil, overriddenTargetLanguage: String? = nil,
        segments: [BilingualSegment], skippedUnits: Int
    ) {
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.overriddenSourceLanguage = overriddenSourceLanguage
        self.overriddenTargetLanguage = overriddenTargetLanguage
        self.segments = segments
        self.skippedUnits = skippedUnits
    }
}
