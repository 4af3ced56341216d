import Foundation
import Testing
@testable import GlossaGlossary
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

    /// HTML comments and code elements are not prose, and may run over lines; one that opens
    /// a line (an HTML block) also over blank lines and chunks. "`<code>`" in backticks and an
    /// escaped "\\<code>" open nothing.
    @Test func htmlCommentsAndCodeElementsAreCode() {
        #expect(code("a <!-- Kabul --> b <code>Herat</code> c <KBD class=\"k\">Kaboul</KBD> `<pre>` Herat\n")
            == ["<!-- Kabul -->", "<code>Herat</code>", "<KBD class=\"k\">Kaboul</KBD>", "`<pre>`"])
        #expect(code("", in: ["<!-- Kabul\n\n", "Herat --> Hérat\n", "<pre>\nKabul\n\n</pre>\n<codex>Herat</codex>\n"])
            == ["<!-- Kabul\n\n", "Herat -->", "<pre>\nKabul\n\n</pre>"])
        #expect(code("a <code>Herat\nKabul</code> b\n") == ["<code>Herat\nKabul</code>"])
    }

    /// An element that does not close within its paragraph is only its tag: the text after it
    /// is still prose.
    @Test func anUnclosedOrEscapedTagIsNotCode() {
        #expect(code("une balise <script> à Kaboul.\n\nLes talibans à Herat.\n") == ["<script>"])
        #expect(code("a <!-- Kabul\n\nHerat -->\n") == ["<!--"])
        #expect(code("Texte \\<code> échappé et Herat.\n\nKabul.\n") == [])
    }

    @Test func unclosedBackticksAreText() {
        var code = MarkdownCode()
        #expect(code.codeRanges(in: "a ` b\n").isEmpty)
        let text = "a `` b `Herat` c\n"
        #expect(code.codeRanges(in: text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } == ["`Herat`"])
    }

    private func code(_ text: String, in chunks: [String]? = nil) -> [String] {
        var code = MarkdownCode()
        return (chunks ?? [text]).flatMap { chunk in
            code.codeRanges(in: chunk).map { String(decoding: Array(chunk.utf8)[$0], as: UTF8.self) }
        }
    }

    /// Indented code follows a blank line (or the start); an indented line that continues a
    /// paragraph is text. The state carries across chunks.
    @Test func indentedBlocksAreCode() {
        #expect(code("Texte\n\n    Herat en bloc\n\tKabul\n\n    encore\nfin\n    suite de fin\n")
                == ["    Herat en bloc", "\tKabul", "    encore"])
        #expect(code("    d'emblée\n") == ["    d'emblée"])
        #expect(code("", in: ["Texte\n\n", "    Herat\n", "texte\n    pas du code\n"]) == ["    Herat"])
    }

    /// A span may run over the lines of a paragraph, not past a blank line; an escaped
    /// backtick is text.
    @Test func spansRunOverLinesAndEscapesAreText() {
        #expect(code("a `code Herat\net suite` b\n") == ["`code Herat\net suite`"])
        #expect(code("a `code\n\nHerat` b\n").isEmpty)
        #expect(code("\\`Herat\\` et `Kabul`\n") == ["`Kabul`"])
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

/// The sides of a bilingual file are read as one text each: segments too short to decide
/// alone decide together.
@Suite struct LanguageDetectorTests {
    @Test func segmentsAreReadAsOneText() {
        let detector = LanguageDetector()
        #expect(detector.decidedLanguage(of: "Les talibans à Kaboul.") == .french)
        #expect(detector.decidedLanguage(ofSegments: ["Kaboul.", "Les talibans.", "Le Pentagone et la ville."]) == .french)
        #expect(detector.decidedLanguage(ofSegments: ["Kabul.", "The Taliban.", "The city of Herat."]) == .english)
        #expect(detector.decidedLanguage(ofSegments: ["Kabul.", "Herat."]) == nil)
        if !WordList.system(for: "en").isEmpty, !WordList.system(for: "fr").isEmpty {
            // Words in capitals count; names in the English list ("Kandahar") and single letters do not.
            #expect(detector.decidedLanguage(of: "TALIBAN SEIZE KABUL AIRPORT") == .english)
            #expect(detector.decidedLanguage(of: "LES TALIBANS ENTRENT DANS KABOUL") == .french)
            // Short words in capitals are initials more often than words: "UN" is no "un".
            #expect(detector.decidedLanguage(of: "UN says Taliban must respect rights") == .english)
            #expect(detector.decidedLanguage(of: "Kandahar, Mazar-e Charif") == nil)
        }
        // As much as a text's sample: what follows 20,000 characters is not read.
        let english = Array(repeating: "The city of Herat and the Taliban.", count: 600)
        #expect(detector.decidedLanguage(ofSegments: english + Array(repeating: "Les talibans et la ville de Hérat.", count: 1200)) == .english)
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

    /// Two fixes for the same span: the rule decides, whatever order the findings come in, and
    /// the finding about the spelling wins over the one about consistency.
    @Test func theSameSpanTakesTheFixOfTheSpellingBeforeConsistency() {
        let findings = [finding(0, 5, "Hérat", .variant), finding(0, 5, "Herat", .inconsistent)]
        for order in [findings, findings.reversed()] {
            #expect(FixPlan(order, includeMisspellings: false).replacements == [.init(utf8Offset: 0, utf8Length: 5, text: "Hérat")])
        }
        let foreign = [finding(0, 5, "Kaboul", .inconsistent), finding(0, 5, "Kabul", .wrongLanguage)]
        for order in [foreign, foreign.reversed()] {
            #expect(FixPlan(order, includeMisspellings: false).replacements == [.init(utf8Offset: 0, utf8Length: 5, text: "Kabul")])
        }
    }
}

@Suite struct ReportingPartsTests {
    /// The caret sits under the name as a terminal draws the line: wide characters take two
    /// columns, combining accents none, tabs stay tabs.
    @Test func caretsCountTerminalColumns() {
        #expect(HumanReporter.caret(at: 9, in: "日本語の記事: Herat は陥落した。", under: "Herat") == String(repeating: " ", count: 14) + "^^^^^")
        #expect(HumanReporter.caret(at: 9, in: "Cafe\u{301} à Herat", under: "Herat") == "       ^^^^^")
        #expect(HumanReporter.caret(at: 3, in: "\t🙂Hérat", under: "He\u{301}rat") == "\t  ^^^^^")
        #expect(HumanReporter.caret(at: 1, in: "", under: "") == "^")
        // Emoji sequences are drawn as one emoji: a flag, a family, a skin tone, a heart with VS16.
        for emoji in ["🇫🇷", "👨\u{200D}👩\u{200D}👧", "👍🏽", "❤\u{FE0F}"] {
            let scalars = emoji.unicodeScalars.count
            #expect(HumanReporter.caret(at: scalars + 2, in: emoji + " Herat", under: "Herat") == "   ^^^^^", "\(emoji)")
        }
    }

    @Test func ignoreMarkersAreFoundInAnyCase() {
        func offsets(_ text: String) -> [Int] { IgnoreRules.markerOffsets(in: Array(text.utf8)) }
        #expect(offsets("x glossa-ignore GLOSSA-IGNORE glossa-ignor -glossa-ignore") == [2, 16, 44])
        #expect(offsets("glossa-ignore") == [0])
        #expect(offsets("-ignore glossa- glossa_ignore") == [])
        #expect(offsets("") == [])
    }

    @Test func jsonStringsAreEscaped() {
        var writer = JSONWriter()
        writer.field("k", "a\"b\\c\n\u{1}é\t\r")
        var bytes: [UInt8] = []
        let output = ReportOutput { bytes += $0 }
        writer.drain(into: output, atLeast: 0)
        output.flush()
        #expect(String(decoding: bytes, as: UTF8.self) == #""k":"a\"b\\c\n\u0001é\t\r""#)
    }

    @Test func reportOutputHandsOnWholeBlocksInOrder() {
        var blocks: [[UInt8]] = []
        let output = ReportOutput { blocks.append($0) }
        let line = String(repeating: "é", count: 1000) + "\n"
        for _ in 0..<100 { output.write(line) }
        #expect(blocks.count == 100 * line.utf8.count / ReportOutput.blockSize)
        output.flush()
        #expect(String(decoding: blocks.joined(), as: UTF8.self) == String(repeating: line, count: 100))
        output.flush()
        #expect(blocks.allSatisfy { !$0.isEmpty })
    }

    @Test func tallyCountsBySeverityAndComparesWithTheFailLevel() {
        var tally = FindingTally()
        #expect(!tally.reaches(.info))
        tally.add(SpoolTests.finding(line: 1, column: 1, rule: .variant, severity: .info))
        #expect(tally.reaches(.info) && !tally.reaches(.warning))
        tally.add(SpoolTests.finding(line: 1, column: 1, rule: .wrongLanguage, severity: .error))
        #expect(tally.reaches(.warning) && tally.count(.error) == 1 && tally.count(.info) == 1 && tally.total == 2)
    }

    /// "\r\n" is one Character in Swift: CR LF lines used to get the no-newline marker too.
    @Test func diffOfCRLFLinesHasNoNewlineMarkers() {
        let diff = UnifiedDiff.render(path: "d.txt", before: Array("a\r\nHerat\r\n".utf8), after: Array("a\r\nHérat\r\n".utf8))
        #expect(diff == "--- a/d.txt\n+++ b/d.txt\n@@ -1,2 +1,2 @@\n a\r\n-Herat\r\n+Hérat\r\n")
    }

    @Test func diffHasContextAndNoNewlineMarker() {
        let diff = UnifiedDiff.render(path: "d.txt", before: Array("a\nb\nHerat".utf8), after: Array("a\nb\nHérat".utf8))
        #expect(diff == "--- a/d.txt\n+++ b/d.txt\n@@ -1,3 +1,3 @@\n a\n b\n-Herat\n\\ No newline at end of file\n+Hérat\n\\ No newline at end of file\n")
    }

    /// Should a fix ever join lines, the diff shows it as one hunk instead of nothing.
    @Test func diffOfJoinedLinesIsOneHunk() {
        let before = Array("a\nb\nle\nKabul\nz\n".utf8), after = Array("a\nb\nl'aéroport\nz\n".utf8)
        let diff = UnifiedDiff.render(path: "d.txt", before: before, after: after)
        #expect(diff == "--- a/d.txt\n+++ b/d.txt\n@@ -1,5 +1,4 @@\n a\n b\n-le\n-Kabul\n+l'aéroport\n z\n")
        let appended = UnifiedDiff.render(path: "d.txt", before: Array("a\n".utf8), after: Array("a\nb\n".utf8))
        #expect(appended == "--- a/d.txt\n+++ b/d.txt\n@@ -1,1 +1,2 @@\n a\n+b\n")
        // A name with a space ends with a tab, or patch stops reading it at the space.
        let spaced = UnifiedDiff.render(path: "mon brouillon.txt", before: Array("Herat\n".utf8), after: Array("Hérat\n".utf8))
        #expect(spaced == "--- a/mon brouillon.txt\t\n+++ b/mon brouillon.txt\t\n@@ -1,1 +1,1 @@\n-Herat\n+Hérat\n")
        // A tab, a quote or a backslash in the name: quoted with C escapes, as git does.
        let quoted = UnifiedDiff.render(path: "a\tb\"c\\d.txt", before: Array("Herat\n".utf8), after: Array("Hérat\n".utf8))
        #expect(quoted.hasPrefix("--- \"a/a\\tb\\\"c\\\\d.txt\"\n+++ \"b/a\\tb\\\"c\\\\d.txt\"\n@@ "))
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

@Suite struct SpoolTests {
    static func finding(file: String = "f.txt", line: Int, column: Int, rule: Rule, found: String = "Herat",
                        severity: Severity = .warning, message: String = "m") -> Finding {
        Finding(file: file, start: SourcePosition(utf8Offset: line * 100 + column, line: line, column: column), utf8Length: found.utf8.count,
                found: found, suggestion: nil, concept: nil, rule: rule, severity: severity, message: message,
                excerpt: Excerpt(text: found, column: 1))
    }

    private func readAll<Record>(_ spool: Spool<Record>, _ run: Range<Int>) throws -> [Record] {
        var reader = try spool.records(in: run)
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func findingsComeBackWithEveryField() throws {
        let spool = try Spool<Finding>()
        let full = Finding(file: "dossier/é t.md", start: SourcePosition(utf8Offset: 1 << 40, line: 70_000, column: 3),
                           utf8Length: 6, found: "Hérat", suggestion: "Hérat", concept: "herat", rule: .misspelling,
                           severity: .error, message: "'Herat' \u{0}\n…", confidence: 0.87, segment: "tu-7",
                           excerpt: Excerpt(text: "…à Hérat.", column: 4))
        let bare = Self.finding(line: 1, column: 1, rule: .confusable, found: "")
        try spool.append(full)
        try spool.append(bare)
        let back = try readAll(spool, 0..<spool.end)
        #expect(back.count == 2)
        for (read, written) in zip(back, [full, bare]) {
            #expect(read.file == written.file && read.start == written.start && read.utf8Length == written.utf8Length)
            #expect(read.found == written.found && read.suggestion == written.suggestion && read.concept == written.concept)
            #expect(read.rule == written.rule && read.severity == written.severity && read.message == written.message)
            #expect(read.confidence == written.confidence && read.segment == written.segment && read.excerpt == written.excerpt)
        }
    }

    /// Records larger than a read block, and runs that end mid-buffer, after several flushes.
    @Test func runsReadBackExactlyAcrossBlocksAndFlushes() throws {
        let spool = try Spool<Finding>()
        var runs: [(Range<Int>, [Finding])] = []
        for run in 0..<3 {
            let start = spool.end
            var written: [Finding] = []
            for index in 0..<20_000 {
                let message = index == 7 ? String(repeating: "x", count: 700_000) : "run \(run) finding \(index)"
                written.append(Self.finding(line: index, column: run + 1, rule: .variant, message: message))
                try spool.append(written.last!)
            }
            runs.append((start..<spool.end, written))
        }
        for (run, written) in runs.reversed() {
            #expect(try readAll(spool, run).map(\.message) == written.map(\.message))
        }
        #expect(try readAll(spool, runs[1].0.lowerBound..<runs[1].0.lowerBound).isEmpty)
    }

    /// Runs of several files, and two of one file, merge into the order a full sort gives.
    @Test func spooledRunsMergeIntoReportOrder() throws {
        let spool = try Spool<Finding>()
        var runs: [SpooledFindings.Run] = []
        var all: [Finding] = []
        func run(_ findings: [Finding]) throws {
            let start = spool.end
            for finding in Finding.inReportOrder(findings) { try spool.append(finding) }
            runs.append(SpooledFindings.Run(file: findings[0].file, range: start..<spool.end))
            all += findings
        }
        try run([Self.finding(file: "b.txt", line: 2, column: 1, rule: .variant), Self.finding(file: "b.txt", line: 1, column: 9, rule: .variant)])
        try run([Self.finding(file: "a.txt", line: 5, column: 1, rule: .variant)])
        try run([Self.finding(file: "b.txt", line: 1, column: 9, rule: .inconsistent),
                 Self.finding(file: "b.txt", line: 2, column: 1, rule: .variant, found: "Abc"),
                 Self.finding(file: "b.txt", line: 3, column: 1, rule: .variant)])
        var merged = SpooledFindings(spool: spool, runs: runs)
        var order: [String] = []
        while let finding = try merged.next() { order.append("\(finding.file):\(finding.start.line):\(finding.start.column) \(finding.rule.rawValue) \(finding.found)") }
        #expect(order == [
            "a.txt:5:1 variant Herat",
            "b.txt:1:9 inconsistent Herat", "b.txt:1:9 variant Herat",
            "b.txt:2:1 variant Abc", "b.txt:2:1 variant Herat", "b.txt:3:1 variant Herat",
        ])
        #expect(order.count == all.count)
    }
}

@Suite struct VocabularyLimitTests {
    private static func checker(in directory: URL, limit: Int? = nil) throws -> DocumentChecker {
        let terms = try TermIndexFixture.terms("""
            herat\tplace\t\t\t\t\t\t\t
            herat\t\tfr\tpreferred\tHérat\t\t\t\t
            herat\t\ten\tpreferred\tHerat\t\t\t\t
            mazar\tplace\t\t\t\t\t\t\t
            mazar\t\tfr\tpreferred\tMazar-i-Sharif\t\t\t\t
            mazar\t\ten\tpreferred\tMazar-i-Sharif\t\t\t\t
            laden\tperson\t\t\t\t\t\t\t
            laden\t\tfr\tpreferred\tOussama ben Laden\t\t\t\t
            laden\t\tfr\tadmitted\tBen Laden\t\t\t\t
            laden\t\ten\tpreferred\tOsama bin Laden\t\t\t\t

            """, in: directory)
        let checker = try DocumentChecker(terms: terms, language: .french, dictionary: WordList(words: ["la", "le", "à"]))
        if let limit { checker.vocabularyLimit = limit }
        return checker
    }

    /// Forgetting the words met so far changes nothing but memory: the same chunks give the
    /// same findings, and the table stays within the limit and one chunk.
    @Test func forgettingWordsKeepsTheFindings() throws {
        // The names come in changing orders, so that a word's id differs after each forgetting.
        let names = ["Herat", "Hérat", "Mazar-e-Sharif", "HERAT", "Ben Landen"]
        let lines = (0..<40).map { line in
            let order = (0..<5).map { names[($0 + line) % 5] }.filter { line % 3 != 0 || $0 != "Mazar-e-Sharif" }
            return "Ligne \(line) : mot\(line)a, " + order.joined(separator: ", puis ") + ".\n"
        }
        var offset = 0
        let chunks = lines.enumerated().map { index, text in
            defer { offset += text.utf8.count }
            return TextChunk(text: text, origin: SourcePosition(utf8Offset: offset, line: index + 1, column: 1))
        }
        func run(_ checker: DocumentChecker) throws -> (findings: [String], largest: Int) {
            var usages = ConceptUsages()
            var findings: [Finding] = []
            var largest = 0
            for chunk in chunks {
                findings += try checker.check(chunk, file: "d.txt", usages: &usages)
                largest = max(largest, checker.vocabularySize)
            }
            findings += try InconsistencyCheck.findings(usages, terms: checker.terms, language: .french)
            return (Finding.inReportOrder(findings).map {
                "\($0.start) \($0.rule.rawValue) \($0.found) → \($0.suggestion ?? "-"): \($0.message)"
            }, largest)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-vocabulary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try run(try Self.checker(in: directory.appendingPathComponent("whole")))
        let forgetful = try run(try Self.checker(in: directory.appendingPathComponent("forgetful"), limit: 12))
        // Herat and HERAT: wrong language and inconsistent, 40 each; Mazar-e-Sharif, Ben Landen.
        #expect(whole.findings.count == 40 + 40 + 80 + 26 + 40)
        #expect(forgetful.findings == whole.findings)
        #expect(whole.largest > 60)
        #expect(forgetful.largest <= 12 + 14)
    }

    /// A checker asked for no excerpts (a JSON or SARIF report) gives the same findings, with
    /// an empty excerpt; by default each carries its line.
    @Test func excerptsAreLeftOutWhenNotWanted() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-excerpts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let chunk = TextChunk(text: "Les combats à Herat.\nPuis Ben Landen à Hérat.\n")
        func run(excerpts: Bool) throws -> [Finding] {
            let checker = try Self.checker(in: directory.appendingPathComponent(excerpts ? "with" : "without"))
            checker.makesExcerpts = excerpts
            var usages = ConceptUsages()
            return try checker.check(chunk, file: "d.txt", usages: &usages)
        }
        let with = try run(excerpts: true), without = try run(excerpts: false)
        #expect(with.map { "\($0.start) \($0.rule.rawValue) \($0.found) \($0.excerpt.text)|\($0.excerpt.column)" }
                == ["1:15 wrong-language Herat Les combats à Herat.|15", "2:6 misspelling Ben Landen Puis Ben Landen à Hérat.|6"])
        #expect(without.map { "\($0.start) \($0.rule.rawValue) \($0.found) \($0.excerpt.text)|\($0.excerpt.column)" }
                == ["1:15 wrong-language Herat |1", "2:6 misspelling Ben Landen |1"])
    }
}
