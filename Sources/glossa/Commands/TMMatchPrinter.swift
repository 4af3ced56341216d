import GlossaTM

/// The human format of memory matches: the score, where the unit comes from, the stored source
/// with what differs from the query in [brackets] (coloured on a terminal), and the target,
/// adapted to the query's names and numbers when it could be.
struct TMMatchPrinter {
    let terminal: Terminal
    var indent = ""

    func render(_ match: FuzzyMatch) -> String {
        let score = String(repeating: " ", count: max(0, 3 - "\(match.score)".count)) + "\(match.score)"
        let scoreStyle: Terminal.Style = match.score == 100 ? .green : match.score >= 85 ? .yellow : .dim
        let pad = indent + "     "
        var lines = [
            indent + terminal.styled(score, scoreStyle) + "  " + terminal.styled(marked(match), .bold)
                + "  " + terminal.styled("\(match.unit.origin):\(match.unit.line) #\(match.unit.id)", .dim),
            pad + (match.adaptedTarget ?? match.unit.target),
        ]
        if match.adaptedTarget != nil {
            lines.append(pad + terminal.styled("adapted from: \(match.unit.target)", .dim))
        }
        if !match.missingTokens.isEmpty {
            lines.append(pad + terminal.styled("not in the memory: \(match.missingTokens.joined(separator: " "))", .dim))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The stored source with each differing span in brackets.
    func marked(_ match: FuzzyMatch) -> String {
        let bytes = Array(match.unit.source.utf8)
        var text = ""
        var cursor = 0
        for difference in match.differences.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound })
        where difference.utf8Range.lowerBound >= cursor {
            text += String(decoding: bytes[cursor..<difference.utf8Range.lowerBound], as: UTF8.self)
            let span = "[" + String(decoding: bytes[difference.utf8Range], as: UTF8.self) + "]"
            text += terminal.usesColor ? "\u{1B}[22m" + terminal.styled(span, difference.kind == .placeable ? .cyan : .yellow) + "\u{1B}[1m" : span
            cursor = difference.utf8Range.upperBound
        }
        return text + String(decoding: bytes[cursor...], as: UTF8.self)
    }
}
