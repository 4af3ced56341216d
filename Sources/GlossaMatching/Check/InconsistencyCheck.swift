import GlossaGlossary
import GlossaText

/// One concept spelled several ways in the same document (or, with --corpus, in all of them).
///
/// Usages are grouped by concept and grammatical number, so "un taliban" never counts against
/// "des talibans". The target spelling is the house spelling (the commonest one only for a
/// concept without one in the text's language); every usage spelled otherwise is reported, with
/// the counts of each spelling.
public enum InconsistencyCheck {
    public static func findings(_ log: ConceptUsages, terms: TermIndex, language: LanguageCode) throws -> [Finding] {
        let usages = log.usages
        var findings: [Finding] = []
        for members in groups(usages) {
            let first = usages[members[members.startIndex]]
            guard members.contains(where: { usages[$0].spellingID != first.spellingID }) else { continue }
            var counts: [String: Int] = [:]
            var written: [String: String] = [:]
            for member in members {
                let usage = usages[member]
                counts[usage.spelling, default: 0] += 1
                if written[usage.spelling] == nil, let text = usage.written { written[usage.spelling] = text }
            }
            let concept = terms.concepts[Int(first.conceptIndex)]
            let house = try houseSpelling(concept, plural: first.isPlural, language: language)
            // Never point at a deprecated or foreign form: the house spelling is the target even
            // when the text does not use it; the majority only stands in when there is none.
            let target = house ?? majority(counts).map { (exact: $0, text: written[$0]!) }!
            let tally = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(written[$0.key]!) ×\($0.value)" }.joined(separator: ", ")
            let message = "\(concept.id) is spelled \(counts.count) ways: \(tally); use '\(target.text)'"
            for member in members where usages[member].place >= 0 && usages[member].spelling != target.exact {
                var finding = log.places[Int(usages[member].place)]
                finding.rule = .inconsistent
                finding.severity = .warning
                finding.concept = concept.id
                finding.suggestion = target.text
                finding.message = message
                findings.append(finding)
            }
        }
        return findings
    }

    /// Positions of `usages` by concept and number, each group in document order. Sorting
    /// small keys: a dense text has hundreds of thousands of usages.
    private static func groups(_ usages: [ConceptUsages.Usage]) -> [ArraySlice<Int>] {
        let keys = usages.map { Int($0.conceptIndex) * 2 + ($0.isPlural ? 1 : 0) }
        let order = usages.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var groups: [ArraySlice<Int>] = []
        var start = 0
        for end in order.indices.dropFirst() where keys[order[end]] != keys[order[start]] {
            groups.append(order[start..<end])
            start = end
        }
        if !order.isEmpty { groups.append(order[start...]) }
        return groups
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
