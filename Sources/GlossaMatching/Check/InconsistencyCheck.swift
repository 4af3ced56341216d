import GlossaGlossary
import GlossaText

/// One concept spelled several ways in the same document (or, with --corpus, in all of them).
///
/// Usages are grouped by concept and grammatical number, so "un taliban" never counts against
/// "des talibans". The target spelling is the house spelling (the commonest one only for a
/// concept without one in the text's language); every usage spelled otherwise is reported, with
/// the counts of each spelling.
public enum InconsistencyCheck {
    public static func findings(_ usages: [ConceptUsage], terms: TermIndex, language: LanguageCode) throws -> [Finding] {
        struct Group: Hashable { let concept: Int; let plural: Bool }
        let groups = Dictionary(grouping: usages) { Group(concept: $0.conceptIndex, plural: $0.isPlural) }
        var findings: [Finding] = []
        for (group, members) in groups {
            var counts: [String: Int] = [:]
            var written: [String: String] = [:]
            for usage in members {
                counts[usage.spelling, default: 0] += 1
                written[usage.spelling] = written[usage.spelling] ?? usage.found
            }
            guard counts.count > 1 else { continue }
            let concept = terms.concepts[group.concept]
            let house = try houseSpelling(concept, plural: group.plural, language: language)
            // Never point at a deprecated or foreign form: the house spelling is the target even
            // when the text does not use it; the majority only stands in when there is none.
            let target = house ?? majority(counts).map { (exact: $0, text: written[$0]!) }!
            let tally = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(written[$0.key]!) ×\($0.value)" }.joined(separator: ", ")
            for usage in members where usage.spelling != target.exact {
                guard var finding = usage.place else { continue }
                finding.rule = .inconsistent
                finding.severity = .warning
                finding.concept = concept.id
                finding.suggestion = target.text
                finding.message = "\(concept.id) is spelled \(counts.count) ways: \(tally); use '\(target.text)'"
                findings.append(finding)
            }
        }
        return findings
    }

    private static func houseSpelling(_ concept: Concept, plural: Bool, language: LanguageCode) throws -> (exact: String, text: String)? {
        guard let preferred = concept.preferred(in: language) else { return nil }
        var text = preferred.text
        if plural {
            text = preferred.plural
                ?? (concept.takesRegularPlural ? Plural.regular(preferred.text, language: language.primary) : nil)
                ?? preferred.text
        }
        return (try TextForms.exact(text), text)
    }

    private static func majority(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
