/// What a handler knows once the whole file has been read.
struct BilingualSummary {
    var sourceLanguage: String
    var targetLanguage: String
    /// The file's own languages where the caller's replaced them (see `BilingualDocument`).
    var overriddenSourceLanguage: String? = nil
    var overriddenTargetLanguage: String? = nil
    var skippedUnits: Int
}
