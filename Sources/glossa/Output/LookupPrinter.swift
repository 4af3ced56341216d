import GlossaGlossary
import GlossaMatching

/// The human format of `glossa lookup`: one block per concept, the house spellings first.
struct LookupPrinter {
    let terminal: Terminal

    func render(query: String, matches: [LookupMatch]) -> String {
        guard !matches.isEmpty else { return "no match for \"\(query)\"\n" }
        return matches.map(block).joined(separator: "\n")
    }

    private func block(_ match: LookupMatch) -> String {
        let concept = match.concept
        let headline = LanguageCode.workingPair.compactMap { concept.preferred(in: $0)?.text }.joined(separator: " / ")
        var lines = [
            terminal.styled(headline, .bold) + "  "
                + terminal.styled("\(concept.id) · \(concept.kind.rawValue) · \(match.kind.rawValue) \(formatScore(match.score))", .dim),
            "  matched \"\(match.matched)\" (\(match.matchedTerm.language), \(match.matchedTerm.status.rawValue))",
        ]
        let width = concept.terms.map { $0.text.count + ($0.plural.map { $0.count + 3 } ?? 0) }.max() ?? 0
        for language in concept.languages {
            for (position, term) in concept.terms(in: language).enumerated() {
                let label = position == 0 ? language.rawValue.padding(toLength: 3, withPad: " ", startingAt: 0) : "   "
                let spelled = term.text + (term.plural.map { " (\($0))" } ?? "")
                var line = "  \(label) \(spelled.padding(toLength: width + 2, withPad: " ", startingAt: 0))"
                line += styled(term.status, padded: term.note != nil)
                if let note = term.note { line += "  " + terminal.styled(note, .dim) }
                lines.append(line)
            }
        }
        if let note = concept.note { lines.append("  " + terminal.styled(note, .dim)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func styled(_ status: TermStatus, padded: Bool) -> String {
        let text = padded ? status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) : status.rawValue
        switch status {
        case .preferred: return terminal.styled(text, .green)
        case .admitted: return terminal.styled(text, .yellow)
        case .deprecated: return terminal.styled(text, .red)
        }
    }

    private func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
