import GlossaGlossary
import GlossaTM

/// The human format of `glossa suggest`: each sentence, then its names in aligned columns
/// (as written → target spelling, concept and status), then its memory matches.
struct TMSuggestPrinter {
    let terminal: Terminal
    let hasMemory: Bool

    func render(_ suggestions: [Suggestion]) -> String {
        guard !suggestions.isEmpty else { return "no sentence in the text\n" }
        let numberWidth = "\(suggestions.count)".count
        return suggestions.map { block($0, numberWidth: numberWidth) }.joined(separator: "\n")
    }

    private func block(_ suggestion: Suggestion, numberWidth: Int) -> String {
        let number = String(repeating: " ", count: numberWidth - "\(suggestion.number)".count) + "\(suggestion.number)"
        let pad = String(repeating: " ", count: numberWidth + 2)
        var lines = [terminal.styled(number, .dim) + "  " + terminal.styled(suggestion.sentence, .bold)]
        let foundWidth = suggestion.terms.map { $0.found.count }.max() ?? 0
        let targetWidth = suggestion.terms.map { ($0.target ?? "?").count }.max() ?? 0
        for (index, term) in suggestion.terms.enumerated() {
            let label = (index == 0 ? "terms" : "").padding(toLength: 8, withPad: " ", startingAt: 0)
            var line = pad + terminal.styled(label, .dim)
                + term.found.padding(toLength: foundWidth, withPad: " ", startingAt: 0) + "  →  "
                + terminal.styled((term.target ?? "?").padding(toLength: targetWidth, withPad: " ", startingAt: 0), .green)
                + "  " + status(term)
            if let preferred = term.sourcePreferred { line += terminal.styled("  (house spelling: \(preferred))", .dim) }
            lines.append(line)
        }
        if suggestion.terms.isEmpty {
            lines.append(pad + terminal.styled("terms".padding(toLength: 8, withPad: " ", startingAt: 0) + "none", .dim))
        }
        if hasMemory {
            if suggestion.matches.isEmpty {
                lines.append(pad + terminal.styled("memory".padding(toLength: 8, withPad: " ", startingAt: 0) + "no match", .dim))
            } else {
                lines.append(pad + terminal.styled("memory", .dim))
                let printer = TMMatchPrinter(terminal: terminal, indent: pad + "  ")
                lines += suggestion.matches.map { printer.render($0).dropLast().description }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func status(_ term: Suggestion.TermHint) -> String {
        let concept = terminal.styled(term.concept, .dim)
        guard let status = term.status else { return concept + " · " + terminal.styled("other language", .red) }
        let style: Terminal.Style = status == .preferred ? .green : status == .admitted ? .yellow : .red
        return concept + " · " + terminal.styled(status.rawValue, style)
    }
}
