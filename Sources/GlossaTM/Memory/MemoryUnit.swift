/// One stored translation unit, as read from a TMX file of the memory, oriented for a query:
/// `source` is in the query's language even when the file's pair runs the other way.
public struct MemoryUnit: Sendable, Equatable {
    /// The unit's tuid, or its 1-based position in the file when it has none.
    public let id: String
    public let source: String
    public let target: String
    public let sourceLanguage: String
    public let targetLanguage: String
    /// The TMX file's name in the memory folder.
    public let origin: String
    /// 1-based line of the `<tu>` in that file.
    public let line: Int

    public init(id: String, source: String, target: String, sourceLanguage: String, targetLanguage: String,
                origin: String, line: Int) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.origin = origin
        self.line = line
    }
}
