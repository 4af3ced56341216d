/// The concepts named in a document (or, with --corpus, in several), kept for the
/// inconsistency check: one small record per name, since a dense text names hundreds of
/// thousands. Only a name not in house spelling keeps its place, ready to become a finding.
public struct ConceptUsages: Sendable {
    struct Usage: Sendable {
        let conceptIndex: Int32
        let isPlural: Bool
        /// The same for the same `spelling` throughout a checker's run: grouping compares ints.
        let spellingID: Int32
        /// Case and typography folded.
        let spelling: String
        /// As written; kept for the first usage of its concept, number and spelling in a
        /// document only, which is the one the report quotes.
        let written: String?
        /// Index in `places`; -1 for a house spelling, never reported as inconsistent.
        let place: Int32
    }

    private struct Spelled: Hashable {
        let conceptIndex: Int32
        let isPlural: Bool
        let spellingID: Int32
    }

    private(set) var usages: [Usage] = []
    private(set) var places: [Finding] = []
    /// What this document has already recorded; not carried over by `append`.
    private var seen: Set<Spelled> = []

    public init() {}

    mutating func record(conceptIndex: Int, isPlural: Bool, spellingID: Int32, spelling: String,
                         written: String, place: Finding?) {
        let isFirst = seen.insert(Spelled(conceptIndex: Int32(conceptIndex), isPlural: isPlural, spellingID: spellingID)).inserted
        if let place { places.append(place) }
        usages.append(Usage(conceptIndex: Int32(conceptIndex), isPlural: isPlural, spellingID: spellingID, spelling: spelling,
                            written: isFirst ? written : nil, place: place == nil ? -1 : Int32(places.count - 1)))
    }

    /// Another document's usages, after these: a corpus is checked as one text.
    public mutating func append(_ other: ConceptUsages) {
        let offset = Int32(places.count)
        places += other.places
        usages += other.usages.map { usage in
            Usage(conceptIndex: usage.conceptIndex, isPlural: usage.isPlural, spellingID: usage.spellingID,
                  spelling: usage.spelling, written: usage.written, place: usage.place < 0 ? -1 : usage.place + offset)
        }
    }
}
