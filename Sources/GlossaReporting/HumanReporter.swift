import GlossaText
import GlossaMatching

/// The human format: `file:line:column: severity rule: message`, the line itself, a caret
/// under the finding, then a summary line.
public struct HumanReporter: CheckReporter {
    public enum Style { case bold, dim, red, yellow, cyan, green }

    private let paint: (String, Style) -> String
    /// Files named that could not be read (their errors are on stderr): the summary counts them.
    private let unreadFiles: Int

    /// `paint` colours a piece of text, or returns it unchanged when colour is off.
    public init(paint: @escaping (String, Style) -> String = { text, _ in text }, unreadFiles: Int = 0) {
        self.paint = paint
        self.unreadFiles = unreadFiles
    }

    public func write(files: [CheckedFile], findings: inout some FindingStream, to output: ReportOutput) throws -> FindingTally {
        var tally = FindingTally()
        // Findings on the same words ("Herat": a variant and an inconsistency) share one excerpt,
        // printed under the last of them.
        var pending: Finding?
        func writeExcerpt() {
            guard let finding = pending else { return }
            output.write("    " + finding.excerpt.text + "\n")
            output.write("    " + Self.caret(at: finding.excerpt.column, in: finding.excerpt.text, under: finding.found) + "\n")
            pending = nil
        }
        while let finding = try findings.next() {
            tally.add(finding)
            if let previous = pending, !Self.coverSameWords(previous, finding) { writeExcerpt() }
            let severity = paint(finding.severity.rawValue, finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .cyan)
            var headline = "\(finding.file):\(finding.start.line):\(finding.start.column): \(severity) \(paint(finding.rule.rawValue, .bold)): \(finding.message)"
            if let confidence = finding.confidence { headline += " (confidence \(Self.decimal(confidence)))" }
            if let segment = finding.segment { headline += " [segment \(segment)]" }
            output.write(headline + "\n")
            pending = finding
        }
        writeExcerpt()
        for file in files where file.languageDetected {
            let how = file.languageUndecided ? "nothing in the text decides; give --lang" : "detected"
            output.write(paint("\(file.path): language \(file.language) (\(how))", .dim) + "\n")
        }
        output.write(summary(tally, fileCount: files.count) + "\n")
        return tally
    }

    private static func coverSameWords(_ one: Finding, _ other: Finding) -> Bool {
        one.file == other.file && one.start.utf8Offset == other.start.utf8Offset && one.utf8Length == other.utf8Length
            && one.segment == other.segment && one.excerpt.text == other.excerpt.text
    }

    func summary(_ tally: FindingTally, fileCount: Int) -> String {
        let counts = Severity.allCases.reversed().map { "\(tally.count($0)) \($0.rawValue)\(tally.count($0) == 1 ? "" : "s")" }
        let files = "\(fileCount) file\(fileCount == 1 ? "" : "s")"
        let unread = unreadFiles == 0 ? "" : paint("; \(unreadFiles) file\(unreadFiles == 1 ? "" : "s") could not be read", .red)
        if tally.total == 0 { return paint("no findings in \(files)", .green) + unread }
        let total = "\(tally.total) finding\(tally.total == 1 ? "" : "s")"
        return paint("\(total) (\(counts.joined(separator: ", "))) in \(files)", .bold) + unread
    }

    /// Spaces up to the column (tabs kept), then a ^ per column of `found`, counted as a
    /// terminal draws them: two for a wide character, none for a combining accent.
    static func caret(at column: Int, in line: String, under found: String) -> String {
        var padding = ""
        for character in String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1)))) {
            padding += character == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(character))
        }
        return padding + String(repeating: "^", count: max(1, DisplayWidth.of(found)))
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
