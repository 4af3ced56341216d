import GlossaGlossary

/// One concept found for a lookup query.
public struct LookupMatch: Sendable {
    public enum Kind: String, Codable, Sendable, Comparable {
        /// A listed term or its plural, ignoring case and typography.
        case exact
        /// The same concept reached through accent folding or the variant key.
        case variant
        /// A likely typo; a suggestion only.
        case fuzzy

        private var rank: Int { self == .exact ? 0 : self == .variant ? 1 : 2 }
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    public let concept: Concept
    public let kind: Kind
    /// 1 for an exact listed term, down towards 0 for weak fuzzy matches.
    public let score: Double
    /// The listed spelling (or plural) that the query matched.
    public let matched: String
    public let matchedTerm: Term
}
