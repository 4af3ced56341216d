import GlossaGlossary
import GlossaText

/// One concept spelled several ways in the same document (or, with --corpus, in all of them).
///
/// Usages are grouped by concept and grammatical number, so "un taliban" never counts against
/// "des talibans". The target spelling is the house spelling (the commonest one only for a
/// concept without one in the text's language); every usage spelled otherwise is reported, with
/// the counts of each spelling.
public struct InconsistencyCheck {
    /// What to say about a spelling that is reported wherever it occurs.
    private struct Report {
        let concept: String
        let suggestion: String
        let message: String
    }

    private var reports: [ConceptUsages.SpellingKey: Report] = [:]
    private let language: LanguageCode

    /// Decides, from the tallies of `usages`, which spellings of which concepts are reported.
    public init(_ usages: ConceptUsages, terms: TermIndex, language: LanguageCode) throws {
        self.language = language
        let groups = Dictionary(grouping: usages.tallies, by: \.key.group)
        for (group, tallies) in groups where tallies.count > 1 {
            let concept = terms.concepts[Int(group.conceptIndex)]
            let house = try Self.houseSpelling(concept, plural: group.isPlural, language: language)
            // Never point at a deprecated or foreign form: the house spelling is the target even
            // when the text does not use it; the majority only stands in when there is none.
            let target = house ?? Self.majority(tallies).map { (exact: $0.spelling, text: $0.written) }!
            // A spelling only ever written in capitals (a dateline's "HÉRAT") is quoted as the
            // house writes it when it is the house spelling.
            let tally = tallies.sorted { ($0.count, $1.spelling) > ($1.count, $0.spelling) }
                .map { "\($0.isWrittenInCapitals && $0.spelling == target.exact ? target.text : $0.written) ×\($0.count)" }
                .joined(separator: ", ")
            let report = Report(concept: concept.id, suggestion: target.text,
                                message: "\(concept.id) is spelled \(tallies.count) ways: \(tally); use '\(target.text)'")
            for tally in tallies where tally.spelling != target.exact { reports[tally.key] = report }
        }
    }

    /// The finding at `place`, when its spelling is one to report. Its suggestion is shaped
    /// like the text there, as a variant's is: "HERAT" becomes "HÉRAT", not "Hérat". An
    /// admitted spelling gets an info, which --fix leaves alone: "la Grande-Bretagne" is
    /// acceptable, and "la Royaume-Uni" would not be French.
    public func finding(at place: ConceptUsages.Place) throws -> Finding? {
        guard let report = reports[place.key] else { return nil }
        var finding = place.finding
        finding.rule = .inconsistent
        finding.severity = place.isAdmitted ? .info : .warning
        finding.concept = report.concept
        finding.message = report.message
        let shaped = try TextContext.shaped(report.suggestion, like: finding.found, atSentenceStart: place.startsSentence,
                                            language: language)
        let replacement = TextContext.withFullStop(TextContext.withApostrophe(place.apostrophe, shaped), replacing: finding.found,
                                                   endsSentence: place.endsWithFullStop)
        FrenchArticles.complete(&finding, replacement: replacement, change: place.article)
        return finding
    }

    /// Every finding of `usages`, whose places have not been taken.
    public static func findings(_ usages: ConceptUsages, terms: TermIndex, language: LanguageCode) throws -> [Finding] {
        var usages = usages
        let check = try InconsistencyCheck(usages, terms: terms, language: language)
        return try usages.takePlaces().compactMap(check.finding(at:))
    }

    private static func houseSpelling(_ concept: Concept, plural: Bool, language: LanguageCode) throws -> (exact: String, text: String)? {
        guard let preferred = concept.preferred(in: language) else { return nil }
        let text = plural ? concept.plural(of: preferred) : preferred.text
        return (try TextForms.exact(text), text)
    }

    private static func majority(_ tallies: [ConceptUsages.Tally]) -> ConceptUsages.Tally? {
        tallies.max { ($0.count, $1.spelling) < ($1.count, $0.spelling) }
    }
}
