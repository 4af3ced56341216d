import Testing
@testable import GlossaMatching
@testable import GlossaReporting
@testable import GlossaText

@Suite struct MarkdownCodeTests {
    @Test func findsFencedBlocksAndInlineSpans() {
        var code = MarkdownCode()
        let text = "a `Herat` b\n```\nHerat\n```\nc ``x ` y`` d\n"
        let ranges = code.codeRanges(in: text)
        let bytes = Array(text.utf8)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["`Herat`", "```", "Herat", "```", "``x ` y``"])
    }

    @Test func carriesAnOpenFenceAcrossChunks() {
        var code = MarkdownCode()
        _ = code.codeRanges(in: "~~~~\n")
        #expect(code.codeRanges(in: "inside\n~~~\nstill\n~~~~\nout\n") == [0..<6, 7..<10, 11..<16, 17..<21])
    }

    @Test func unclosedBackticksAreText() {
        var code = MarkdownCode()
        #expect(code.codeRanges(in: "a ` b\n").isEmpty)
    }
}

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("Les talibans ont pris la ville de Hérat, selon l'AFP.", "fr"),
        ("The Taliban have taken the city of Herat, the agency said.", "en"),
        ("Kabul Herat Kandahar", nil),
    ])
    func guessesFromCommonWords(_ row: (String, String?)) throws {
        #expect(LanguageGuess.language(of: try Tokenizer(locale: "fr").tokens(in: row.0)) == row.1)
    }
}

@Suite struct FixPlanTests {
    private func finding(_ offset: Int, _ length: Int, _ suggestion: String?, _ rule: Rule) -> Finding {
        Finding(file: "f", start: SourcePosition(utf8Offset: offset, line: 1, column: offset + 1), utf8Length: length,
                found: "", suggestion: suggestion, concept: nil, rule: rule, severity: .warning, message: "",
                excerpt: Excerpt(text: "", column: 1))
    }

    @Test func appliesNonOverlappingFixesByRule() {
        let bytes = Array("ab Herat cd Landen".utf8)
        let findings = [
            finding(3, 5, "Hérat", .variant),
            finding(3, 5, "Hérat", .inconsistent),
            finding(4, 2, "zz", .variant),
            finding(12, 6, "Laden", .misspelling),
            finding(0, 2, nil, .confusable),
        ]
        let plain = FixPlan(findings, includeMisspellings: false)
        #expect(String(decoding: plain.applied(to: bytes), as: UTF8.self) == "ab Hérat cd Landen")
        let all = FixPlan(findings, includeMisspellings: true)
        #expect(String(decoding: all.applied(to: bytes), as: UTF8.self) == "ab Hérat cd Laden")
    }

    /// Two fixes for the same span: the rule decides, whatever order the findings come in.
    @Test func theSameSpanTakesTheFixOfTheFirstRuleByName() {
        let bytes = Array("herat".utf8)
        let findings = [finding(0, 5, "Hérat", .variant), finding(0, 5, "Herat", .inconsistent)]
        for order in [findings, findings.reversed()] {
            #expect(FixPlan(order, includeMisspellings: false).replacements == [.init(utf8Offset: 0, utf8Length: 5, text: "Herat")])
        }
    }
}

@Suite struct ReportingPartsTests {
    @Test func jsonStringsAreEscaped() {
        var writer = JSONWriter()
        writer.field("k", "a\"b\\c\n\u{1}é\t\r")
        #expect(writer.output == #""k":"a\"b\\c\n\u0001é\t\r""#)
    }

    @Test func diffHasContextAndNoNewlineMarker() {
        let diff = UnifiedDiff.render(path: "d.txt", before: Array("a\nb\nHerat".utf8), after: Array("a\nb\nHérat".utf8))
        #expect(diff == "--- a/d.txt\n+++ b/d.txt\n@@ -1,3 +1,3 @@\n a\n b\n-Herat\n\\ No newline at end of file\n+Hérat\n\\ No newline at end of file\n")
    }

    @Test func excerptsCutLongLinesAroundTheFinding() {
        let line = String(repeating: "x", count: 80) + " Herat " + String(repeating: "y", count: 80)
        let finder = LineFinder(bytes: Array(line.utf8), origin: .start)
        let excerpt = finder.excerpt(at: 81, length: 5)
        #expect(excerpt.text == "…" + String(repeating: "x", count: 49) + " Herat " + String(repeating: "y", count: 49) + "…")
        #expect(excerpt.column == 52)
        #expect(excerpt.text.unicodeScalars.dropFirst(excerpt.column - 1).prefix(5).map(String.init).joined() == "Herat")
    }
}
