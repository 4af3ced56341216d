/// How a glossary endorses a spelling, in TBX's administrativeStatus terms.
public enum TermStatus: String, Codable, CaseIterable, Comparable, Sendable {
    /// The house spelling: exactly one per concept and language.
    case preferred
    /// Acceptable, but not the house spelling.
    case admitted
    /// Known, and to be replaced.
    case deprecated

    private var rank: Int {
        switch self {
        case .preferred: 0
        case .admitted: 1
        case .deprecated: 2
        }
    }

    public static func < (lhs: TermStatus, rhs: TermStatus) -> Bool { lhs.rank < rhs.rank }
}

/// What a concept names.
public enum ConceptKind: String, Codable, CaseIterable, Sendable {
    case person, place, organization, group, term
}
