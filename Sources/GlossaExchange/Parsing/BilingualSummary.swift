/// What a handler knows once the whole file has been read.
struct BilingualSummary {
    var sourceLanguage: String
    var targetLanguage: String
    var skippedUnits: Int
}
