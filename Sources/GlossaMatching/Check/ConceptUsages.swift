/// The concepts named in a document (or, with --corpus, in several), kept for the
/// inconsistency check as a tally per concept, number and spelling, which a glossary bounds
/// however long the text is. A name not in house spelling also leaves its place, ready to
/// become a finding; the caller takes those chunk by chunk (`takePlaces`).
public struct ConceptUsages: Sendable {
    /// One concept in one grammatical number: "un taliban" never counts against "des talibans".
    struct Group: Hashable, Sendable {
        let conceptIndex: Int32
        let isPlural: Bool
    }

    /// One spelling of a group. `spellingID` is the same for the same `spelling` throughout a
    /// checker's run, so tallies are found by ints.
    struct SpellingKey: Hashable, Sendable {
        let group: Group
        let spellingID: Int32

        /// Concept indexes and spelling ids count from 0 and stay below 2³¹.
        var packed: UInt64 {
            UInt64(UInt32(bitPattern: group.conceptIndex)) << 33 | (group.isPlural ? 1 << 32 : 0) | UInt64(UInt32(bitPattern: spellingID))
        }
    }

    struct Tally: Sendable {
        let key: SpellingKey
        /// Case and typography folded.
        let spelling: String
        /// As first written, which is how the report quotes it; but not in capitals when it is
        /// also written otherwise ("KABUL" in a dateline, "Kabul" in the text), and as the house
        /// spelling when that is among its case forms ("Oussama ben Laden", then "Oussama Ben
        /// Laden": the tally counts both, and quotes the house one).
        private(set) var written: String
        private(set) var isWrittenInCapitals: Bool
        private(set) var isWrittenAsHouse: Bool
        var count: Int

        /// `isWrittenAsHouse`: written as the house spelling, or the tally of another spelling,
        /// which has no house form to look for.
        init(key: SpellingKey, spelling: String, written: String, isWrittenAsHouse: Bool, count: Int) {
            self.key = key
            self.spelling = spelling
            self.written = written
            isWrittenInCapitals = written.isInCapitals
            self.isWrittenAsHouse = isWrittenAsHouse
            self.count = count
        }

        /// Whether `rewrite` may change what is quoted: most tallies are first written as the
        /// house spelling, and then their other occurrences need not be read.
        var mayBeRewritten: Bool { isWrittenInCapitals || !isWrittenAsHouse }

        mutating func rewrite(as other: String, isHouse: Bool) {
            if isHouse, !isWrittenAsHouse {
                written = other
                isWrittenAsHouse = true
                isWrittenInCapitals = false
            } else if isWrittenInCapitals, !other.isInCapitals {
                written = other
                isWrittenInCapitals = false
            }
        }
    }

    /// A usage not in house spelling, where it was found.
    public struct Place: Sendable {
        let key: SpellingKey
        let finding: Finding
        /// A replacement there takes a capital.
        let startsSentence: Bool
        /// An admitted spelling: reported, never rewritten (see `InconsistencyCheck`).
        let isAdmitted: Bool
        /// What the replacement does to the article before the name (see `FrenchArticles`).
        let article: ArticleChange?
        /// The writer's apostrophe, for the replacement (see `TextContext.apostrophe`).
        let apostrophe: Character
        /// The name ends with a full stop that also ends its sentence ("aux U.S."): the
        /// replacement keeps one.
        let endsWithFullStop: Bool
    }

    /// In order of first use.
    private(set) var tallies: [Tally] = []
    private var tallyIndex = PackedKeyTable<Int>()
    private var places: [Place] = []
    /// The concepts with a tally: named in full, not only by a short form ("Biden").
    private var namedConcepts: Set<Int32> = []

    public init() {}

    /// Whether the concept was named earlier by a spelling that counts, not a short form.
    func hasNamed(conceptIndex: Int) -> Bool {
        namedConcepts.contains(Int32(conceptIndex))
    }

    /// `house` is the house spelling as it would stand here, and `isHouseSpelling` says whether
    /// `spelling` is it, in some case: an occurrence written just as `house` is how the house
    /// spelling's tally is quoted.
    mutating func record(conceptIndex: Int, isPlural: Bool, spellingID: Int32, spelling: String,
                         written: @autoclosure () -> String, house: String, isHouseSpelling: Bool, place: Finding?,
                         startsSentence: Bool, isAdmitted: Bool,
                         article: ArticleChange? = nil, apostrophe: Character = "'", endsWithFullStop: Bool = false) {
        let key = SpellingKey(group: Group(conceptIndex: Int32(conceptIndex), isPlural: isPlural), spellingID: spellingID)
        if let index = tallyIndex[key.packed] {
            tallies[index].count += 1
            if tallies[index].mayBeRewritten {
                let text = written()
                tallies[index].rewrite(as: text, isHouse: text == house)
            }
        } else {
            tallyIndex.insert(tallies.count, for: key.packed)
            namedConcepts.insert(key.group.conceptIndex)
            let text = written()
            tallies.append(Tally(key: key, spelling: spelling, written: text, isWrittenAsHouse: !isHouseSpelling || text == house, count: 1))
        }
        if let place {
            places.append(Place(key: key, finding: place, startsSentence: startsSentence, isAdmitted: isAdmitted,
                                article: article, apostrophe: apostrophe, endsWithFullStop: endsWithFullStop))
        }
    }

    /// The places recorded since the last call, in the order they were recorded.
    public mutating func takePlaces() -> [Place] {
        defer { places = [] }
        return places
    }

    /// Another document's tallies, after these: a corpus is checked as one text.
    public mutating func append(_ other: ConceptUsages) {
        for tally in other.tallies {
            if let index = tallyIndex[tally.key.packed] {
                tallies[index].count += tally.count
                tallies[index].rewrite(as: tally.written, isHouse: tally.isWrittenAsHouse)
            } else {
                tallyIndex.insert(tallies.count, for: tally.key.packed)
                namedConcepts.insert(tally.key.group.conceptIndex)
                tallies.append(tally)
            }
        }
        places += other.places
    }
}

extension ConceptUsages.Place: Spoolable {
    func write(to record: inout SpoolRecordWriter) {
        record.number(Int(key.group.conceptIndex))
        record.number(key.group.isPlural ? 1 : 0)
        record.number(Int(key.spellingID))
        var flags = (startsSentence ? 1 : 0) | (isAdmitted ? 2 : 0) | (apostrophe == "'" ? 0 : 16) | (endsWithFullStop ? 32 : 0)
        switch article {
        case .replace?: flags |= 4
        case .byHand?: flags |= 8
        case .leftToWriter?: flags |= 64
        case nil: break
        }
        record.number(flags)
        if case .replace(let article)? = article { record.string(article) }
        if case .leftToWriter(let note)? = article { record.string(note) }
        finding.write(to: &record)
    }

    init(reading record: inout SpoolRecordReader) throws {
        let group = ConceptUsages.Group(conceptIndex: Int32(truncatingIfNeeded: try record.number()), isPlural: try record.number() == 1)
        key = ConceptUsages.SpellingKey(group: group, spellingID: Int32(truncatingIfNeeded: try record.number()))
        let flags = try record.number()
        startsSentence = flags & 1 != 0
        isAdmitted = flags & 2 != 0
        apostrophe = flags & 16 != 0 ? "\u{2019}" : "'"
        endsWithFullStop = flags & 32 != 0
        article = flags & 4 != 0 ? .replace(try record.string()) : flags & 8 != 0 ? .byHand
            : flags & 64 != 0 ? .leftToWriter(try record.string()) : nil
        finding = try Finding(reading: &record)
    }
}
