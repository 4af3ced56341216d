import Foundation
import Testing

@Suite final class CheckEndToEndTests {
    let project: Project

    init() throws { project = try CheckFixtures.project() }
    deinit { project.remove() }

    @Test func humanReportWithPositionsCaretsAndSummary() throws {
        try project.write("draft.txt", "La prise d'Herat.\nLes taliban et le Pentagon.\n")
        let run = try project.check("draft.txt", "--lang", "fr")
        #expect(run.status == 1)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            draft.txt:1:12: warning variant: 'Herat' is deprecated; the house spelling is 'Hérat'
                La prise d'Herat.
                           ^^^^^
            draft.txt:2:5: warning variant: 'taliban' follows a plural word; the house plural is 'talibans'
                Les taliban et le Pentagon.
                    ^^^^^^^
            draft.txt:2:19: error wrong-language: 'Pentagon' is the English spelling; French writes 'Pentagone'
                Les taliban et le Pentagon.
                                  ^^^^^^^^
            3 findings (1 error, 2 warnings, 0 infos) in 1 file

            """)
    }

    /// A quotation in the other language is quoted as said: its names are left alone. One in
    /// the text's own language, or without enough common words to tell, is checked.
    @Test func aQuotationInTheOtherLanguageIsLeftAlone() throws {
        try project.write("fr.txt", """
            « The Taliban have taken Kabul, and we will get our people out », a dit le sénateur.
            « Les talibans sont à Kabul », a-t-il ajouté. Puis « Kabul ».

            """)
        let fr = try Self.findings(try project.check("fr.txt", "--lang", "fr", "--format", "json"))
        #expect(fr.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!)" } == ["2:23 Kabul", "2:54 Kabul"])
        try project.write("en.txt", "\"Les talibans ont pris Kaboul et nous devons partir,\" Macron said. The Taliban took Kaboul.\n")
        let en = try Self.findings(try project.check("en.txt", "--lang", "en", "--format", "json"))
        #expect(en.map { "\($0["column"]!) \($0["found"]!)" } == ["85 Kaboul"])
    }

    /// Findings on the same words share one excerpt, under the last of them.
    @Test func findingsOnTheSameWordsShareOneExcerpt() throws {
        try project.write("draft.txt", "Herat et Hérat.\nPuis Hérat.\n")
        let run = try project.check("draft.txt", "--lang", "fr")
        #expect(run.stdout == """
            draft.txt:1:1: warning inconsistent: herat is spelled 2 ways: Hérat ×2, Herat ×1; use 'Hérat'
            draft.txt:1:1: warning variant: 'Herat' is deprecated; the house spelling is 'Hérat'
                Herat et Hérat.
                ^^^^^
            2 findings (0 errors, 2 warnings, 0 infos) in 1 file

            """)
    }

    /// A report, or the text `--fix -` fixed, that cannot be written (a full disk) is an error,
    /// never a silent success.
    @Test func aFailedWriteToStandardOutputIsAnError() throws {
        try project.write("draft.txt", "Les talibans à Hérat.\n")
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        defer { try? full.close() }
        let message = "glossa: error: cannot write to standard output: No space left on device\n"
        for arguments in [["draft.txt"], ["draft.txt", "--format", "sarif"], ["--fix", "-"]] {
            let run = try Glossa.run(["check", "--wordlist", "words.txt", "--lang", "fr"] + arguments, in: project.root,
                                     stdin: Data("Les taliban.\n".utf8), standardOutput: full)
            #expect(run.status == 2)
            #expect(run.stderr.hasSuffix(message))
        }
        // So is help that cannot be written.
        let help = try Glossa.run(["check", "--help"], in: project.root, standardOutput: full)
        #expect(help.status == 2 && help.stderr == message)
        // A clean report that reaches its file is still a success.
        #expect(try project.check("draft.txt", "--lang", "fr").status == 0)
    }

    /// Colour on a terminal (`script` gives the run one), and never with NO_COLOR or TERM=dumb.
    @Test func colourOnlyOnAColourTerminal() throws {
        try project.write("draft.txt", "La prise d'Herat.\n")
        func onTerminal(_ environment: [String: String]) throws -> String {
            let command = "exec \(Glossa.binary.path) check --wordlist words.txt --lang fr draft.txt"
            var clean = environment
            if clean["NO_COLOR"] == nil { clean["NO_COLOR"] = "" }
            return try Glossa.run(["-q", "-e", "-c", command, "/dev/null"], in: project.root, environment: clean,
                                  executable: URL(fileURLWithPath: "/usr/bin/script")).stdout
        }
        let coloured = try onTerminal(["TERM": "xterm"])
        #expect(coloured.contains("\u{1B}[33mwarning\u{1B}[0m"))
        for environment in [["TERM": "xterm", "NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = try onTerminal(environment)
            #expect(plain.contains("draft.txt:1:12: warning variant: 'Herat' is deprecated"))
            #expect(!plain.contains("\u{1B}["))
        }
    }

    @Test func jsonFollowsTheContract() throws {
        try project.write("draft.txt", "Les États-Unis et les Etats-Unis.\n")
        let run = try project.check("draft.txt", "--format", "json")
        #expect(run.status == 1)
        #expect(run.stdout == #"""
            {"files":[{"file":"draft.txt","language":"fr","language_detected":true,"language_undecided":false}],"findings":[{"byte_offset":23,"column":23,"concept":"united-states","file":"draft.txt","found":"Etats-Unis","length":10,"line":1,"message":"united-states is spelled 2 ways: Etats-Unis ×1, États-Unis ×1; use 'États-Unis'","rule":"inconsistent","severity":"warning","suggestion":"États-Unis"},{"byte_offset":23,"column":23,"concept":"united-states","file":"draft.txt","found":"Etats-Unis","length":10,"line":1,"message":"'Etats-Unis' is deprecated; the house spelling is 'États-Unis'","rule":"variant","severity":"warning","suggestion":"États-Unis"}],"summary":{"errors":0,"files":1,"findings":2,"infos":0,"warnings":2}}

            """#)
    }

    /// Quotes, backslashes and control characters in strings are escaped as JSON requires.
    @Test func jsonEscapesStrings() throws {
        let name = "a\"b\\c\td\u{1}é.txt"
        try project.write(name, "Herat.\n")
        let run = try project.check(name, "--format", "json", "--lang", "fr")
        #expect(run.status == 1)
        #expect(run.stdout.contains(#""file":"a\"b\\c\td\u0001é.txt","found":"Herat""#))
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((report["findings"] as! [[String: Any]]).map { $0["file"] as? String } == [name])
    }

    /// A spelling is quoted as written, even when an earlier one differs only in Unicode form.
    @Test func messagesQuoteEachSpellingAsWritten() throws {
        try project.write("draft.txt", "The \u{C9}tats-Unis and the E\u{301}tats-Unis.\n")
        let run = try project.check("draft.txt", "--lang", "en", "--format", "json")
        #expect(run.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]])
        let wrongLanguage = findings.filter { $0["rule"] as? String == "wrong-language" }
        // Bytes, not Strings: Swift compares Strings canonically, so "É" == "E\u{301}".
        func bytes(_ key: String) -> [[UInt8]] { wrongLanguage.map { Array(($0[key] as? String ?? "").utf8) } }
        #expect(bytes("found") == [Array("\u{C9}tats-Unis".utf8), Array("E\u{301}tats-Unis".utf8)])
        #expect(bytes("message") == [
            Array("'\u{C9}tats-Unis' is the French spelling; English writes 'United States'".utf8),
            Array("'E\u{301}tats-Unis' is the French spelling; English writes 'United States'".utf8),
        ])
    }

    @Test func leavesCorrectNamesAlone() throws {
        try project.write("draft.txt", """
            Le président Ashraf Ghani a quitté Kaboul. Ghazni, Kandahar et Kunduz sont tombées.
            Un taliban, des talibans, un moudjahid, des moudjahidine. Lashkar Gah et Mazar-i-Sharif.
            La foule heurte les Landes.

            """)
        let run = try project.check("draft.txt", "--lang", "fr")
        #expect(run.stdout == "no findings in 1 file\n")
        #expect(run.status == 0)
    }

    @Test func findsUnlistedVariantsThroughTheKey() throws {
        try project.write("draft.txt", "La prise de Mazar-e Sharif, puis de Lashkargah et de Kâboul.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--format", "json")
        let findings = try Self.findings(run)
        #expect(findings.map { "\($0["found"]!) → \($0["suggestion"]!) (\($0["rule"]!))" } == [
            "Mazar-e Sharif → Mazar-i-Sharif (variant)",
            "Lashkargah → Lashkar Gah (variant)",
            "Kâboul → Kaboul (variant)",
        ])
    }

    @Test func wrongLanguageBothWays() throws {
        try project.write("fr.txt", "Les soldats ont quitté Kabul.\n")
        try project.write("en.txt", "The soldiers left Kaboul and the Pentagone.\n")
        let french = try Self.findings(try project.check("fr.txt", "--format", "json"))
        #expect(french.map { "\($0["rule"]!) \($0["found"]!) → \($0["suggestion"]!)" } == ["wrong-language Kabul → Kaboul"])
        let english = try Self.findings(try project.check("en.txt", "--format", "json"))
        #expect(english.map { "\($0["rule"]!) \($0["found"]!) → \($0["suggestion"]!)" } == [
            "wrong-language Kaboul → Kabul", "wrong-language Pentagone → Pentagon",
        ])
    }

    @Test func misspellingsCarryAConfidence() throws {
        try project.write("draft.txt", "Ils refusaient de livrer Ben Landen aux Américains.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.count == 1)
        #expect(findings[0]["rule"] as? String == "misspelling")
        #expect(findings[0]["suggestion"] as? String == "Ben Laden")
        #expect(findings[0]["confidence"] as? Double == 0.9)
        #expect(findings[0]["column"] as? Int == 26)
    }

    @Test func confusableLettersAreErrors() throws {
        try project.write("draft.txt", "Retour à \u{41A}aboul.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["severity"]!) \($0["suggestion"] ?? "-")" } == ["confusable error Kaboul"])
    }

    /// A word with look-alike letters reads as the Latin letters they imitate, whether or not
    /// the glossary lists it alone; it is reported once, as a confusable, not also as a
    /// misspelling, and `--fix-misspellings` puts the letters right (`--fix` alone does not;
    /// the capital of "Talibans" is then a finding of its own).
    @Test func aConfusableWordIsReadAsItsLatinLookalikeAndFixedOnRequest() throws {
        let text = "Le président Ashraf Gh\u{430}ni et les T\u{430}lib\u{430}ns.\n"
        try project.write("draft.txt", text)
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["suggestion"] ?? "-")" } == ["confusable Ghani", "confusable Talibans"])
        // A glossary spelling read through the look-alikes keeps the reading's case where only
        // case differs, and a capitalised reading is not made a term in lower case.
        try project.write("caps.txt", "\u{39A}ABOUL TOMBE. Le moudjahid Mullah \u{41C}ujahid.\n")
        let caps = try Self.findings(try project.check("caps.txt", "--lang", "fr", "--format", "json"))
        #expect(caps.map { "\($0["rule"]!) \($0["suggestion"] ?? "-")" } == ["confusable KABOUL", "confusable Mujahid"])
        _ = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(try project.read("draft.txt") == text)
        _ = try project.check("draft.txt", "--lang", "fr", "--fix", "--fix-misspellings")
        #expect(try project.read("draft.txt") == "Le président Ashraf Ghani et les Talibans.\n")
    }

    /// The message names the odd letters out; a glossary name hidden behind invisible or
    /// compatibility characters is reported; Greek notation beside Latin letters is not.
    @Test func confusablesNameTheirCharacters() throws {
        try project.write("draft.txt", "Retour à \u{41A}aboul, à Kab\u{2060}oul, à Kabou\u{217C}. La variation \u{394}T et 2\u{3C0}r. Le mot fran\u{200D}çais.\n"
            + "À Kab\u{200B}oul, un mot\u{200B}coupé.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["message"]!)" } == [
            "1:10 '\u{41A}aboul' mixes scripts or hides look-alike characters: '\u{41A}' (U+041A CYRILLIC CAPITAL LETTER KA); did you mean 'Kaboul'?",
            "1:20 'Kab\u{2060}oul' mixes scripts or hides look-alike characters: an invisible U+2060 WORD JOINER; did you mean 'Kaboul'?",
            "1:31 'Kabou\u{217C}' mixes scripts or hides look-alike characters: '\u{217C}' (U+217C SMALL ROMAN NUMERAL FIFTY); did you mean 'Kaboul'?",
            "2:3 'Kab\u{200B}oul' mixes scripts or hides look-alike characters: an invisible U+200B ZERO WIDTH SPACE; did you mean 'Kaboul'?",
        ])
        // A spelling the glossary admits as written is suggested as it is: "OTAN", not "Otan".
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            nato\torganization\t\t\t\t\t\t\t
            nato\t\tfr\tpreferred\tOtan\t\t\t\t
            nato\t\tfr\tadmitted\tOTAN\t\t\t\t
            nato\t\ten\tpreferred\tNATO\t\t\t\t

            """)
        // A Greek Omicron in a short name is no notation: the name is the glossary's.
        try project.write("draft.txt", "Les pays de l'O\u{422}AN et de l'\u{39F}TAN.\n")
        let otan = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(otan.map { "\($0["rule"]!) \($0["suggestion"] ?? "-")" } == ["confusable OTAN", "confusable OTAN"])
    }

    @Test func suggestionsKeepElisionAndSentenceCapitals() throws {
        try project.write("draft.txt", "Etats-Unis : le retrait d’Herat.\r\nLES TALIBAN.\r\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 3 findings in 1 file\n")
        #expect(try project.read("draft.txt") == "États-Unis : le retrait d’Hérat.\r\nLES TALIBANS.\r\n")
    }

    @Test func fixKeepsTheBOMAndTouchesNothingElse() throws {
        let original = "\u{FEFF}Prise de Herat\r\n\tpar les taliban \r\nfin"
        try project.write("draft.txt", original)
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.status == 0)
        let bytes = try Data(contentsOf: project.root.appendingPathComponent("draft.txt"))
        #expect(bytes == Data("\u{FEFF}Prise de Hérat\r\n\tpar les talibans \r\nfin".utf8))
        let again = try project.check("draft.txt", "--lang", "fr")
        #expect(again.stdout == "no findings in 1 file\n")
    }

    /// A file reached twice used to get each fix twice: "Hératt, près deMazar-i-Shariff",
    /// or invalid UTF-8 when named three ways. It is now checked once, under its first name.
    @Test func aFileReachedTwiceIsCheckedAndFixedOnce() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try project.write("drafts/draft.txt", "Les talibans sont à Herat, près de Mazar-e-charif.\n")
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent("drafts/link.txt").path,
                                                   withDestinationPath: "draft.txt")
        let absolute = project.root.appendingPathComponent("drafts/draft.txt").path
        let report = try project.check("drafts/draft.txt", "./drafts/draft.txt", absolute, "drafts/", "--lang", "fr", "--format", "json")
        let files = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as! [String: Any]
        #expect((files["files"] as! [[String: Any]]).map { $0["file"] as! String } == ["drafts/draft.txt"])
        #expect(try Self.findings(report).count == 2)
        let run = try project.check("drafts/link.txt", "drafts/draft.txt", "./drafts/draft.txt", absolute, "drafts", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 2 findings in 1 file\n")
        #expect(try project.read("drafts/draft.txt") == "Les talibans sont à Hérat, près de Mazar-i-Sharif.\n")
    }

    /// Linked folders are followed, named or met inside a tree; a link back up the tree is
    /// walked once. The folder enumerator used before skipped them all.
    @Test func linkedFoldersAreFollowed() throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: project.root.appendingPathComponent("real/deep"), withIntermediateDirectories: true)
        try project.write("real/deep/a.txt", "La prise de Herat.\n")
        try fileManager.createDirectory(at: project.root.appendingPathComponent("tree"), withIntermediateDirectories: true)
        try project.write("tree/b.txt", "Les taliban.\n")
        try fileManager.createSymbolicLink(atPath: project.root.appendingPathComponent("alias").path, withDestinationPath: "real")
        try fileManager.createSymbolicLink(atPath: project.root.appendingPathComponent("tree/linked").path, withDestinationPath: "../real")
        try fileManager.createSymbolicLink(atPath: project.root.appendingPathComponent("real/deep/loop").path, withDestinationPath: "..")
        try fileManager.createSymbolicLink(atPath: project.root.appendingPathComponent("tree/gone").path, withDestinationPath: "nowhere")
        func files(_ path: String) throws -> [String] {
            let run = try project.check(path, "--lang", "fr", "--format", "json")
            #expect(run.status == 1, "\(path): \(run.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            return (report["files"] as! [[String: Any]]).map { $0["file"] as! String }
        }
        #expect(try files("alias") == ["alias/deep/a.txt"])
        #expect(try files("tree") == ["tree/b.txt", "tree/linked/deep/a.txt"])
    }

    /// The link used to be replaced by a fixed copy, and the draft it points to left as it was.
    @Test func fixingThroughALinkFixesTheFileAndKeepsTheLink() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("d"), withIntermediateDirectories: true)
        try project.write("d/real.txt", "Les taliban sont à Herat.\n")
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent("alias.txt").path,
                                                   withDestinationPath: "d/real.txt")
        let run = try project.check("alias.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 2 findings in 1 file\n")
        #expect(try project.read("d/real.txt") == "Les talibans sont à Hérat.\n")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: project.root.appendingPathComponent("alias.txt").path)
        #expect(link == "d/real.txt")
    }

    /// The report used to follow the fixed text on standard output, into the user's file.
    @Test func fixedStandardInputAloneGoesToStandardOutput() throws {
        let run = try project.check("-", "--lang", "fr", "--fix", "--format", "json", stdin: "Les taliban sont à Herat, et Ben Landen.\n")
        #expect(run.status == 1)
        #expect(run.stdout == "Les talibans sont à Hérat, et Ben Landen.\n")
        #expect(run.stderr.hasPrefix("fixed 2 findings in 1 file\n{\"files\":[{\"file\":\"<stdin>\""))
        #expect(run.stderr.contains("\"rule\":\"misspelling\""))
        // Standard input named twice is read once.
        let twice = try project.check("-", "-", "--lang", "fr", stdin: "Les taliban.\n")
        #expect(twice.stdout.hasSuffix("1 finding (0 errors, 1 warning, 0 infos) in 1 file\n"))
    }

    /// `--fix - < draft > fixed` is a filter: with nothing to fix, or only findings that are
    /// never fixed, the text still comes through, byte for byte.
    @Test func standardInputWithNothingToFixComesThroughWhole() throws {
        for text in ["Rien à signaler à Kaboul.\r\nFin", "Le journal cite Ben Landen.\n", ""] {
            let run = try project.check("-", "--lang", "fr", "--fix", stdin: text)
            #expect(run.stdout == text)
            #expect(run.stderr.hasPrefix("fixed 0 findings in 0 files\n"))
        }
        // Nor when it cannot be checked: the error says so, and the text is not lost.
        let binary = try project.check("-", "--lang", "fr", "--fix", stdin: "Les taliban\u{0}.\n")
        #expect(binary.status == 2)
        #expect(binary.stdout == "Les taliban\u{0}.\n")
        #expect(binary.stderr.hasPrefix("glossa: error: <stdin>: binary file (it contains NUL bytes); skipped\n"))
    }

    /// A folder with nothing to check, or only hidden files, is an error, not a clean bill.
    @Test func aFolderWithNothingToCheckIsAnError() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("empty/.hidden"), withIntermediateDirectories: true)
        try project.write("empty/.hidden/a.txt", "Herat\n")
        try project.write("empty/.b.md", "Herat\n")
        try project.write("empty/notes.pdf", "Herat\n")
        let run = try project.check("empty", "--lang", "fr")
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: empty: no .txt, .text, .md or .markdown file here (hidden ones are skipped)\n")
    }

    /// Spaces and hyphens of the writer's own (no-break, non-breaking hyphen) stay in a fix;
    /// a demonym is not a misspelling; a confusable's suggestion is the house spelling.
    @Test func fixesKeepTheWritersSpacesAndHyphens() throws {
        try project.write("draft.txt", "Les Etats\u{2011}Unis et Herat. Les États-Uniens ont voté. Retour à H\u{435}rat.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["suggestion"] ?? "-")" }
                == ["variant États\u{2011}Unis", "variant Hérat", "confusable Hérat"])
        _ = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(try project.read("draft.txt") == "Les États\u{2011}Unis et Hérat. Les États-Uniens ont voté. Retour à H\u{435}rat.\n")
    }

    /// The summary counts the files that could not be read; a file named with a slash after
    /// it, or as the glossary folder, is told apart from a missing one.
    @Test func theSummaryCountsUnreadFiles() throws {
        try project.write("draft.txt", "Les talibans.\n")
        let run = try project.check("draft.txt", "missing.txt", "draft.txt/", "--lang", "fr")
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: missing.txt: no such file or folder\nglossa: error: draft.txt/: it is a file, not a folder\n")
        #expect(run.stdout == "no findings in 1 file; 2 files could not be read\n")
        let glossary = try Glossa.run(["check", "--glossary", "draft.txt", "draft.txt"], in: project.root)
        #expect(glossary.status == 2)
        #expect(glossary.stderr == "glossa: error: draft.txt: it is a file; --glossary names the folder that holds the glossary's files\n")
    }

    /// An unreadable folder used to be skipped in silence, with exit status 0.
    @Test func anUnreadableFolderIsAnError() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("closed/inner"), withIntermediateDirectories: true)
        try project.write("closed/inner/a.txt", "Les taliban.\n")
        try project.write("open.txt", "Rien.\n")
        chmod(project.root.appendingPathComponent("closed/inner").path, 0)
        defer { chmod(project.root.appendingPathComponent("closed/inner").path, 0o755) }
        guard let run = try runWithoutRootPowers(["check", "closed", "open.txt", "--lang", "fr"]) else { return }
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: closed/inner: cannot read the folder: Permission denied\n")
        #expect(run.stdout == "no findings in 1 file; 1 file could not be read\n")
    }

    /// Permissions do not stop root: as root, the run is made as nobody (through setpriv), in a
    /// project nobody may use. Nil when that cannot be arranged here.
    private func runWithoutRootPowers(_ arguments: [String]) throws -> GlossaRun? {
        guard getuid() == 0 else { return try Glossa.run(arguments, in: project.root) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        for path in ["", ".cache"] {
            let url = project.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            chmod(url.path, 0o777)
        }
        var parent = stat()
        guard stat(project.root.deletingLastPathComponent().path, &parent) == 0, parent.st_mode & 0o001 != 0 else { return nil }
        return try Glossa.run(["--reuid", "65534", "--regid", "65534", "--clear-groups", Glossa.binary.path] + arguments,
                              in: project.root, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// A read-only file used to be replaced by --fix all the same (the folder allowed the
    /// rename), and given to whoever ran it. It is now left alone, and said so; the other
    /// files are fixed. A file root fixes keeps its owner.
    @Test func fixLeavesReadOnlyFilesAndOwnersAlone() throws {
        try project.write("locked.txt", "Les taliban.\n")
        try project.write("open.txt", "Les taliban.\n")
        chmod(project.root.appendingPathComponent("locked.txt").path, 0o444)
        chmod(project.root.appendingPathComponent("open.txt").path, 0o666)
        guard let run = try runWithoutRootPowers(["check", "--wordlist", "words.txt", "locked.txt", "open.txt", "--lang", "fr", "--fix"])
        else { return }
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("glossa: error: locked.txt: cannot write: the file is read-only; not fixed\nfixed 1 finding in 1 file\n"))
        #expect(try project.read("locked.txt") == "Les taliban.\n")
        #expect(try project.read("open.txt") == "Les talibans.\n")
        guard getuid() == 0 else { return }
        try project.write("theirs.txt", "Les taliban.\n")
        chown(project.root.appendingPathComponent("theirs.txt").path, 65534, 65534)
        _ = try project.check("theirs.txt", "--lang", "fr", "--fix")
        var info = stat()
        #expect(stat(project.root.appendingPathComponent("theirs.txt").path, &info) == 0 && info.st_uid == 65534 && info.st_gid == 65534)
        #expect(try project.read("theirs.txt") == "Les talibans.\n")
    }

    /// An inconsistent spelling's fix is shaped like a variant's: capitals of a headline, the
    /// capital of a line's first word, the writer's apostrophe. A listed double plural stays a
    /// plural. Each of these used to be lost by --fix.
    @Test func fixesKeepShapeApostropheAndNumber() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            state-department\torganization\t\t\t\t\t\t\t
            state-department\t\tfr\tpreferred\tdépartement d'État\t\t\t\t
            state-department\t\tfr\tdeprecated\tdépartement d'Etat\t\t\t\t
            state-department\t\ten\tpreferred\tState Department\t\t\t\t

            """)
        try project.write("draft.txt", """
            LA CHUTE DE HERAT
            La ville de Hérat.
            Département d’Etat : communiqué.
            Le département d’État a dit.
            Selon lui, moudjahidines et soldats.
            Des moudjahidine.

            """)
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 3 findings in 1 file\n")
        #expect(try project.read("draft.txt") == """
            LA CHUTE DE HÉRAT
            La ville de Hérat.
            Département d’État : communiqué.
            Le département d’État a dit.
            Selon lui, moudjahidine et soldats.
            Des moudjahidine.

            """)
    }

    /// An abbreviation defined in brackets is house style, not a second spelling: it used to
    /// be reported as inconsistent and "fixed" into the full name.
    @Test func admittedAbbreviationsAreNotInconsistent() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            islamic-state\tgroup\t\t\t\t\t\t\t
            islamic-state\t\tfr\tpreferred\tÉtat islamique\t\t\t\t
            islamic-state\t\tfr\tadmitted\tEI\t\t\t\t
            islamic-state\t\ten\tpreferred\tIslamic State\t\t\t\t
            islamic-state\t\ten\tadmitted\tISIS\t\t\t\t

            """)
        // Named in full first: the abbreviation after it is a second reference, not reported.
        try project.write("fr.txt", "L'EI menace. Le groupe État islamique (EI) a revendiqué. L'EI menace.\n")
        try project.write("en.txt", "ISIS struck. The Islamic State (ISIS) claimed it.\n")
        func found(_ file: String, _ language: String) throws -> [String] {
            try Self.findings(try project.check(file, "--lang", language, "--format", "json")).map {
                "\($0["rule"]!) \($0["severity"]!) \($0["found"]!)"
            }
        }
        #expect(try found("fr.txt", "fr") == ["variant info EI"])
        #expect(try found("en.txt", "en") == ["variant info ISIS"])
    }

    /// A short English line with no common word ("the", "of") used to be taken as French, and
    /// its "Kabul" reported as the wrong language; its ordinary words now decide, in any case,
    /// and without any, its names: "Kabul, Herat" departs from French spelling, not English.
    @Test func aShortEnglishHeadlineIsDetectedAsEnglish() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/dict/american-english"),
              FileManager.default.fileExists(atPath: "/usr/share/dict/french") else { return }
        // Markdown code and comments have no vote.
        try project.write("note.md", "<!-- Desk note: the reporter has filed this from the airport, and the editor will check it -->\nLes talibans ont pris Hérat.\n")
        let note = try project.check("note.md", "--format", "json")
        #expect(((try JSONSerialization.jsonObject(with: Data(note.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]])[0]["language"] as? String == "fr")
        for (text, language) in [("Taliban fighters enter Kabul.\n", "en"), ("Biden: Kabul airport chaos\n", "en"),
                                 ("UN says Taliban must respect rights\n", "en"), ("EU, UN urge Taliban restraint\n", "en"),
                                 ("Offensive talibane sur Kaboul\n", "fr"), ("Kaboul, Hérat, Kandahar\n", "fr"),
                                 ("TALIBAN SEIZE KABUL AIRPORT\n", "en"), ("URGENT: TALIBAN ENTER KABUL - OFFICIALS\n", "en"),
                                 ("Kabul, Herat, Kandahar\n", "en")] {
            try project.write("line.txt", text)
            let run = try project.check("line.txt", "--format", "json")
            let files = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]]
            #expect(files[0]["language"] as? String == language, "\(text)")
            #expect(try Self.findings(run).allSatisfy { $0["rule"] as? String != "wrong-language" }, "\(text)")
        }
    }

    /// A text in which nothing tells French from English is checked as French, says so, and
    /// is not fixed: a fix in the wrong language would rewrite correct names.
    @Test func aTextOfUndecidedLanguageIsNotFixed() throws {
        // One departure from each language's spelling: Herat in French, Kaboul in English.
        try project.write("line.txt", "Kandahar, Herat, Kaboul\n")
        let run = try project.check("line.txt")
        #expect(run.stdout.hasSuffix("line.txt: language fr (nothing in the text decides; give --lang)\n1 finding (0 errors, 1 warning, 0 infos) in 1 file\n"))
        let json = try project.check("line.txt", "--format", "json")
        let files = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]]
        #expect(files[0]["language_undecided"] as? Bool == true)
        // Nor does SARIF offer fixes for it.
        let sarif = try project.check("line.txt", "--format", "sarif")
        let results = (((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any])["runs"] as! [[String: Any]])[0]["results"]) as! [[String: Any]]
        #expect(results.count == 1 && results.allSatisfy { $0["fixes"] == nil })
        let fix = try project.check("line.txt", "--fix")
        #expect(fix.stderr.contains("glossa: note: line.txt: not fixed: nothing in the text tells French from English; give --lang\n"))
        #expect(try project.read("line.txt") == "Kandahar, Herat, Kaboul\n")
        _ = try project.check("line.txt", "--fix", "--lang", "fr")
        #expect(try project.read("line.txt") == "Kandahar, Hérat, Kaboul\n")
    }

    /// French articles before a replaced name (`FrenchArticles`): before a vowel, "le", "la",
    /// "de" and "que" are elided and "du", "au", "ce" undone, the finding taking the article in
    /// ("Le aéroport de Kaboul" was the fix); an elided article before a consonant, or an
    /// article on the line before, is left to the writer, with no fix; an "h" changes nothing.
    @Test func replacementsChangeTheArticleBeforeThem() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.articleGlossary)
        try project.write("draft.txt", """
            Le Kabul airport est fermé.
            Il va au Kabul airport, puis du Kabul airport à ce Kabul airport.
            LES ABORDS DE KABUL AIRPORT, près de Hamid Karzai International Airport.
            De l'Interior Ministry, selon le
            Kabul airport et l'aide. La prise de Herat.

            """)
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        func described(_ rule: String) -> [String] {
            findings.filter { $0["rule"] as? String == rule }
                .map { "\($0["line"]!):\($0["column"]!) \($0["found"]!) → \($0["suggestion"] as? String ?? "-")" }
        }
        #expect(described("wrong-language") == [
            "1:1 Le Kabul airport → L'aéroport de Kaboul",
            "2:7 au Kabul airport → à l'aéroport de Kaboul",
            "2:30 du Kabul airport → de l'aéroport de Kaboul",
            "2:49 ce Kabul airport → cet aéroport de Kaboul",
            "3:12 DE KABUL AIRPORT → D'AÉROPORT DE KABOUL",
            "3:35 de Hamid Karzai International Airport → d'aéroport de Kaboul",
            "4:6 Interior Ministry → -",
            "5:1 Kabul airport → -",
        ])
        // The inconsistency findings at the same places say the same.
        #expect(described("inconsistent") == described("wrong-language").filter { !$0.hasPrefix("4:") })
        #expect(described("variant") == ["5:38 Herat → Hérat"])
        #expect(findings.first { $0["line"] as? Int == 4 }?["message"] as? String
                == "'Interior Ministry' is the English spelling; French writes 'ministère de l'Intérieur'; the article before it must change too, by hand")

        #expect(try project.check("draft.txt", "--lang", "fr", "--fix").status == 1)
        #expect(try project.read("draft.txt") == """
            L'aéroport de Kaboul est fermé.
            Il va à l'aéroport de Kaboul, puis de l'aéroport de Kaboul à cet aéroport de Kaboul.
            LES ABORDS D'AÉROPORT DE KABOUL, près d'aéroport de Kaboul.
            De l'Interior Ministry, selon le
            Kabul airport et l'aide. La prise de Hérat.

            """)

        // A text written with ’ gets it in the article and within the replacement, unless the
        // name was written with a straight one; an article the writer elided before a consonant
        // stays as it was; a spelling in the ignore list is ignored with the article the finding
        // took in.
        try project.write("typo.txt", "L’avion quitte le Kabul airport et le Interior Ministry, d’Pentagon, le département d'Etat.\n")
        let typographic = try Self.findings(try project.check("typo.txt", "--lang", "fr", "--format", "json"))
        #expect(typographic.map { "\($0["found"]!) → \($0["suggestion"]!)" } == [
            "le Kabul airport → l’aéroport de Kaboul", "Interior Ministry → ministère de l’Intérieur", "Pentagon → Pentagone",
            "département d'Etat → département d'État",
        ])
        try project.write(".glossa-ignore", "Kabul airport\n")
        let ignored = try Self.findings(try project.check("typo.txt", "--lang", "fr", "--format", "json"))
        #expect(ignored.map { "\($0["found"]!)" } == ["Interior Ministry", "Pentagon", "département d'Etat"])
    }

    /// An article separated from the name by more than one plain space (a trailing space and a
    /// line break, an indented line, a quote, Markdown emphasis) is left to the writer: taking it
    /// in would join lines or drop the quote, and leaving it would give "au « aéroport »".
    /// A determiner never starts a misspelling ("Le kabul airport" lost its "Le").
    @Test func articlesBeyondOneSpaceAreLeftToTheWriter() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.articleGlossary)
        let text = """
            Les talibans ont pris le\u{20}
            Kabul airport hier.
            - Ils ont pris le
              Kabul airport hier.

            Ils sont au « Kabul airport ».
            Ils vont **au** Kabul airport.
            Le porte-parole de l’« Interior Ministry ».
            Le kabul airport.
            Ils vont du
            > Kabul airport, au <em>Kabul airport</em>, au ~~Kabul airport~~.

            """
        try project.write("draft.md", text)
        try project.write("words.txt", CheckFixtures.wordlist + "combattants\n")
        let findings = try Self.findings(try project.check("draft.md", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!) \($0["suggestion"] as? String ?? "-")" } == [
            "2:1 Kabul airport -", "4:3 Kabul airport -", "6:15 Kabul airport -", "7:17 Kabul airport -", "8:24 Interior Ministry -",
            "11:3 Kabul airport -", "11:25 Kabul airport -", "11:50 Kabul airport -",
        ])
        #expect(try project.check("draft.md", "--lang", "fr", "--fix", "--fix-misspellings").status == 1)
        #expect(try project.read("draft.md") == text)
    }

    /// In Markdown, HTML comments and code elements are not prose: neither reported nor fixed.
    @Test func markdownHTMLCommentsAndCodeAreLeftAlone() throws {
        let text = "À Herat. <!-- Herat,\nKabul --> <code>Herat</code> <kbd>Kabul</kbd>\n<pre>\nKabul\n</pre>\nÀ Kabul.\n"
        try project.write("notes.md", text)
        #expect(try Self.findings(try project.check("notes.md", "--lang", "fr", "--format", "json")).map { "\($0["line"]!) \($0["found"]!)" }
            == ["1 Herat", "6 Kabul"])
        #expect(try project.check("notes.md", "--lang", "fr", "--fix").status == 0)
        #expect(try project.read("notes.md") == text.replacingOccurrences(of: "À Herat.", with: "À Hérat.")
            .replacingOccurrences(of: "À Kabul.", with: "À Kaboul."))
        // A tag named in prose and never closed leaves the rest of the text checked.
        try project.write("news.md", "Une balise <script> dans le site, à Kaboul.\n\nLes talibans ont pris Herat.\n")
        #expect(try Self.findings(try project.check("news.md", "--lang", "fr", "--format", "json")).map { "\($0["line"]!) \($0["found"]!)" }
            == ["3 Herat"])
    }

    /// Names in underscore emphasis are found and fixed inside it; an identifier is left alone.
    @Test func underscoreEmphasisHoldsNames() throws {
        try project.write("notes.md", "À _Herat_ et __Herat__, pas dans data_Herat_id.\n")
        #expect(try project.check("notes.md", "--lang", "fr", "--fix").status == 0)
        #expect(try project.read("notes.md") == "À _Hérat_ et __Hérat__, pas dans data_Herat_id.\n")
    }

    /// Ordinary words of the language are no unlisted variant of a name: "ministre de
    /// l'Intérieur" (the minister) was rewritten as "ministère de l'Intérieur" (the ministry).
    /// A spelling that differs by accents still is one. A heading's or a quote's first word,
    /// after a full stop, keeps its capital.
    @Test func ordinaryWordsAreNoVariantOfAName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.articleGlossary)
        try project.write("words.txt", CheckFixtures.wordlist + "ministre\nministère\nintérieur\na\ndémissionné\n")
        try project.write("draft.md", """
            Le ministre de l'Intérieur a démissionné. Le ministere de l'Intérieur.

            Intro.
            ## Kabul airport
            > Fin.
            > Kabul airport.

            """)
        let findings = try Self.findings(try project.check("draft.md", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["found"]!) → \($0["suggestion"]!)" } == [
            "1:46 variant ministere de l'Intérieur → ministère de l'Intérieur",
            "4:4 wrong-language Kabul airport → Aéroport de Kaboul",
            "6:3 wrong-language Kabul airport → Aéroport de Kaboul",
        ])
    }

    /// An admitted spelling next to the house one is inconsistent, but acceptable: an info,
    /// which --fix leaves alone ("La Grande-Bretagne" used to become "La Royaume-Uni").
    @Test func anAdmittedSpellingIsInconsistentButNeverRewritten() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            united-kingdom\tplace\t\t\t\t\t\t\t
            united-kingdom\t\tfr\tpreferred\tRoyaume-Uni\t\t\t\t
            united-kingdom\t\tfr\tadmitted\tGrande-Bretagne\t\t\t\t
            united-kingdom\t\ten\tpreferred\tUnited Kingdom\t\t\t\t

            """)
        let text = "La Grande-Bretagne a évacué. Le Royaume-Uni aussi.\n"
        try project.write("draft.txt", text)
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["severity"]!) \($0["rule"]!) \($0["found"]!)" }
                == ["info inconsistent Grande-Bretagne", "info variant Grande-Bretagne"])
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.status == 0)
        #expect(try project.read("draft.txt") == text)
    }

    /// Standard input is kept in memory for --fix and read back in chunks; past 64 KB the
    /// pipe that fed it back blocked, and the check hung for good.
    @Test func largeStandardInputIsChecked() throws {
        let text = String(repeating: "Rien à signaler ici.\n", count: 10_000) + "La prise de Herat.\n"
        let run = try project.check("-", "--lang", "fr", "--format", "json", stdin: text)
        #expect(run.status == 1)
        #expect(try Self.findings(run).map { "\($0["line"]!):\($0["column"]!) \($0["found"]!)" } == ["10001:13 Herat"])
    }

    /// The report after --fix used to give the positions of the text before it; the fixed
    /// documents are now checked again, files and standard input alike.
    @Test func afterFixTheReportPointsAtTheFixedText() throws {
        let text = "Les taliban à Kabul et Herat rencontrent Ben Landen.\n"
        try project.write("draft.txt", text)
        let run = try project.check("draft.txt", "--lang", "fr", "--fix", "--format", "json")
        let fixed = Array(try project.read("draft.txt").utf8)
        #expect(String(decoding: fixed, as: UTF8.self) == "Les talibans à Kaboul et Hérat rencontrent Ben Landen.\n")
        for report in [try Self.findings(run),
                       try Self.findings(GlossaRun(status: 0, stdout: try project.check("-", "--lang", "fr", "--fix", "--format", "json",
                                                                                         stdin: text).stderr.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? "", stderr: ""))] {
            #expect(report.map { "\($0["column"]!) \($0["byte_offset"]!) \($0["found"]!)" } == ["44 45 Ben Landen"])
            let offset = report[0]["byte_offset"] as! Int, length = report[0]["length"] as! Int
            #expect(String(decoding: fixed[offset..<offset + length], as: UTF8.self) == "Ben Landen")
        }
    }

    /// Narrow no-break spaces (French « », : ; ! ?) used to be taken into the name: --fix
    /// deleted them, and "et\u{202F}Kabul" was never found.
    @Test func narrowNoBreakSpacesStayAndDoNotHideNames() throws {
        try project.write("draft.txt", "«\u{202F}Herat\u{202F}», dit-il\u{202F}: les taliban\u{202F}! Et\u{202F}Kabul.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 3 findings in 1 file\n")
        #expect(try project.read("draft.txt") == "«\u{202F}Hérat\u{202F}», dit-il\u{202F}: les talibans\u{202F}! Et\u{202F}Kaboul.\n")
    }

    /// A plural adjective between the determiner and the name keeps the slot plural.
    @Test func aPluralAdjectiveKeepsThePluralSlot() throws {
        try project.write("words.txt", CheckFixtures.wordlist + "anciens\nancien\nnombreux\n")
        try project.write("draft.txt", "Les anciens taliban. Un ancien taliban. Des taliban. Anciens taliban.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 2 findings in 1 file\n")
        #expect(try project.read("draft.txt") == "Les anciens talibans. Un ancien taliban. Des talibans. Anciens taliban.\n")
    }

    /// A line after one that ends in a lower-case word or a comma continues the sentence
    /// (hard-wrapped text): its first word takes no capital. After a full stop it does.
    @Test func hardWrappedLinesContinueTheSentence() throws {
        try project.write("draft.txt", "Selon les\ntaliban la ville est tombée,\ntaliban. La ville.\ntaliban et Kaboul.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        // Line 3 ("taliban." after a comma) is right as it is.
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["suggestion"]!)" } == ["2:1 talibans", "4:1 Taliban"])
        // A heading ends where it ends, and a list item or a quote opens a block of its own:
        // neither continues a sentence, whatever the line before ends in.
        try project.write("notes.md", "## Les points clés\n- Taliban à Kaboul\n\nUn texte sur la ville\n> Taliban à Kaboul\n\nSelon les\nTaliban à Kaboul\n")
        let markdown = try Self.findings(try project.check("notes.md", "--lang", "fr", "--format", "json"))
        #expect(markdown.map { "\($0["line"]!):\($0["column"]!) \($0["suggestion"]!)" } == ["8:1 talibans"])
        // A quotation after a colon or a comma opens a sentence, as a table cell does.
        try project.write("quote.md", "Il a dit : « Taliban à Kaboul. » Puis, « Taliban ».\n\n| 4 | Taliban |\n")
        #expect(try Self.findings(try project.check("quote.md", "--lang", "fr", "--format", "json")).isEmpty)
        // Emphasis at a line's start is no bullet: "**Taliban**" after "et" continues the sentence.
        try project.write("emphasis.md", "Ils sont là et\n**Taliban** aussi.\n\n* Taliban là\n")
        #expect(try Self.findings(try project.check("emphasis.md", "--lang", "fr", "--format", "json")).map { "\($0["line"]!):\($0["column"]!)" }
            == ["2:3"])
        // A quote's line after another of the same quote is hard-wrapped text again.
        try project.write("quote.md", "> Ils sont dans la ville et\n> Taliban à Kaboul.\n")
        #expect(try Self.findings(try project.check("quote.md", "--lang", "fr", "--format", "json")).map { "\($0["line"]!):\($0["column"]!)" }
            == ["2:3"])
    }

    /// After a line that ends in another word than an article, a preposition or a
    /// conjunction, or in a colon, the next line may be a sentence of its own (after a title or
    /// an introduction) or the rest of a hard-wrapped one: the writer's capital stands either
    /// way, as after a colon or a comma before a quotation (« taliban partout » quotes a fragment).
    @Test func aLineAfterATitleOrAColonKeepsTheWritersCapital() throws {
        let text = """
            Les titres du jour
            Taliban : qui sont les nouveaux maîtres de Kaboul ?
            Selon les responsables :
            Taliban et forces afghanes.
            Selon les responsables :
            talibans et forces afghanes.
            Il a dit : « taliban partout ». Il a dit : « Talibans partout ».
            Les soldats sont partis. talibans et civils.

            """
        try project.write("draft.txt", text)
        let report = try project.check("draft.txt", "--lang", "fr")
        #expect(report.stdout.hasPrefix("draft.txt:8:26: warning variant: 'talibans' starts a sentence, and takes a capital: 'Talibans'\n"))
        #expect(report.stdout.hasSuffix("1 finding (0 errors, 1 warning, 0 infos) in 1 file\n"))
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 1 finding in 1 file\n")
        #expect(try project.read("draft.txt") == text.replacingOccurrences(of: "partis. talibans", with: "partis. Talibans"))
    }

    /// List items (French lists after a colon take lower case), table cells and words after an
    /// ellipsis keep the writer's case; a name the words before make plural continues their
    /// phrase across a wrapped line, whatever its capital.
    @Test func listItemsEllipsesAndWrappedPluralsKeepTheirCase() throws {
        let text = """
            Trois acteurs dominent :
            - talibans, maîtres du pays ;
            - Talibans encore.
            | talibans | Talibans |
            Il a fui... talibans et soldats. Il a fui… talibans. Il a fui…
            talibans partout. Il a fui...
            talibans partout.
            Dimanche, des combattants
            Taliban sont entrés.

            """
        try project.write("draft.md", text)
        try project.write("words.txt", CheckFixtures.wordlist + "combattants\n")
        let findings = try Self.findings(try project.check("draft.md", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["found"]!) → \($0["suggestion"]!)" }
            == ["9:1 inconsistent Taliban → talibans", "9:1 variant Taliban → talibans"])
    }

    /// Initials after a noun qualify it ("les forces US" are "américaines"), and a spelling of
    /// the other language followed by a capitalised word is likely part of a longer name ("la
    /// Kabul Bank"): both are reported, with no replacement, and `--fix` leaves them; the longer
    /// name is an info, and no usage of the name ("Kabul" is not spelled two ways). A title
    /// before a person's name ("du département d'Etat Ned Price") is still put right.
    @Test func namesThatQualifyANounOrStartALongerOneAreLeftToTheWriter() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            united-states\t\ten\tadmitted\tUS\t\t\t\t
            state-department\torganization\t\t\t\t\t\t\t
            state-department\t\tfr\tpreferred\tdépartement d'État\t\t\t\t
            state-department\t\tfr\tdeprecated\tdépartement d'Etat\t\t\t\t
            state-department\t\ten\tpreferred\tState Department\t\t\t\t

            """)
        try project.write("words.txt", CheckFixtures.wordlist + "forces\nsont\nparties\nbanque\nporte-parole\ndu\n")
        let text = "Les forces US sont parties. La Kabul Bank et la banque de Kabul. Le porte-parole du département d'Etat Ned Price.\n"
        try project.write("draft.txt", text)
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        // A title-case headline capitalises every word: "Hérat After" is no longer name.
        try project.write("headline.txt", "Taliban Take Hérat After Weeklong Siege\n")
        #expect(try Self.findings(try project.check("headline.txt", "--lang", "en", "--format", "json"))
            .map { "\($0["found"]!) → \($0["suggestion"] ?? "-")" } == ["Hérat → Herat"])
        #expect(findings.filter { "\($0["rule"]!)" == "inconsistent" }.map { "\($0["found"]!)" } == [])
        #expect(findings.map { "\($0["found"]!) → \($0["suggestion"] ?? "-") \($0["severity"]!): \($0["message"]!)" } == [
            "US → - error: 'US' is the English spelling; French writes 'États-Unis'; after 'forces' it qualifies a noun: rewrite it by hand",
            "Kabul → - info: 'Kabul' is the English spelling; French writes 'Kaboul'; it may be part of a longer name ('Kabul Bank'): no replacement is offered",
            "Kabul → Kaboul error: 'Kabul' is the English spelling; French writes 'Kaboul'",
            "département d'Etat → département d'État warning: 'département d'Etat' is deprecated; the house spelling is 'département d'État'",
        ])
        _ = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(try project.read("draft.txt") == "Les forces US sont parties. La Kabul Bank et la banque de Kaboul. Le porte-parole du département d'État Ned Price.\n")
    }

    /// A capitalised word after a spelling of the other language that starts the next name is
    /// no longer name: "du Pentagon John Kirby" is two names, and the first is put right.
    @Test func aNameBesideTheNextIsNoLongerName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([("john-kirby", "person", "John Kirby", "John Kirby")]))
        try project.write("draft.txt", "Le porte-parole du Pentagon John Kirby a démenti.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["severity"]!) \($0["suggestion"] ?? "-")" } == ["wrong-language error Pentagone"])
    }

    /// A prefix joined by a hyphen leaves the number to the word before it: "les ex-Taliban"
    /// are "les ex-talibans", "un ex-taliban" stays one.
    @Test func aPrefixLeavesTheNumberToTheWordBefore() throws {
        try project.write("draft.txt", "Les ex-Taliban et les anti-taliban. Un ex-taliban.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 2 findings in 1 file\n")
        #expect(try project.read("draft.txt") == "Les ex-talibans et les anti-talibans. Un ex-taliban.\n")
    }

    /// A quantity and "de" make the name plural: "des milliers de taliban" wants "talibans";
    /// "de" alone does not ("la prise de taliban" is left to the writer).
    @Test func aQuantityAndDeMakeThePluralSlot() throws {
        try project.write("draft.txt", "Des milliers de taliban. Des centaines de Taliban. Trop de moudjahid. Un chef de taliban.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(run.stderr == "fixed 3 findings in 1 file\n")
        #expect(try project.read("draft.txt") == "Des milliers de talibans. Des centaines de talibans. Trop de moudjahidine. Un chef de taliban.\n")
    }

    /// In a headline in capitals, "IS" and "US" are the words, not the abbreviations; in a
    /// sentence they are the abbreviations.
    @Test func ordinaryWordsInCapitalsAreWordsInAHeadline() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            islamic-state\tgroup\t\t\t\t\t\t\t
            islamic-state\t\tfr\tpreferred\tÉtat islamique\t\t\t\t
            islamic-state\t\ten\tpreferred\tIslamic State\t\t\t\t
            islamic-state\t\ten\tadmitted\tIS\t\t\t\t
            us\tplace\t\t\t\t\t\t\t
            us\t\tfr\tpreferred\tÉtats-Unis d'Amérique\t\t\t\t
            us\t\ten\tpreferred\tUnited States of America\t\t\t\t
            us\t\ten\tadmitted\tUS\t\t\t\t

            """)
        try project.write("words.txt", CheckFixtures.wordlist + "us\nwhat\nleft\nfor\nfighters\n")
        try project.write("en.txt", "WHAT IS LEFT FOR US IN KABUL\nThe US and IS fighters.\n")
        let findings = try Self.findings(try project.check("en.txt", "--lang", "en", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!)" } == ["2:5 US", "2:12 IS"])
    }

    /// Words made from a name ("Qatari", "Kunduzi"), a word one letter from a short name
    /// ("Baden", not "Biden"), and an ordinary French word that English uses as a term
    /// ("national") are not names; a real variant still is.
    @Test func derivedWordsShortNamesAndOrdinaryWordsAreNotNames() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            qatar\tplace\t\t\t\t\t\t\t
            qatar\t\tfr\tpreferred\tQatar\t\t\t\t
            qatar\t\ten\tpreferred\tQatar\t\t\t\t
            joe-biden\tperson\t\t\t\t\t\t\t
            joe-biden\t\tfr\tpreferred\tJoe Biden\t\t\t\t
            joe-biden\t\tfr\tadmitted\tBiden\t\t\t\t
            joe-biden\t\ten\tpreferred\tJoe Biden\t\t\t\t
            joe-biden\t\ten\tadmitted\tBiden\t\t\t\t
            foreign-national\tterm\t\t\t\t\t\t\t
            foreign-national\t\tfr\tpreferred\tressortissant\tressortissants\t\t\t
            foreign-national\t\ten\tpreferred\tnational\tnationals\t\t\t
            kuwait\tplace\t\t\t\t\t\t\t
            kuwait\t\tfr\tpreferred\tKoweït\t\t\t\t
            kuwait\t\ten\tpreferred\tKuwait\t\t\t\t

            """)
        try project.write("words.txt", CheckFixtures.wordlist + "national\nhymne\nvit\nil\n")
        try project.write("fr.txt", "L'hymne national. Il vit à Baden, un Qatari de Kunduzi. Les Qataris et le président Biden au Koweit.\n")
        try project.write("en.txt", "Qatari officials met the Kuwayt envoy and Helmandi farmers in Baden.\n")
        func found(_ file: String, _ language: String) throws -> [String] {
            try Self.findings(try project.check(file, "--lang", language, "--format", "json")).map {
                "\($0["rule"]!) \($0["found"]!) → \($0["suggestion"] ?? "-")"
            }
        }
        #expect(try found("fr.txt", "fr") == ["variant Biden → Joe Biden", "variant Koweit → Koweït"])
        #expect(try found("en.txt", "en") == ["variant Kuwayt → Kuwait"])
    }

    /// Findings wait in a temporary file; without one the check stops before it starts.
    @Test func anUnwritableTemporaryFolderIsAOneLineError() throws {
        try project.write("draft.txt", "La prise de Herat.\n")
        let run = try Glossa.run(["check", "draft.txt", "--lang", "fr"], in: project.root,
                                 environment: ["TMPDIR": project.root.appendingPathComponent("missing").path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "glossa: error: \(project.root.appendingPathComponent("missing").path): cannot create a temporary file: No such file or directory; set TMPDIR to a writable folder\n")
    }

    /// The diff of a BOM and CR LF file, and of a file whose name holds a space, applies with
    /// patch and gives what --fix writes.
    @Test func diffOfACRLFFileAppliesWithPatch() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { return }
        let original = "\u{FEFF}Prise de Herat\r\nsans changement\r\npar les taliban\r\n"
        try project.write("draft.txt", original)
        try project.write("mon brouillon.txt", "Les taliban.\n")
        let diff = try project.check("draft.txt", "mon brouillon.txt", "--lang", "fr", "--diff")
        try project.write("fix.diff", diff.stdout)
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        patch.arguments = ["-p1", "--quiet", "-i", "fix.diff"]
        patch.currentDirectoryURL = project.root
        try patch.run()
        patch.waitUntilExit()
        #expect(patch.terminationStatus == 0)
        #expect(try Data(contentsOf: project.root.appendingPathComponent("draft.txt"))
                == Data("\u{FEFF}Prise de Hérat\r\nsans changement\r\npar les talibans\r\n".utf8))
        #expect(try project.read("mon brouillon.txt") == "Les talibans.\n")
    }

    /// Diffs come in report order, by file name, whatever order the files were given in.
    @Test func diffsOfSeveralFilesComeByFileName() throws {
        try project.write("b.txt", "La prise de Herat.\n")
        try project.write("a.txt", "Les taliban.\n")
        let run = try project.check("b.txt", "a.txt", "--lang", "fr", "--diff")
        #expect(run.status == 1)
        #expect(run.stdout == """
            --- a/a.txt
            +++ b/a.txt
            @@ -1,1 +1,1 @@
            -Les taliban.
            +Les talibans.
            --- a/b.txt
            +++ b/b.txt
            @@ -1,1 +1,1 @@
            -La prise de Herat.
            +La prise de Hérat.

            """)
    }

    @Test func diffShowsTheFixWithoutWriting() throws {
        try project.write("draft.txt", "un\ndeux\ntrois\nquatre\nLa prise de Herat.\nsix\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--diff")
        #expect(run.stdout == """
            --- a/draft.txt
            +++ b/draft.txt
            @@ -2,5 +2,5 @@
             deux
             trois
             quatre
            -La prise de Herat.
            +La prise de Hérat.
             six

            """)
        #expect(try project.read("draft.txt") == "un\ndeux\ntrois\nquatre\nLa prise de Herat.\nsix\n")
    }

    @Test func misspellingsAreFixedOnlyWhenAsked() throws {
        try project.write("draft.txt", "Ils livrent Ben Landen.\n")
        _ = try project.check("draft.txt", "--lang", "fr", "--fix")
        #expect(try project.read("draft.txt") == "Ils livrent Ben Landen.\n")
        _ = try project.check("draft.txt", "--lang", "fr", "--fix", "--fix-misspellings")
        #expect(try project.read("draft.txt") == "Ils livrent Ben Laden.\n")
    }

    /// A name of several words is misspelt word by word: a short word after it is not taken
    /// in (and deleted by the fix), and a shared first name does not make two names one.
    @Test func aMisspellingIsJudgedWordByWord() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([
            ("antony-blinken", "person", "Antony Blinken", "Antony Blinken"),
            ("mitch-mcconnell", "person", "Mitch McConnell", "Mitch McConnell"),
            ("john-kirby", "person", "John Kirby", "John Kirby"),
        ]))
        try project.write("draft.txt", "Anthony Blinken a dit non. Mitch McConel y a répondu. John Kerry a parlé.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let findings = (report["findings"] as! [[String: Any]]).map { [$0["rule"] as! String, $0["found"] as! String] }
        #expect(findings == [["misspelling", "Anthony Blinken"], ["misspelling", "Mitch McConel"]])
        // Letters in another order, and a name split in two, are still slips.
        // A letter more at the end makes no word of a name of several words ("Qatari" of "Qatar").
        try project.write("other.txt", "Le président Ashraf Ganhi a fui. Le sénateur Mitch Mc Connell a voté. Ashraf Ghanii aussi.\n")
        let other = try Self.findings(try project.check("other.txt", "--lang", "fr", "--format", "json"))
        #expect(other.map { "\($0["rule"]!) \($0["found"]!)" } == [
            "misspelling Ashraf Ganhi", "misspelling Mitch Mc Connell", "misspelling Ashraf Ghanii",
        ])
        _ = try project.check("draft.txt", "--lang", "fr", "--fix", "--fix-misspellings")
        #expect(try project.read("draft.txt") == "Antony Blinken a dit non. Mitch McConnell y a répondu. John Kerry a parlé.\n")
    }

    /// A capital on a term the glossary writes in lower case is a name's when a capitalised
    /// word follows ("the National Guard") or when it is a person's surname ("Mujahid said", the
    /// spokesman Zabihullah Mujahid); elsewhere it is still reported.
    @Test func aCapitalOnALowerCaseTermMayBeAName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([
            ("national", "term", "ressortissant", "national"),
            ("zabihullah-mujahid", "person", "Zabihullah Mujahid", "Zabihullah Mujahid"),
        ]))
        try project.write("draft.txt", """
            The National Guard flew out, said Zabihullah Mujahid. Later Mujahid said the National was wrong.
            Le porte-parole Mujahid a parlé.

            """)
        let en = try Self.findings(try project.check("draft.txt", "--lang", "en", "--format", "json"))
        #expect(en.map { "\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["found"]!)" } == ["1:78 variant National"])
        try project.write("fr.txt", "Le porte-parole Mujahid a parlé. Les Talibans aussi. Mujahid a insisté. Les Talibans Afghans.\n")
        let fr = try Self.findings(try project.check("fr.txt", "--lang", "fr", "--format", "json"))
        // French capitalises a name's first word only: a capital after it is no name's.
        #expect(fr.map { "\($0["rule"]!) \($0["found"]!)" } == ["variant Talibans", "variant Talibans"])
        // A sentence's first word that is no ordinary word is a name: "Helmand Province".
        try project.write("glossary/province.tsv", CheckFixtures.glossary([("province", "term", "province", "province")]))
        try project.write("en.txt", "Helmand Province fell. The Province fell.\n")
        let province = try Self.findings(try project.check("en.txt", "--lang", "en", "--format", "json"))
        #expect(province.map { "\($0["column"]!) \($0["found"]!)" } == ["28 Province"])
    }

    /// "The west" at a sentence's start is the direction, as "the west" is: only "the West"
    /// is the bloc. Of unlisted spellings as near, the one in the text's case is suggested.
    @Test func aSentencesCapitalIsNoNamesCapital() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            west\tgroup\t\t\t\t\t\t\t
            west\t\tfr\tpreferred\tl'Occident\t\t\t\t
            west\t\ten\tpreferred\tthe West\t\t\t\t
            al-qaeda\torganization\t\t\t\t\t\t\t
            al-qaeda\t\tfr\tpreferred\tAl-Qaïda\t\t\t\t
            al-qaeda\t\ten\tpreferred\tal-Qaeda\t\t\t\t
            al-qaeda\t\ten\tadmitted\tAl-Qaida\t\t\t\t
            al-qaeda\t\ten\tadmitted\tal-Qaida\t\t\t\t

            """)
        try project.write("en.txt", "The west of the country fell. The West said no. Fighters of al Qaida fled.\n")
        let findings = try Self.findings(try project.check("en.txt", "--lang", "en", "--format", "json"))
        #expect(findings.map { "\($0["found"]!) → \($0["suggestion"] ?? "-")" } == ["al Qaida → al-Qaida"])
    }

    /// Word lists hold names too ("Loyd", "Austen", "Ned"): a name of several words made of
    /// them is still a spelling of a glossary name, but one with a common word where the name
    /// has another ("Ned Rice") is someone else.
    @Test func namesInTheWordListStillMisspellAName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([
            ("lloyd-austin", "person", "Lloyd Austin", "Lloyd Austin"), ("ned-price", "person", "Ned Price", "Ned Price"),
            ("ismail-khan", "person", "Ismail Khan", "Ismail Khan"),
        ]))
        try project.write("words.txt", CheckFixtures.wordlist + "Loyd\nLloyd\nAustin\nAusten\nNed\nrice\nprice\nIsmael\nKhan\nsaid\n")
        try project.write("draft.txt", "Loyd Austin said no. Lloyd Austen said yes. Ned Rice said nothing. Ismael Khan said so.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "en", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["found"]!)" } == [
            "inconsistent Loyd Austin", "variant Loyd Austin", "inconsistent Lloyd Austen", "variant Lloyd Austen",
            "variant Ismael Khan",
        ])
    }

    /// A one-word spelling the glossary does not list, beside a capitalised word, is another
    /// name; alone, or at a sentence's start, it is still a variant.
    @Test func anUnlistedSpellingBesideACapitalisedWordIsAnotherName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([
            ("alamy", "organization", "Alamy", "Alamy"), ("qatar", "place", "Qatar", "Qatar"),
        ]))
        try project.write("draft.txt", "Le chercheur Mohammed Alami a publié. Katar Logistik a racheté Geodis. Une photo Alami. Katar a voté.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let findings = (report["findings"] as! [[String: Any]]).map { [$0["rule"] as! String, $0["found"] as! String, "\($0["column"]!)"] }
        #expect(findings == [["variant", "Alami", "82"], ["variant", "Katar", "89"]])
        // Only short names, whose variants come from the equivalences alone; a first name that
        // is no ordinary word counts at a sentence's start too.
        try project.write("long.txt", "Mohammed Alami signe. Près de Kandhar Airport.\n")
        let long = try Self.findings(try project.check("long.txt", "--lang", "fr", "--format", "json"))
        #expect(long.map { "\($0["rule"]!) \($0["found"]!)" } == ["variant Kandhar"])
    }

    /// In French a capitalised article that starts no sentence opens a name, whose next word
    /// keeps its capital ("le parti Les Républicains"); after "les", or at a sentence's start,
    /// the house spelling's lower case stands.
    @Test func aCapitalisedArticleOpensAFrenchName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([("republican", "group", "républicain", "Republican")]))
        try project.write("draft.txt", "Le parti Les Républicains vote. Les Républicains et les Républicains votent.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let findings = (report["findings"] as! [[String: Any]]).map { [$0["found"] as! String, "\($0["column"]!)", $0["suggestion"] as! String] }
        #expect(findings == [["Républicains", "37", "républicains"], ["Républicains", "57", "républicains"]])
    }

    /// An admitted short form after a first name is someone else's name; alone it is the
    /// concept's, reported as admitted until the full name has been written.
    @Test func aShortFormAfterAFirstNameIsSomeoneElse() throws {
        try project.write("glossary/extra.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            joe-biden\tperson\t\t\t\t\t\t\t
            joe-biden\t\tfr\tpreferred\tJoe Biden\t\t\t\t
            joe-biden\t\tfr\tadmitted\tBiden\t\t\t\t
            joe-biden\t\ten\tpreferred\tJoe Biden\t\t\t\t

            """)
        try project.write("words.txt", CheckFixtures.wordlist + "hier\nprésident\n")
        try project.write("draft.txt", "La Première dame Jill Biden est venue. Hunte Biden aussi. Hier Biden a parlé. Le Président Biden.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["column"]!) \($0["severity"]!) \($0["message"]!)" } == [
            "64 info 'Biden' is admitted; the house spelling is 'Joe Biden'",
            "92 info 'Biden' is admitted; the house spelling is 'Joe Biden'",
        ])
        // A first name the English word list holds ("Jill") is still a first name.
        try project.write("words.txt", CheckFixtures.wordlist + "Jill\nvisited\n")
        try project.write("jill.txt", "Jill Biden visited.\n")
        #expect(try Self.findings(try project.check("jill.txt", "--lang", "en", "--format", "json")).isEmpty)
        // After the full name, the short form is a second reference, as house style has it.
        try project.write("second.txt", "Biden est venu. Joe Biden a parlé. Puis Biden est parti.\n")
        let second = try Self.findings(try project.check("second.txt", "--lang", "fr", "--format", "json"))
        #expect(second.map { "\($0["column"]!) \($0["found"]!)" } == ["1 Biden"])
        // So is a person's title and surname, the glossary's "usual short form with title".
        try project.write("glossary/baradar.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            abdul-ghani-baradar\tperson\t\t\t\t\t\t\t
            abdul-ghani-baradar\t\tfr\tpreferred\tAbdul Ghani Baradar\t\t\t\t
            abdul-ghani-baradar\t\tfr\tadmitted\tmollah Baradar\t\t\t\t
            abdul-ghani-baradar\t\ten\tpreferred\tAbdul Ghani Baradar\t\t\t\t

            """)
        try project.write("title.txt", "Le mollah Baradar arrive. Abdul Ghani Baradar est rentré. Le mollah Baradar a parlé.\n")
        let title = try Self.findings(try project.check("title.txt", "--lang", "fr", "--format", "json"))
        #expect(title.map { "\($0["column"]!) \($0["rule"]!) \($0["severity"]!)" } == ["4 variant info"])
    }

    /// A soft hyphen only marks where a line may break: the name is written as listed.
    @Test func aSoftHyphenInANameIsNoVariant() throws {
        try project.write("draft.txt", "Retour à Kan\u{AD}dahar et à Kan\u{AD}dahr.\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["rule"]!) \($0["found"]!)" } == ["misspelling Kan\u{AD}dahr"])
    }

    @Test func markdownCodeIsSkipped() throws {
        try project.write("notes.md", """
            La prise de Herat.

            ```
            Herat dans un bloc de code
            ```

            Le mot `Herat` en code, et Kabul ici.

            """)
        let findings = try Self.findings(try project.check("notes.md", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!)" } == ["1:13 Herat", "7:28 Kabul"])
    }

    @Test func ignoreMarkerAndIgnoreFile() throws {
        try project.write("draft.txt", "Herat ici. <!-- glossa-ignore -->\nHerat là.\nKabul aussi.\nHerat ici. // GLOSSA-IGNORE\nHerat là. // glossa_ignore\n")
        try project.write(".glossa-ignore", "# The desk accepts Kabul in quotes.\nkabul\n")
        let findings = try Self.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { "\($0["line"]!) \($0["found"]!)" } == ["2 Herat", "5 Herat"])
    }

    @Test func corpusModeComparesFilesWithEachOther() throws {
        try project.write("a.txt", "Les talibans sont là.\n")
        try project.write("b.txt", "Les taliban sont là.\n")
        let perFile = try Self.findings(try project.check("a.txt", "b.txt", "--lang", "fr", "--format", "json"))
        #expect(perFile.map { "\($0["file"]!) \($0["rule"]!)" } == ["b.txt variant"])
        let corpus = try Self.findings(try project.check("a.txt", "b.txt", "--lang", "fr", "--corpus", "--format", "json"))
        #expect(corpus.map { "\($0["file"]!) \($0["rule"]!)" } == ["b.txt inconsistent", "b.txt variant"])
    }

    @Test func failOnSetsTheExitStatus() throws {
        try project.write("draft.txt", "Ghani est parti.\n")
        #expect(try project.check("draft.txt", "--lang", "fr").status == 0)
        let info = try project.check("draft.txt", "--lang", "fr", "--fail-on", "info")
        #expect(info.status == 1)
        #expect(info.stdout.hasPrefix("draft.txt:1:1: info variant: 'Ghani' is admitted; the house spelling is 'Ashraf Ghani'"))
    }

    @Test func foldersStandardInputAndDetectedLanguage() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("drafts/sub"), withIntermediateDirectories: true)
        try project.write("drafts/b.md", "The city of Kaboul.\n")
        try project.write("drafts/sub/a.txt", "La ville de Kabul.\n")
        try project.write("drafts/image.png", "Kabul")
        let folder = try project.check("drafts", "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) as! [String: Any]
        let files = (report["files"] as! [[String: Any]]).map { "\($0["file"]!) \($0["language"]!)" }
        #expect(files == ["drafts/b.md en", "drafts/sub/a.txt fr"])

        let stdin = try project.check("-", "--format", "json", stdin: "La prise de Herat par les talibans.")
        #expect(try Self.findings(stdin).map { "\($0["file"]!):\($0["line"]!):\($0["column"]!)" } == ["<stdin>:1:13"])
    }

    @Test func sarifForCodeScanning() throws {
        try project.write("draft.txt", "La prise de Herat.\n")
        let run = try project.check("draft.txt", "--lang", "fr", "--format", "sarif")
        let log = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(log["version"] as? String == "2.1.0")
        let sarifRun = (log["runs"] as! [[String: Any]])[0]
        let driver = (sarifRun["tool"] as! [String: Any])["driver"] as! [String: Any]
        #expect((driver["rules"] as! [[String: Any]]).map { $0["id"] as! String } == [
            "variant", "inconsistent", "wrong-language", "misspelling", "confusable", "missing-target-term",
        ])
        let result = (sarifRun["results"] as! [[String: Any]])[0]
        #expect(result["ruleId"] as? String == "variant")
        #expect(result["level"] as? String == "warning")
        let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
        #expect((location["artifactLocation"] as! [String: Any])["uri"] as? String == "draft.txt")
        let region = location["region"] as! [String: Any]
        #expect(region["startLine"] as? Int == 1)
        #expect(region["startColumn"] as? Int == 13)
        #expect(region["endColumn"] as? Int == 18)
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "Herat")
        let fix = (result["fixes"] as! [[String: Any]])[0]
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "Replace with 'Hérat'")
        let change = (fix["artifactChanges"] as! [[String: Any]])[0]
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "draft.txt")
        let replacement = (change["replacements"] as! [[String: Any]])[0]
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "Hérat")
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 1, "startColumn": 13, "endColumn": 18])
        #expect((result["message"] as? [String: Any])?["text"] as? String == "'Herat' is deprecated; the house spelling is 'Hérat'")
        #expect(result["ruleIndex"] as? Int == 0)
        #expect((sarifRun["invocations"] as! [[String: Any]]).map { $0["executionSuccessful"] as? Bool } == [true])

        // An absolute path is a file URI, percent-encoded.
        try project.write("a draft.txt", "La prise de Herat.\n")
        let absolute = project.root.appendingPathComponent("a draft.txt").path
        let absoluteRun = try project.check(absolute, "--lang", "fr", "--format", "sarif")
        #expect(absoluteRun.stdout.contains("\"uri\":\"file://\(absolute.replacingOccurrences(of: " ", with: "%20"))\""))
    }

    /// When no file could be read there is no report to give, only the errors.
    @Test func nothingReadIsNoReport() throws {
        let run = try project.check("missing.txt", "--lang", "fr")
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "glossa: error: missing.txt: no such file or folder\n")
        let json = try project.check("missing.txt", "--lang", "fr", "--format", "json")
        #expect(json.stdout == "{\"files\":[],\"findings\":[],\"input_errors\":[{\"file\":\"missing.txt\",\"message\":\"no such file or folder\"}],\"summary\":{\"errors\":0,\"files\":0,\"findings\":0,\"infos\":0,\"warnings\":0}}\n")
    }

    @Test func badInputsAreErrorsButOtherFilesAreChecked() throws {
        try project.write("good.txt", "La prise de Herat.\n")
        try Data([0x4B, 0x61, 0x00, 0x62]).write(to: project.root.appendingPathComponent("binary.txt"))
        try Data("ligne\nHerat \u{E9}".utf8 + [0xE9, 0x0A]).write(to: project.root.appendingPathComponent("latin.txt"))
        let run = try project.check("binary.txt", "missing.txt", "latin.txt", "good.txt", "--lang", "fr", "--format", "json")
        #expect(run.status == 2)
        #expect(run.stderr == """
            glossa: error: binary.txt: binary file (it contains NUL bytes); skipped
            glossa: error: missing.txt: no such file or folder
            glossa: error: latin.txt:2: invalid UTF-8; pass --encoding to name the file's encoding

            """)
        #expect(try Self.findings(run).map { $0["file"] as! String } == ["good.txt"])
        // The report says so too, for a reader of the JSON alone.
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((report["input_errors"] as! [[String: Any]]).map { "\($0["file"]!):\($0["line"] ?? "-"): \($0["message"]!)" } == [
            "binary.txt:-: binary file (it contains NUL bytes); skipped",
            "missing.txt:-: no such file or folder",
            "latin.txt:2: invalid UTF-8; pass --encoding to name the file's encoding",
        ])
        // And SARIF: an unsuccessful invocation, with a notification per file.
        let sarif = try project.check("binary.txt", "latin.txt", "good.txt", "--lang", "fr", "--format", "sarif")
        let invocation = (((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any])["runs"]
            as! [[String: Any]])[0]["invocations"] as! [[String: Any]])[0]
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = invocation["toolExecutionNotifications"] as! [[String: Any]]
        #expect(notifications.map { (($0["message"] as! [String: Any])["text"] as! String) }
                == ["binary file (it contains NUL bytes); skipped", "invalid UTF-8; pass --encoding to name the file's encoding"])
        let place = (notifications[1]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any]
        #expect((place["artifactLocation"] as! [String: Any])["uri"] as? String == "latin.txt")
        #expect((place["region"] as! [String: Any])["startLine"] as? Int == 2)

        try Data("La prise de Herat \u{E0} l'aube.".data(using: .isoLatin1)!).write(to: project.root.appendingPathComponent("latin.txt"))
        let latin = try project.check("latin.txt", "--lang", "fr", "--encoding", "latin1", "--format", "json")
        #expect(try Self.findings(latin).map { $0["found"] as! String } == ["Herat"])
    }

    /// UTF-16 used to be refused as binary: its ASCII characters carry zero bytes. Bytes an
    /// encoding cannot read are named by their line.
    @Test func otherEncodingsAreTranscodedAsTheyAreRead() throws {
        let text = "Une ligne.\r\nLa prise de Herat 🙂 à l'aube.\r\n"
        let littleEndian = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        try littleEndian.write(to: project.root.appendingPathComponent("le.txt"))
        try text.data(using: .utf16BigEndian)!.write(to: project.root.appendingPathComponent("be.txt"))
        for (file, encoding) in [("le.txt", "utf-16"), ("be.txt", "utf-16"), ("be.txt", "utf-16be")] {
            let run = try project.check(file, "--lang", "fr", "--encoding", encoding, "--format", "json")
            #expect(run.status == 1, "\(file) \(encoding): \(run.stderr)")
            let found = try Self.findings(run).map {
                "\($0["line"]!):\($0["column"]!) @\($0["byte_offset"]!) \($0["found"]!) → \($0["suggestion"]!)"
            }
            // Byte offsets count the transcoded UTF-8: "Une ligne.\r\n" and "La prise de ".
            #expect(found == ["2:13 @24 Herat → Hérat"], "\(file) \(encoding)")
        }

        // 0x81 is no character in windows-1252.
        try Data("ligne\nHerat ".utf8 + [0x81, 0x0A]).write(to: project.root.appendingPathComponent("cp.txt"))
        let cp = try project.check("cp.txt", "--lang", "fr", "--encoding", "windows-1252", "--format", "json")
        #expect(cp.status == 2)
        #expect(cp.stderr == "glossa: error: cp.txt:2: cannot decode as Western (Windows Latin 1)\n")

        // Read as UTF-8, a file with a UTF-16 mark is named for what it is; a mark against the
        // order given is an error, not a page of wrong characters.
        let asUTF8 = try project.check("le.txt", "--lang", "fr")
        #expect(asUTF8.status == 2)
        #expect(asUTF8.stderr == "glossa: error: le.txt: UTF-16 text (it starts with a byte order mark); pass --encoding utf-16\n")
        let withoutMark = try project.check("be.txt", "--lang", "fr")
        #expect(withoutMark.stderr == "glossa: error: be.txt: UTF-16 text without a byte order mark, by its zero bytes; pass --encoding utf-16\n")
        let contrary = try project.check("le.txt", "--lang", "fr", "--encoding", "utf-16be")
        #expect(contrary.status == 2)
        #expect(contrary.stderr == "glossa: error: le.txt:1: the byte order mark says UTF-16LE; pass --encoding utf-16\n")

        // A UTF-8 file with its BOM, read as Latin-1, is named for what it is: not "ï»¿Herat", "Ã©tÃ©".
        try Data([0xEF, 0xBB, 0xBF] + Array("Herat a été pris.\n".utf8)).write(to: project.root.appendingPathComponent("bom.txt"))
        let latin = try project.check("bom.txt", "--lang", "fr", "--encoding", "latin1")
        #expect(latin.status == 2)
        #expect(latin.stderr == "glossa: error: bom.txt: UTF-8 text (it starts with a UTF-8 byte order mark); drop --encoding\n")
        // So is one without a BOM whose accented letters are all UTF-8.
        try Data(Array("Herat a été pris.\n".utf8)).write(to: project.root.appendingPathComponent("utf8.txt"))
        let utf8 = try project.check("utf8.txt", "--lang", "fr", "--encoding", "windows-1252")
        #expect(utf8.status == 2)
        #expect(utf8.stderr == "glossa: error: utf8.txt: UTF-8 text (its accented letters are UTF-8); drop --encoding\n")

        try (littleEndian + Data([0x41])).write(to: project.root.appendingPathComponent("odd.txt"))
        let odd = try project.check("odd.txt", "--lang", "fr", "--encoding", "utf-16", "--format", "json")
        #expect(odd.status == 2)
        #expect(odd.stderr == "glossa: error: odd.txt:3: invalid UTF-16 (odd number of bytes)\n")
    }

    @Test(arguments: [
        (["check"], "glossa: error: give at least one file, folder, or - for standard input (see --help)\n"),
        (["check", "x.txt", "--lang", "de"], "glossa: error: unknown language code 'de'; use fr or en (see --help)\n"),
        (["check", "x.txt", "--fix", "--encoding", "latin1"], "glossa: error: --fix and --diff need UTF-8 input (see --help)\n"),
        (["check", "x.txt", "--diff", "--format", "json"], "glossa: error: --diff prints a unified diff, not a report; drop --format (see --help)\n"),
    ])
    func usageErrors(_ row: ([String], String)) throws {
        let run = try Glossa.run(row.0, in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr == row.1)
    }

    static func findings(_ run: GlossaRun) throws -> [[String: Any]] {
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return report?["findings"] as? [[String: Any]] ?? []
    }
}

/// Cases a first user met: possessives, initials, capitals, links, and targets that must
/// always be the house spelling.
@Suite final class CheckUserReportTests {
    let project: Project

    init() throws { project = try CheckFixtures.project() }
    deinit { project.remove() }

    private func found(_ arguments: String..., text: String) throws -> [String] {
        try project.write("draft.txt", text)
        let run = try Glossa.run(["check", "--wordlist", "words.txt", "draft.txt", "--format", "json"] + arguments, in: project.root)
        return try CheckEndToEndTests.findings(run).map { "\($0["rule"]!) \($0["found"]!) → \($0["suggestion"] ?? "-")" }
    }

    /// English capitalises a common noun inside a name ("the U.S. Embassy", "the Kabul
    /// Embassy"), though not after "the" alone; French does not
    /// ("l'Ambassade" is a capitals finding), and a group's name is no common noun.
    @Test func englishCommonNounsMayTakeTheCapitalOfAName() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([("embassy", "term", "ambassade", "embassy")]))
        #expect(try found("--lang", "en", text: "The Kabul Embassy closed, and the embassy staff left. Embassy staff stayed.\n").isEmpty)
        // A capital that no name before it explains is still reported.
        #expect(try found("--lang", "en", text: "They left the Embassy. The Embassy closed.\n")
            == ["variant Embassy → embassy", "variant Embassy → embassy"])
        #expect(try found("--lang", "fr", text: "L'Ambassade est fermée. Les taliban partent.\n")
            == ["variant Ambassade → ambassade", "variant taliban → talibans"])
    }

    /// English "a" and "an" follow the sound the replacement starts with; initials of four
    /// letters or more may be said as a word ("a NATO") or letter by letter: left as written.
    @Test func englishArticlesFollowTheReplacement() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.glossary([
            ("un", "organization", "ONU", "UN"), ("nato", "organization", "Otan", "NATO"),
            ("islamic-state", "group", "État islamique", "Islamic State"),
        ]))
        try project.write("draft.txt", "An ONU official said so. He saw an Otan convoy. A État islamique fighter died. An Hérat resident spoke. A Kaboul hotel.\n")
        let run = try project.check("draft.txt", "--lang", "en", "--fix")
        #expect(run.stderr == "fixed 5 findings in 1 file\n")
        #expect(try project.read("draft.txt")
            == "A UN official said so. He saw an NATO convoy. An Islamic State fighter died. A Herat resident spoke. A Kabul hotel.\n")
    }

    /// A spelling of the other language becomes the house spelling when that has the same key
    /// (the same name, romanised otherwise), not an admitted spelling that merely shares it.
    @Test func aForeignSpellingBecomesTheHouseOneWhenItIsTheSameName() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nben-laden\t\ten\tadmitted\tUsama bin Laden\t\t\t\t\n")
        #expect(try found("--lang", "en", text: "Oussama Ben Laden died.\n") == ["wrong-language Oussama Ben Laden → Osama bin Laden"])
    }

    /// A tally counts the case forms of a spelling together and quotes the house form when the
    /// text has it, whichever came first: the count then reads as the suggestion does.
    @Test func aTallyQuotesTheHouseFormOfItsSpelling() throws {
        try project.write("draft.txt", "Oussama ben Laden est mort. Oussama Ben Laden a fui. Oussama bin Laden aussi.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.filter { "\($0["rule"]!)" == "inconsistent" }.map { "\($0["message"]!)" }
            == ["ben-laden is spelled 2 ways: Oussama Ben Laden ×2, Oussama bin Laden ×1; use 'Oussama Ben Laden'"])
    }

    /// A French article and name left in English copy are reported, and left to the writer:
    /// "l'UN" would be neither language.
    @Test func frenchCopyLeftInEnglishIsReportedForRewriting() throws {
        #expect(try found("--lang", "en", text: "Officials at l'Hérat office said so.\n") == ["wrong-language Hérat → -"])
    }

    @Test func englishPossessivesAreNotPartOfTheName() throws {
        #expect(try found("--lang", "en", text: "The Taliban’s offensive reached Kaboul's outskirts and the Pentagon's gates.\n")
            == ["wrong-language Kaboul → Kabul"])
    }

    @Test func initialsAreNotShoutedIntoAHouseSpelling() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nunited-states\t\ten\tadmitted\tUS\t\t\t\t\n")
        #expect(try found("--lang", "en", "--fail-on", "info", text: "The US left.\n") == ["variant US → United States"])
        let fix = try Glossa.run(["check", "--wordlist", "words.txt", "draft.txt", "--lang", "en", "--fix"], in: project.root)
        #expect(fix.stderr == "fixed 0 findings in 0 files\n")
        #expect(try project.read("draft.txt") == "The US left.\n")
    }

    @Test func capitalsAreCheckedEvenOnHouseSpellings() throws {
        #expect(try found("--lang", "fr", text: "Selon les Talibans, LES ETATS-UNIS partent. Talibans et moudjahidine.\n") == [
            "variant Talibans → talibans",
            "variant ETATS-UNIS → ÉTATS-UNIS",
        ])
    }

    @Test func linksAndHashtagsAreNotRewritten() throws {
        #expect(try found("--lang", "fr", text: "Voir https://fr.wikipedia.org/wiki/Herat et #Kabul, puis [la ville](https://x.org/Kabul) de Herat.\n")
            == ["variant Herat → Hérat"])
    }

    @Test func inconsistentAlwaysPointsAtTheHouseSpelling() throws {
        #expect(try found("--lang", "fr", text: "Combats à Mazar-e Sharif, puis à Mazar-e-Sharif.\n").allSatisfy { $0.hasSuffix("→ Mazar-i-Sharif") })
    }

    /// "Ouia" has no consonant, so its key is empty: the name used to stop at "bin", and the
    /// fix for that shorter span wrote "Qachooukam bin Ouia Ouia".
    @Test func aNameMayEndOnAWordWithoutConsonants() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nqachooukam\tperson\t\t\t\t\t\t\t\nqachooukam\t\tfr\tpreferred\tQachooukam bin Ouia\t\t\t\t\nqachooukam\t\ten\tpreferred\tQachukam bin Uia\t\t\t\t\n")
        #expect(try found("--lang", "fr", text: "L'offensive de Qachooukam bin Ouia a échoué.\n") == [])
        #expect(try found("--lang", "fr", text: "L'offensive de Qachookam bin Ouia a échoué.\n")
            == ["variant Qachookam bin Ouia → Qachooukam bin Ouia"])
        let fix = try Glossa.run(["check", "--wordlist", "words.txt", "draft.txt", "--lang", "fr", "--fix"], in: project.root)
        #expect(fix.status == 0)
        #expect(try String(contentsOf: project.root.appendingPathComponent("draft.txt"), encoding: .utf8)
            == "L'offensive de Qachooukam bin Ouia a échoué.\n")
    }

    /// "U" and "Ou" have no key either, so no walk starts there: the name is found from
    /// "Thant" and takes the word before it in when the longer span is a spelling of it.
    @Test func aNameMayStartOnAWordWithoutConsonants() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nu-thant\tperson\t\t\t\t\t\t\t\nu-thant\t\tfr\tpreferred\tU Thant\t\t\t\t\nu-thant\t\tfr\tdeprecated\tOu Thant\t\t\t\t\nu-thant\t\ten\tpreferred\tU Thant\t\t\t\t\n")
        #expect(try found("--lang", "fr", text: "Le secrétaire général U Thant a parlé.\n") == [])
        #expect(try found("--lang", "fr", text: "Le secrétaire général Ou Thant a parlé.\n") == ["variant Ou Thant → U Thant"])
        // The span starts with the capital: the lower-case word after it does not limit the
        // walk to forms that start lower-case.
        #expect(try found("--lang", "fr", text: "Le secrétaire général Ou thant a parlé.\n") == ["variant Ou thant → U Thant"])
        // A capital vowel before a one-word name is no part of it.
        #expect(try found("--lang", "fr", text: "A Kaboul, les talibans. Y Herat ?\n") == ["variant Herat → Hérat"])
    }

    /// A quote, bracket or emphasis mark between the determiner and the name keeps the plural.
    @Test func aPluralDeterminerReachesAcrossOpeningMarks() throws {
        #expect(try found("--lang", "fr", text: "Les «taliban» et des (taliban). Les *taliban*, un « taliban ».\n")
            == ["variant taliban → talibans", "variant taliban → talibans", "variant taliban → talibans"])
    }

    /// "taliban se" is not "talibans", and neither is it in a headline: `--fix` used to write
    /// "LES TALIBANS MÉFIENT" and "LE TALIBANS RETIRE".
    @Test func aNameDoesNotEndOnAnOrdinaryWordInCapitals() throws {
        #expect(try found("--lang", "fr", text: "LES TALIBAN SE MÉFIENT.\nLE TALIBAN SE RETIRE.\nLes taliban se retirent.\n")
            == ["variant TALIBAN → TALIBANS", "variant taliban → talibans"])
        // Unless a spelling of the name ends on that word.
        try project.write("words.txt", CheckFixtures.wordlist + "unis\nretirent\n")
        #expect(try found("--lang", "fr", text: "LES ETATS UNIS SE RETIRENT.\nLes Etats Unis se retirent.\n")
            == ["variant ETATS UNIS → ÉTATS-UNIS", "variant Etats Unis → États-Unis"])
    }

    /// Names with a key of three consonants ("Kaboul": kbl) had no misspellings at all; now a
    /// slip of the keyboard in them is one, and other near words ("Kabel", "Herta") are not.
    @Test func slipsInShortNamesAreMisspellings() throws {
        #expect(try found("--lang", "fr", text: "Selon Kaboull et Kabboul, puis Kaobul. Heratt. Kabel. Herta. Kabour.\n")
            == ["misspelling Kaboull → Kaboul", "misspelling Kabboul → Kaboul", "misspelling Kaobul → Kaboul",
                "misspelling Heratt → Hérat"])
    }

    /// `/dev/null` is an empty word list, not an unreadable file; a missing list is an error.
    @Test func theWordListMayBeADevice() throws {
        try project.write("draft.txt", "Les taliban à Herat.\n")
        let empty = try Glossa.run(["check", "--wordlist", "/dev/null", "draft.txt", "--lang", "fr"], in: project.root)
        #expect(empty.status == 1)
        #expect(empty.stdout.hasSuffix("2 findings (0 errors, 2 warnings, 0 infos) in 1 file\n"))
        let missing = try Glossa.run(["check", "--wordlist", "none.txt", "draft.txt", "--lang", "fr"], in: project.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "glossa: error: none.txt: cannot read the word list: No such file or directory\n")
        // So is an empty ignore list.
        let ignore = try Glossa.run(["check", "--ignore-file", "/dev/null", "draft.txt", "--lang", "fr"], in: project.root)
        #expect(ignore.status == 1)
        #expect(ignore.stderr == "")
    }

    /// An ignore list saved with a BOM (as Windows editors do) silences its first entry too,
    /// in any case (a dateline's "HERAT"); one that is not UTF-8 is an error naming its line,
    /// and nothing is checked.
    @Test func theIgnoreListMayStartWithABOM() throws {
        try project.write("draft.txt", "HERAT (AFP) - Les taliban à Herat.\n")
        try Data([0xEF, 0xBB, 0xBF] + Array("Herat\r\ntaliban\r\n".utf8)).write(to: project.root.appendingPathComponent("bom.list"))
        let run = try project.check("draft.txt", "--lang", "fr", "--ignore-file", "bom.list")
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("no findings in 1 file\n"))
        try Data(Array("Herat\n".utf8) + [0xE9, 0x0A]).write(to: project.root.appendingPathComponent("latin1.list"))
        let invalid = try project.check("draft.txt", "--lang", "fr", "--ignore-file", "latin1.list")
        #expect(invalid.status == 2)
        #expect(invalid.stderr == "glossa: error: latin1.list:2: invalid UTF-8; save the file as UTF-8\n")
        #expect(invalid.stdout == "")
    }

    /// A slip in an admitted spelling is put right to that spelling; a title the house name
    /// would replace leaves its article to the writer ("le mollah Baradar" is not
    /// "l'Abdul Ghani Baradar").
    @Test func aSlipInAnAdmittedSpellingKeepsIt() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nbaradar\tperson\t\t\t\t\t\t\t\nbaradar\t\tfr\tpreferred\tAbdul Ghani Baradar\t\t\t\t\nbaradar\t\tfr\tadmitted\tmollah Baradar\t\t\t\t\nbaradar\t\ten\tpreferred\tAbdul Ghani Baradar\t\t\t\t\nbaradar\t\ten\tadmitted\tMullah Baradar\t\t\t\t\nalikhan\tperson\t\t\t\t\t\t\t\nalikhan\t\tfr\tpreferred\tAli Khan\t\t\t\t\nalikhan\t\ten\tpreferred\tAli Khan\t\t\t\t\nomar\tperson\t\t\t\t\t\t\t\nomar\t\tfr\tpreferred\tMohammad Omar\t\t\t\t\nomar\t\ten\tpreferred\tMohammad Omar\t\t\t\t\nomar\t\ten\tadmitted\tMullah Omar\t\t\t\t\n")
        // A title and surname is a short form, a second reference, never counted as a spelling.
        try project.write("words.txt", CheckFixtures.wordlist + "ce\n")
        let slip = try found("--lang", "fr", "--fail-on", "info", text: "Le mollah Barader parle au mollah Baradar.\n")
        #expect(slip == ["variant mollah Barader → mollah Baradar", "variant mollah Baradar → -"])
        let fix = try Glossa.run(["check", "--wordlist", "words.txt", "draft.txt", "--lang", "fr", "--fix"], in: project.root)
        #expect(fix.stderr.hasPrefix("fixed 1 finding in 1 file\n"))
        #expect(try project.read("draft.txt") == "Le mollah Baradar parle au mollah Baradar.\n")
        // The English title form in French is the French one with the same key, when the
        // glossary has it; the article stays.
        let twice = try found("--lang", "fr", text: "Le Mullah Baradar parle. Ce Mullah Baradar parle.\n")
        #expect(twice == ["wrong-language Mullah Baradar → mollah Baradar", "wrong-language Mullah Baradar → mollah Baradar"])
        // Beside the house spelling it is no inconsistency either: the short form is house style.
        let beside = try found("--lang", "fr", text: "Le Mullah Baradar parle. Abdul Ghani Baradar répond.\n")
        #expect(beside == ["wrong-language Mullah Baradar → mollah Baradar"])
        // Else a person's name takes no article: one before it belongs to a title, even a
        // capitalised one, and is left to the writer.
        #expect(try found("--lang", "fr", text: "Le Mullah Omar parle.\n") == ["wrong-language Mullah Omar → -"])
        // The same first name in another spelling is no title: the article is elided as usual.
        #expect(try found("--lang", "fr", text: "Le discours de Abdoul Ghani Baradar. Le fils de Aly Khan.\n")
            == ["variant de Abdoul Ghani Baradar → d'Abdul Ghani Baradar", "variant de Aly Khan → d'Ali Khan"])
    }

    /// Only a variant of an admitted spelling is put right to it: an accent slip in the house
    /// spelling was said to be one of "an admitted spelling" (a `where` on the second pattern only).
    @Test func anAccentVariantOfTheHouseSpellingIsNamedAsSuch() throws {
        try project.write("draft.txt", "La prise de Hèrat.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(findings.map { $0["message"] as! String } == ["'Hèrat' is a variant of 'Hérat', the house spelling"])
    }

    /// Capitals inside a name are the name's: "Mazar-I-Sharif" is reported, a headline's
    /// capitals are not, in capitals or in title case.
    @Test func capitalsInsideANameAreTheHouses() throws {
        #expect(try found("--lang", "fr", text: "La prise de Mazar-I-Sharif. MAZAR-I-SHARIF TOMBE. Mazar-i-Sharif.\n")
            == ["variant Mazar-I-Sharif → Mazar-i-Sharif"])
        #expect(try found("--lang", "en", text: "Taliban Fighters Enter Mazar-I-Sharif\n\nThey entered Mazar-I-Sharif today.\n")
            == ["variant Mazar-I-Sharif → Mazar-i-Sharif"])
    }

    /// In a title-case headline a replacement takes the headline's capitals: "Kabul Airport",
    /// not "Kabul airport"; in running text, the house spelling's.
    @Test func aTitleCaseHeadlinesReplacementIsInTitleCase() throws {
        try project.write("glossary/extra.tsv", CheckFixtures.articleGlossary)
        let findings = try found("--lang", "en", text: "Taliban Seize Kaboul Airport as Evacuations Continue\n\nCrowds reached Kaboul Airport.\n")
        #expect(findings == ["variant Kaboul Airport → Kabul Airport", "variant Kaboul Airport → Kabul airport"])
    }

    /// Initials with full stops ("U.S.") are found with their last full stop; a replacement
    /// keeps one where it also ends the sentence.
    @Test func initialsWithFullStopsAreNames() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nunited-states\t\ten\tadmitted\tU.S.\t\t\t\t\n")
        #expect(try found("--lang", "en", "--fail-on", "info", text: "The U.S. said no.\n") == ["variant U.S. → United States"])
        try project.write("draft.txt", "Les U.S. ont parlé. Ils sont partis aux U.S.\nEt puis aux U.S., aux U.S. (hier), « aux U.S. » et aux U.S. Ils partent.\n")
        #expect(try project.check("draft.txt", "--lang", "fr", "--fix").status == 0)
        #expect(try project.read("draft.txt")
            == "Les États-Unis ont parlé. Ils sont partis aux États-Unis.\nEt puis aux États-Unis, aux États-Unis (hier), « aux États-Unis » et aux États-Unis. Ils partent.\n")
        // The full stop of initials ends no sentence: the word after it takes no capital.
        #expect(try found("--lang", "fr", text: "Des U.S. taliban.\n") == ["wrong-language U.S. → États-Unis"])
        // In a translation, "U.S." translates "États-Unis".
        try project.write("fr.txt", "Les États-Unis ont parlé.\n")
        try project.write("en.txt", "The U.S. spoke.\n")
        #expect(try CheckEndToEndTests.findings(try project.check("--source", "fr.txt", "--target", "en.txt", "--format", "json"))
            .map { "\($0["rule"]!) \($0["found"]!)" } == ["variant U.S."])
    }

    /// A lower-case first word that the replacement starts with too, in another case, is no
    /// title: the article before it is elided as usual.
    @Test func aLowerCaseParticleIsNoTitle() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nal-qaeda\torganization\t\t\t\t\t\t\t\nal-qaeda\t\tfr\tpreferred\tAl-Qaïda\t\t\t\t\nal-qaeda\t\ten\tpreferred\tal-Qaeda\t\t\t\t\n")
        #expect(try found("--lang", "fr", text: "Les combattants d'al-Qaeda et ceux de al-Qaeda.\n")
            == ["wrong-language al-Qaeda → Al-Qaïda", "wrong-language de al-Qaeda → d'Al-Qaïda"])
        // In lower case, the French spelling in English: English writes the name in lower case too.
        #expect(try found("--lang", "en", text: "An al-Qaïda cell was found.\n") == ["wrong-language al-Qaïda → al-Qaeda"])
        // A deprecated spelling in lower case that is no ordinary word is still the name.
        try project.write("glossary/more.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\ntaliban\t\ten\tdeprecated\tTaleban\t\t\t\t\n")
        #expect(try found("--lang", "en", text: "Fighters loyal to the taleban.\n") == ["variant taleban → Taliban"])
    }

    /// A tally is quoted as first written, but not in the capitals of a dateline when the
    /// text writes it otherwise too.
    @Test func aTallyIsNotQuotedInADatelinesCapitals() throws {
        try project.write("draft.txt", "KABUL, Aug 15 - Kaboul fell.\nKabul is calm and Kabul is big.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("draft.txt", "--lang", "en", "--format", "json"))
        #expect(findings.filter { $0["rule"] as? String == "inconsistent" }.map { $0["message"] as! String }
            == ["kabul is spelled 2 ways: Kabul ×3, Kaboul ×1; use 'Kabul'"])
        // Only ever in capitals, the house spelling is quoted as the house writes it.
        try project.write("draft.txt", "HÉRAT (AFP) - Les talibans ont pris Herat.\n")
        let dateline = try CheckEndToEndTests.findings(try project.check("draft.txt", "--lang", "fr", "--format", "json"))
        #expect(dateline.filter { $0["rule"] as? String == "inconsistent" }.map { $0["message"] as! String }
            == ["herat is spelled 2 ways: Herat ×1, Hérat ×1; use 'Hérat'"])
    }

    /// A listed spelling that differs from the house one only in case within the word is
    /// reported as what it is listed as; one in capitals may be a headline's.
    @Test func aListedCaseVariantIsReported() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nnato\torganization\t\t\t\t\t\t\t\nnato\t\tfr\tpreferred\tOtan\t\t\t\t\nnato\t\tfr\tadmitted\tOTAN\t\t\t\t\nnato\t\ten\tpreferred\tNATO\t\t\t\t\nnato\t\ten\tdeprecated\tNato\t\t\t\t\n")
        #expect(try found("--lang", "en", text: "NATO met. Nato said no. NATO agreed.\n") == ["variant Nato → NATO"])
        #expect(try found("--lang", "fr", "--fail-on", "info", text: "L'Otan et l'OTAN.\n") == [])
    }

    /// A listed spelling that is the other language's: an accent put in ("Hérat" in English) is
    /// that language's spelling, an error; an accent left out ("Herat" in French) a slip, a variant.
    @Test func anAccentPutInIsTheOtherLanguagesSpelling() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nherat\t\ten\tdeprecated\tHérat\t\t\t\t\n")
        #expect(try found("--lang", "en", text: "The fall of Hérat.\n") == ["wrong-language Hérat → Herat"])
        #expect(try found("--lang", "fr", text: "La prise de Herat.\n") == ["variant Herat → Hérat"])
    }

    /// A plural the glossary does not list, made from an admitted spelling, is no suggestion:
    /// "Mujahideens" used to become "mujahedeens".
    @Test func aMadePluralOfAnAdmittedSpellingIsNoSuggestion() throws {
        // The check glossary's mujahid, with an admitted English spelling that has no plural listed.
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nmujahid\t\ten\tadmitted\tmujahedeen\t\t\t\t\n")
        #expect(try found("--lang", "en", text: "The Mujahideens came.\n") == ["variant Mujahideens → mujahideen"])
    }

    @Test func lowerCaseWordsAreNotCapitalisedNames() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\namericans\tgroup\t\t\t\t\t\t\t\namericans\t\tfr\tpreferred\tAméricains\t\t\t\t\namericans\t\ten\tpreferred\tAmericans\t\t\t\t\n")
        #expect(try found("--lang", "fr", text: "Les soldats américains et les Américains.\n") == [])
        // Names that start lower-case are still found in lower case, alone and over several words.
        try project.write("glossary/lower.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nshabab\torganization\t\t\t\t\t\t\t\nshabab\t\tfr\tpreferred\tal-Chabab\t\t\t\t\nshabab\t\ten\tpreferred\tal-Shabaab\t\t\t\t\nomar\tperson\t\t\t\t\t\t\t\nomar\t\tfr\tpreferred\tmollah Omar\t\t\t\t\nomar\t\ten\tpreferred\tMullah Omar\t\t\t\t\n")
        #expect(try found("--lang", "fr", text: "Les chefs d'al Shabaab et le mollah Omarr.\n")
            == ["variant al Shabaab → al-Chabab", "variant mollah Omarr → mollah Omar"])
    }
}

@Suite final class HugeInputTests {
    let project: Project

    init() throws { project = try CheckFixtures.project() }
    deinit { project.remove() }

    /// A 10 MB file that is one single line (chunks end at line breaks, so it is read as one
    /// chunk): checked, with the finding at its exact column.
    @Test func tenMegabyteSingleLine() throws {
        let filler = String(repeating: "la ville et le pays ", count: 500_000)
        try project.write("line.txt", filler + "Herat.")
        let run = try project.check("line.txt", "--lang", "fr", "--format", "json")
        #expect(run.status == 1)
        let findings = try CheckEndToEndTests.findings(run)
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!)" } == ["1:\(filler.count + 1) Herat"])
    }

    /// A line over 2 MB is cut after a space: the word after the cut is inside the sentence,
    /// and takes no capital ("Les Talibans" appeared at each cut, and `--fix` wrote it).
    @Test func aCutInALongLineStartsNoSentence() throws {
        try project.write("line.txt", String(repeating: "talibans ", count: 400_000) + "talibans.\n")
        let run = try project.check("line.txt", "--lang", "fr", "--format", "json")
        let findings = try CheckEndToEndTests.findings(run)
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["found"]!) → \($0["suggestion"]!)" } == ["1:1 talibans → Talibans"])
    }
}
