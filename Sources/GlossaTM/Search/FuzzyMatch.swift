/// A stored unit that resembles a query, with its score and what differs.
public struct FuzzyMatch: Sendable {
    /// A span of the stored source that differs from the query.
    public struct Difference: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// A word the query has otherwise, or lacks.
            case changed
            /// A number or a glossary name standing where the query has another.
            case placeable
        }

        public let kind: Kind
        /// UTF-8 offsets in `unit.source`.
        public let utf8Range: Range<Int>
    }

    /// 0–100; 100 only when every token is the same.
    public let score: Int
    public let unit: MemoryUnit
    public let differences: [Difference]
    /// Query tokens that have no counterpart in the stored source.
    public let missingTokens: [String]
    /// The stored target with the query's names and numbers put in place of the stored
    /// ones; nil when there was nothing to adapt.
    public let adaptedTarget: String?
}
