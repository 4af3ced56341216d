import Foundation
import Testing

@Suite final class BilingualCheckTests {
    let project: Project

    init() throws { project = try CheckFixtures.project() }
    deinit { project.remove() }

    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
        <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr-FR" datatype="plaintext"/>
        <body>
        <tu tuid="a1"><tuv xml:lang="fr-FR"><seg>Les talibans ont pris Hérat.</seg></tuv><tuv xml:lang="en-GB"><seg>The Taliban took the city.</seg></tuv></tu>
        <tu tuid="a2"><tuv xml:lang="fr-FR"><seg>Le Pentagone et d’Herat.</seg></tuv><tuv xml:lang="en-GB"><seg>The Pentagon and Herat.</seg></tuv></tu>
        <tu tuid="a3"><tuv xml:lang="fr-FR"><seg>Retour à Kaboul.</seg></tuv><tuv xml:lang="en-GB"><seg>Back to Kaboul.</seg></tuv></tu>
        </body></tmx>

        """

    @Test func tmxReportsMissingTargetTermsPerUnit() throws {
        try project.write("memory.tmx", Self.tmx)
        let run = try project.check("memory.tmx", "--format", "json")
        #expect(run.status == 1)
        let findings = try CheckEndToEndTests.findings(run)
        #expect(findings.map { "\($0["line"]!) \($0["segment"]!) \($0["found"]!) → \($0["suggestion"]!) \($0["rule"]!)" } == [
            "5 a1 Hérat → Herat missing-target-term",
            "7 a3 Kaboul → Kabul missing-target-term",
        ])
        // The unit's line, from its start: the name's column in the XML is not known.
        let lineStart = Self.tmx.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(4).reduce(0) { $0 + $1.count + 1 }
        #expect(findings[0]["byte_offset"] as? Int == lineStart)
        #expect(findings[0]["column"] as? Int == 1)
        #expect(findings[0]["at_unit"] as? Bool == true)
        // In SARIF the suggestion is in the message, never a fix: it belongs in the target, and
        // the place is in the source (or in the XML).
        let sarif = try project.check("memory.tmx", "--format", "sarif")
        let results = ((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any])["runs"]
            as! [[String: Any]])[0]["results"] as! [[String: Any]]
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0["fixes"] == nil })
        // The whole line, no columns: they would mark the XML's markup.
        let region = (((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])
        #expect(region.keys.sorted() == ["startLine"])
        #expect(region["startLine"] as? Int == 5)
        // --fix leaves a translation memory alone, and says so.
        let fixed = try project.check("memory.tmx", "--fix")
        #expect(fixed.stderr.hasPrefix("glossa: note: bilingual files are checked, never fixed: memory.tmx\n"))
        #expect(try project.read("memory.tmx") == Self.tmx)
    }

    /// A unit without the target language is no translation to check, but the reviewer hears
    /// that it was left out.
    @Test func unitsWithoutThePairAreCountedInANote() throws {
        try project.write("memory.tmx", Self.tmx.replacingOccurrences(
            of: "<tu tuid=\"a3\">",
            with: "<tu tuid=\"a0\"><tuv xml:lang=\"fr-FR\"><seg>Les talibans à Kaboul.</seg></tuv></tu>\n<tu tuid=\"a3\">"))
        let run = try project.check("memory.tmx", "--format", "json")
        #expect(run.status == 1)
        #expect(run.stderr == "glossa: note: memory.tmx: 1 unit without both fr-FR and en-GB text, or not to translate, was not checked\n")
        #expect(try CheckEndToEndTests.findings(run).count == 2)
    }

    /// A glossary may list the French spelling as deprecated in English ("Kaboul"): left in an
    /// English target, it is a translation in the wrong language, reported in the target file.
    @Test func aSourceSpellingListedInTheTargetLanguageIsReportedThere() throws {
        try project.write("glossary/news.tsv", CheckFixtures.glossary.replacingOccurrences(
            of: "kabul\t\ten\tpreferred\tKabul\t\t\t\t\n",
            with: "kabul\t\ten\tpreferred\tKabul\t\t\t\t\nkabul\t\ten\tdeprecated\tKaboul\t\t\t\t\nkabul\t\ten\tdeprecated\tCaboul\t\t\t\t\n"))
        try project.write("fr.txt", "Ashraf Ghani a fui Kaboul.\nRetour à Kaboul.\n")
        try project.write("en.txt", "Ashraf Ghani fled Kaboul.\nBack to Caboul.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("--source", "fr.txt", "--target", "en.txt", "--format", "json"))
        // "Caboul" is an English spelling, deprecated: a variant problem, not a missing term.
        #expect(findings.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["segment"]!) \($0["found"]!) → \($0["suggestion"]!)" }
            == ["en.txt:1:19 wrong-language 1 Kaboul → Kabul", "en.txt:2:9 variant 2 Caboul → Kabul"])
    }

    @Test func xliffTwoIsRead() throws {
        try project.write("job.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
             <file id="f1">
              <unit id="u1">
               <segment><source>Le Pentagone a parlé.</source><target>The ministry spoke.</target></segment>
              </unit>
             </file>
            </xliff>

            """)
        let findings = try CheckEndToEndTests.findings(try project.check("job.xlf", "--format", "json"))
        #expect(findings.map { "\($0["segment"]!) \($0["found"]!) → \($0["suggestion"]!)" } == ["u1 Pentagone → Pentagon"])
    }

    /// In XLIFF 2, whose units may hold several segments, a finding is at the line where its
    /// `<segment>` tag begins, and names it "unit/segment", by the unit alone when its first
    /// segment has no id, and by its position in the unit when a later one has none; a unit
    /// without an id is named by its position.
    @Test func xliffTwoFindingsAreAtTheirSegment() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
             <file id="f1">
              <unit id="1">
               <segment id="1-1"><source>Le Pentagone a parlé.</source><target>The ministry spoke.</target></segment>
               <segment
                 id="1-2"><source>Retour à Kaboul.</source><target>Back home.</target></segment>
               <segment><source>Les talibans ont pris Hérat.</source><target>The Taliban took the city.</target></segment>
              </unit>
              <unit><segment id="s"><source>Les talibans.</source><target>They left.</target></segment></unit>
             </file>
            </xliff>

            """
        try project.write("job.xlf", text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func start(_ line: Int) -> Int { lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } }
        let findings = try CheckEndToEndTests.findings(try project.check("job.xlf", "--format", "json"))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) @\($0["byte_offset"]!) \($0["segment"]!) \($0["found"]!)" } == [
            "5:1 @\(start(5)) 1/1-1 Pentagone", "6:1 @\(start(6)) 1/1-2 Kaboul", "8:1 @\(start(8)) 1/3 Hérat", "10:1 @\(start(10)) 2/s talibans",
        ])
    }

    @Test func alignedPlainFiles() throws {
        try project.write("fr.txt", "Les talibans ont pris Hérat.\nLe Pentagone.\n")
        try project.write("en.txt", "The Taliban took Herat.\nThe ministry.\n")
        let run = try project.check("--source", "fr.txt", "--target", "en.txt")
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("""
            fr.txt:2:4: error missing-target-term: 'Pentagone' (pentagon) is not translated in the target; expected 'Pentagon' [segment 2]
                Le Pentagone.
                   ^^^^^^^^^

            """))
        // A BOM counts in byte offsets, as in a monolingual check: they are offsets into the file.
        try project.write("bom.txt", "\u{FEFF}Le Pentagone.\nLes talibans.\n")
        let bom = try CheckEndToEndTests.findings(try project.check("--source", "bom.txt", "--target", "en.txt", "--format", "json"))
        #expect(bom.map { "\($0["line"]!):\($0["column"]!) @\($0["byte_offset"]!) \($0["found"]!)" } == ["1:4 @6 Pentagone", "2:5 @21 talibans"])
        try project.write("en.txt", "The Taliban took Herat.\n")
        let misaligned = try project.check("--source", "fr.txt", "--target", "en.txt")
        #expect(misaligned.status == 2)
        #expect(misaligned.stderr == "glossa: error: en.txt: 1 line, but fr.txt has 2; the files must be aligned line by line\n")
    }

    /// Findings placed at one unit come in the order of the names in the segment: the source's
    /// first, then the target's.
    @Test func findingsAtOneUnitComeInTextOrder() throws {
        try project.write("memory.tmx", """
            <tmx version="1.4"><header srclang="fr"/><body>
            <tu tuid="t1"><tuv xml:lang="fr"><seg>Le Pentagone, Kaboul et Hérat.</seg></tuv><tuv xml:lang="en"><seg>They left.</seg></tuv></tu>
            </body></tmx>

            """)
        let findings = try CheckEndToEndTests.findings(try project.check("memory.tmx", "--format", "json"))
        #expect(findings.map { $0["found"] as! String } == ["Pentagone", "Kaboul", "Hérat"])
        try project.write("memory.tmx", """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu tuid="t1"><tuv xml:lang="en"><seg>The Pentagon and the Taliban took Herat and Kabul.</seg></tuv><tuv xml:lang="fr"><seg>Les Taliban ont pris Herat.</seg></tuv></tu>
            </body></tmx>

            """)
        let both = try CheckEndToEndTests.findings(try project.check("memory.tmx", "--format", "json"))
        #expect(both.map { "\($0["rule"]!) \($0["found"]!)" }
            == ["missing-target-term Pentagon", "missing-target-term Kabul", "variant Taliban", "variant Herat"])
    }

    /// The excerpt under a finding in a memory is the name's line of the segment, cut as a
    /// draft's is: no line break from a multi-line segment, no paragraph-long line.
    @Test func aUnitsExcerptIsTheNamesLineCut() throws {
        try project.write("memory.tmx", """
            <tmx version="1.4"><header srclang="fr"/><body>
            <tu tuid="t1"><tuv xml:lang="fr"><seg><![CDATA[Une très longue phrase qui parle de beaucoup de choses avant d'arriver enfin au Pentagone,
            puis à Kaboul.]]></seg></tuv><tuv xml:lang="en"><seg>They left.</seg></tuv></tu>
            </body></tmx>

            """)
        let run = try project.check("memory.tmx")
        #expect(run.stdout.hasPrefix("""
            memory.tmx:2:1: error missing-target-term: 'Pentagone' (pentagon) is not translated in the target; expected 'Pentagon' [segment t1]
                …le de beaucoup de choses avant d'arriver enfin au Pentagone,
                                                                   ^^^^^^^^^
            memory.tmx:2:1: error missing-target-term: 'Kaboul' (kabul) is not translated in the target; expected 'Kabul' [segment t1]
                puis à Kaboul.
                       ^^^^^^

            """))
    }

    /// The files of a pair are read as drafts are: in the encoding given, UTF-16 named.
    @Test func aPairIsReadInItsEncoding() throws {
        try project.write("en.txt", "The Taliban took Herat.\n")
        try "Les talibans ont pris H\u{E9}rat et Herat.\n".data(using: .isoLatin1)!.write(to: project.root.appendingPathComponent("fr.txt"))
        let latin = try CheckEndToEndTests.findings(try project.check("--source", "en.txt", "--target", "fr.txt", "--encoding", "latin1", "--format", "json"))
        #expect(latin.map { "\($0["file"]!):\($0["column"]!) \($0["found"]!)" } == ["fr.txt:32 Herat"])
        try "Les talibans ont pris Hérat et Herat.\n".data(using: .utf16)!.write(to: project.root.appendingPathComponent("fr.txt"))
        let utf16 = try project.check("--source", "en.txt", "--target", "fr.txt")
        #expect(utf16.status == 2)
        #expect(utf16.stderr.hasPrefix("glossa: error: fr.txt: UTF-16 text"))
    }

    /// A source term that is also an ordinary word of the language, in lower case, may be the
    /// word: its missing translation is an info. A capitalised concept is not named by
    /// lower-case text ("the west of the country" is no "the West").
    /// Byte offsets count the text's bytes in UTF-8, as a draft's do: in a UTF-16 file, with
    /// or without a BOM, in either byte order, those of the UTF-8 it is read as.
    @Test func offsetsInAUTF16FileCountItsTextInUTF8() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-16"?>
            <xliff version="1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="dépêche"><body>
            <trans-unit id="1"><source>Les talibans à Hérat.</source><target>The Taliban left.</target></trans-unit>
            <trans-unit id="2"><source>Le Pentagone.</source><target>The ministry.</target></trans-unit>
            </body></file></xliff>

            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = [3, 4].map { line in lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } }
        let files = [
            "le-bom.xlf": Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!,
            "le.xlf": text.data(using: .utf16LittleEndian)!,
            "be-bom.xlf": Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!,
        ]
        for (name, bytes) in files {
            try bytes.write(to: project.root.appendingPathComponent(name))
            let findings = try CheckEndToEndTests.findings(try project.check(name, "--format", "json"))
            #expect(findings.map { "\($0["line"]!) @\($0["byte_offset"]!) \($0["found"]!)" }
                == ["3 @\(starts[0]) Hérat", "4 @\(starts[1]) Pentagone"], "\(name)")
        }
    }

    @Test func anOrdinarySourceWordMayNotBeTheTerm() throws {
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\ntalks\tterm\t\t\t\t\t\t\t\ntalks\t\tfr\tpreferred\tpourparlers\t\t\t\t\ntalks\t\ten\tpreferred\ttalks\t\t\t\t\nthe-west\tplace\t\t\t\t\t\t\t\nthe-west\t\tfr\tpreferred\tOccident\t\t\t\t\nthe-west\t\ten\tpreferred\tthe West\t\t\t\t\n")
        try project.write("words.txt", CheckFixtures.wordlist + "talks\nwest\n")
        try project.write("en.txt", "The talks went well in Kabul.\nMuch of the west fell, said the West.\nTalks went on. Taliban fighters came.\n")
        try project.write("fr.txt", "Les négociations se sont bien passées à Kaboul.\nUne partie de l'ouest est tombée.\nCela a duré. Des combattants sont venus.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("--source", "en.txt", "--target", "fr.txt", "--format", "json"))
        // With the capital of the segment's first word too; a name is never an ordinary word.
        #expect(findings.map { "\($0["severity"]!) \($0["found"]!)" } == ["info talks", "error the West", "info Talks", "error Taliban"])
        #expect(findings.first?["message"] as? String
            == "'talks' (talks) is not translated in the target; expected 'pourparlers'; 'talks' is also an ordinary word: check that it is the term here")
    }

    /// The files of a pair, also reached through a folder, are checked as a pair only: never
    /// reported twice, never fixed.
    @Test func aPairInAFolderIsCheckedOnlyAsAPair() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("job"), withIntermediateDirectories: true)
        try project.write("job/en.txt", "The Taliban took Herat.\n")
        try project.write("job/fr.txt", "Les talibans ont pris Herat.\n")
        try project.write("job/notes.txt", "À Herat.\n")
        let run = try project.check("job", "--source", "job/en.txt", "--target", "job/fr.txt", "--lang", "fr", "--fix")
        #expect(try project.read("job/fr.txt") == "Les talibans ont pris Herat.\n")
        #expect(try project.read("job/notes.txt") == "À Hérat.\n")
        #expect(run.stdout.components(separatedBy: "'Herat' is deprecated").count == 2)
    }

    /// The inline marker on either side silences the pair.
    @Test func theInlineMarkerSilencesAPair() throws {
        try project.write("en.txt", "Back to Kabul. <!-- glossa-ignore -->\nBack to Kabul.\nBack to Kabul.\n")
        try project.write("fr.txt", "Retour à la capitale.\nRetour à la capitale.\nRetour à la capitale. # GLOSSA-IGNORE\n")
        let findings = try CheckEndToEndTests.findings(try project.check("--source", "en.txt", "--target", "fr.txt", "--format", "json"))
        #expect(findings.map { "\($0["segment"]!) \($0["found"]!)" } == ["2 Kabul"])
    }

    @Test func languagePairFromOptions() throws {
        try project.write("en.txt", "Back to Kabul.\n")
        try project.write("fr.txt", "Retour.\n")
        let findings = try CheckEndToEndTests.findings(
            try project.check("--source", "en.txt", "--target", "fr.txt", "--from", "en", "--to", "fr", "--format", "json"))
        #expect(findings.map { "\($0["found"]!) → \($0["suggestion"]!)" } == ["Kabul → Kaboul"])
    }

    /// translate-toolkit's po2xliff declares `en-US` whatever the sources are: --from and --to
    /// win over the file's languages, with a note; without them the file is still refused.
    @Test func fromAndToWinOverAnXLIFFsDeclaredLanguages() throws {
        try project.write("po.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
              <file original="news.po" source-language="en-US" datatype="plaintext"><body>
                <trans-unit id="1"><source>Les talibans sont entrés dans Kaboul.</source><target>The Taliban entered the city.</target></trans-unit>
              </body></file>
            </xliff>

            """)
        let run = try project.check("po.xlf", "--from", "fr", "--to", "en", "--format", "json")
        #expect(run.status == 1)
        #expect(run.stderr == "glossa: note: po.xlf declares the source language en-US; checked fr→en, as --from/--to say\n")
        #expect(try CheckEndToEndTests.findings(run).map { "\($0["segment"]!) \($0["found"]!) → \($0["suggestion"]!)" } == ["1 Kaboul → Kabul"])
        let files = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]]
        #expect(files.map { $0["language"] as! String } == ["fr→en"])
        let unasked = try project.check("po.xlf")
        #expect(unasked.status == 2)
        #expect(unasked.stderr == "glossa: error: po.xlf: the file names no usable language pair; pass --from and --to\n")
        try project.write("two.xlf", """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f">
              <unit id="u1"><segment><source>Le Pentagone a parlé.</source><target>The ministry spoke.</target></segment></unit>
            </file></xliff>

            """)
        let two = try project.check("two.xlf", "--from", "fr")
        #expect(two.status == 1)
        #expect(two.stderr == "glossa: note: two.xlf declares en→de; checked fr→en, as --from/--to say\n")
    }

    /// Without --from and --to, each side of a pair of plain files is read for its language;
    /// one option alone is half the pair; a pair of one language is a usage error.
    @Test func thePairOfPlainFilesIsDetectedOrCompleted() throws {
        try project.write("en.txt", "The Taliban took Herat.\nThe troops left the capital.\n")
        try project.write("fr.txt", "Les talibans ont pris Hérat.\nLes troupes ont quitté Kaboul.\n\n")
        func run(_ options: String...) throws -> [String] {
            let run = try project.check(["--source", "en.txt", "--target", "fr.txt", "--format", "json"] + options)
            let files = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]]
            return ["exit \(run.status)"] + files.map { "\($0["file"]!) \($0["language"]!) \($0["language_detected"] as! Bool)" }
                + (try CheckEndToEndTests.findings(run)).map { "\($0["rule"]!) \($0["found"]!)" }
        }
        // The blank line that ends fr.txt pairs with nothing. Kaboul in the target is no translation
        // of "the capital", and no finding either: the source does not name it.
        // Both files of the pair are listed: findings may name either.
        #expect(try run() == ["exit 0", "en.txt en→fr true", "fr.txt en→fr true"])
        #expect(try run("--from", "en") == ["exit 0", "en.txt en→fr false", "fr.txt en→fr false"])
        #expect(try run("--to", "fr") == ["exit 0", "en.txt en→fr false", "fr.txt en→fr false"])
        // A pair given against the text is used as given, with a note for each side it contradicts.
        let contrary = try project.check("--source", "en.txt", "--target", "fr.txt", "--from", "fr")
        #expect(contrary.stderr.hasPrefix("glossa: note: en.txt reads as English, but --from says French\n"
            + "glossa: note: fr.txt reads as French, but --to says English\n"))
        #expect(try project.check("--source", "en.txt", "--target", "fr.txt", "--from", "en").stderr == "")
        let same = try project.check("--source", "en.txt", "--target", "fr.txt", "--from", "fr", "--to", "fr")
        #expect(same.status == 2)
        #expect(same.stderr.hasPrefix("glossa: error: --from and --to are both fr; a translation goes from French to English or the reverse"))
        // A side whose text decides nothing ("Kabul.") is the other language of the side that does;
        // two sides of one language are no translation.
        try project.write("caption.txt", "Kabul.\nHerat.\n")
        let caption = try project.check("--source", "caption.txt", "--target", "fr.txt", "--format", "json")
        let files = (try JSONSerialization.jsonObject(with: Data(caption.stdout.utf8)) as! [String: Any])["files"] as! [[String: Any]]
        #expect(files.map { $0["language"] as! String } == ["en→fr", "en→fr"])
        try project.write("caption-fr.txt", "Kaboul.\nHérat.\n")
        let neither = try project.check("--source", "caption.txt", "--target", "caption-fr.txt")
        #expect(neither.status == 2)
        #expect(neither.stderr == "glossa: error: caption-fr.txt: the language of neither caption.txt nor caption-fr.txt can be told from its text; pass --from and --to\n")
        let english = try project.check("--source", "en.txt", "--target", "en.txt")
        #expect(english.status == 2)
        #expect(english.stderr == "glossa: error: en.txt: both en.txt and en.txt read as English; pass --from and --to\n")
        let folder = try project.check("--source", "en.txt", "--target", "glossary")
        #expect(folder.status == 2)
        #expect(folder.stderr == "glossa: error: glossary: cannot read: it is a folder, not a file\n")
    }

    /// A file whose source text reads as its target language, and the reverse, is checked as
    /// declared (a text can mislead), with a note saying how to turn it round.
    @Test func aFileWhoseSidesReadReversedGetsANote() throws {
        try project.write("swapped.tmx", """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu tuid="1"><tuv xml:lang="en"><seg>Les talibans sont entrés dans Kaboul et la ville est calme.</seg></tuv><tuv xml:lang="fr"><seg>The Taliban entered Kabul and the city is calm.</seg></tuv></tu>
            </body></tmx>

            """)
        let tmx = try project.check("swapped.tmx")
        #expect(tmx.stderr == "glossa: note: swapped.tmx is checked en→fr, but its source text reads as French and its target text as English; to check it the other way, pass --from fr --to en\n")
        try project.write("swapped.xlf", """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="fr-FR"><file id="f">
              <unit id="u1"><segment><source>Les talibans sont entrés dans Kaboul et la ville est calme.</source><target>The Taliban entered Kabul and the city is calm.</target></segment></unit>
            </file></xliff>

            """)
        #expect(try project.check("swapped.xlf").stderr.hasPrefix("glossa: note: swapped.xlf is checked en-US→fr-FR, but its source text reads as French and its target text as English; to check it the other way, pass --from fr --to en\n"))
        // One side that reads as the other language is no reversal.
        try project.write("same.tmx", """
            <tmx version="1.4"><header srclang="fr"/><body>
            <tu tuid="1"><tuv xml:lang="fr"><seg>Les talibans sont entrés dans Kaboul et la ville est calme.</seg></tuv><tuv xml:lang="en"><seg>Les talibans sont entrés dans Kabul.</seg></tuv></tu>
            </body></tmx>

            """)
        #expect(try project.check("same.tmx").stderr == "")
    }

    /// A memory in more languages than French and English is checked French against English,
    /// from its source language when that is one of them. A file in which nothing could be
    /// checked is an input error, not a clean bill.
    @Test func aMultilingualMemoryIsCheckedBetweenFrenchAndEnglish() throws {
        let units = """
            <tu tuid="1"><tuv xml:lang="en"><seg>The Taliban in Kabul.</seg></tuv><tuv xml:lang="de"><seg>Die Taliban in Kabul.</seg></tuv><tuv xml:lang="fr"><seg>Les combattants à Kaboul.</seg></tuv></tu>
            """
        for source in ["*all*", "en"] {
            try project.write("all.tmx", "<tmx version=\"1.4\"><header srclang=\"\(source)\"/><body>\(units)</body></tmx>\n")
            let run = try project.check("all.tmx", "--format", "json")
            #expect(run.status == 1)
            #expect(try CheckEndToEndTests.findings(run).map { "\($0["rule"]!) \($0["found"]!) → \($0["suggestion"]!)" }
                == ["missing-target-term Taliban → taliban"])
        }
        try project.write("de.tmx", """
            <tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Les talibans.</seg></tuv><tuv xml:lang="de"><seg>Die Taliban.</seg></tuv></tu></body></tmx>

            """)
        try project.write("de.xlf", """
            <xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="x"><body>
            <trans-unit id="1"><source>The Taliban.</source><target>Die Taliban.</target></trans-unit></body></file></xliff>

            """)
        try project.write("good.txt", "La prise de Herat.\n")
        let run = try project.check("de.tmx", "de.xlf", "good.txt", "--format", "json")
        #expect(run.status == 2)
        #expect(run.stderr == """
            glossa: error: de.tmx: no unit has both fr and en text to check (or all are marked not to translate), so nothing was checked
            glossa: error: de.xlf: the file is en→de; glossa checks French against English, either way

            """)
        #expect(try CheckEndToEndTests.findings(run).map { $0["file"] as! String } == ["good.txt"])
        // A memory without units has nothing to check, and is no error, whatever the options.
        try project.write("empty.tmx", "<tmx version=\"1.4\"><header srclang=\"fr\"/><body></body></tmx>\n")
        #expect(try project.check("empty.tmx", "--from", "fr", "--to", "en").status == 0)
        let stdin = try project.check("--source", "-", "--target", "good.txt")
        #expect(stdin.status == 2)
        #expect(stdin.stderr.hasPrefix("glossa: error: --source and --target name files; standard input cannot be one side of a pair"))
    }

    /// The target is checked as a draft of its language: a deprecated spelling is a translation
    /// all the same, reported there as a variant; a name within a longer one counts.
    @Test func theTargetSpellingIsChecked() throws {
        try project.write("en.txt", "The Taliban entered Herat.\nKabul closed.\nThe Pentagon spoke.\n")
        try project.write("fr.txt", "Les Taliban sont entrés à Herat.\nL'aéroport de Kaboul a fermé.\nLe Pentagon a parlé.\n")
        let findings = try CheckEndToEndTests.findings(try project.check("--source", "en.txt", "--target", "fr.txt", "--format", "json"))
        #expect(findings.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["segment"]!) \($0["found"]!) → \($0["suggestion"]!)" } == [
            "en.txt:3:5 missing-target-term 3 Pentagon → Pentagone",
            "fr.txt:1:5 variant 1 Taliban → talibans",
            "fr.txt:1:27 variant 1 Herat → Hérat",
        ])
        #expect(findings[1]["message"] as? String == "'Taliban' follows a plural word; the house plural is 'talibans' (in the target)")
        // SARIF offers no fix in a translation, as --fix makes none.
        let pairSARIF = try project.check("--source", "en.txt", "--target", "fr.txt", "--format", "sarif")
        let pairResults = ((try JSONSerialization.jsonObject(with: Data(pairSARIF.stdout.utf8)) as! [String: Any])["runs"]
            as! [[String: Any]])[0]["results"] as! [[String: Any]]
        #expect(pairResults.count == 3)
        #expect(pairResults.allSatisfy { $0["fixes"] == nil })
        // In a memory, at the unit's line, as the source's findings are, and with no fix in
        // SARIF: the name's exact place in the XML is not known.
        try project.write("glossary/extra.tsv", "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\nherat\t\ten\tdeprecated\tHérat\t\t\t\t\n")
        try project.write("memory.tmx", Self.tmx.replacingOccurrences(of: "The Pentagon and Herat.", with: "The Pentagon and Hérat."))
        let tmx = try CheckEndToEndTests.findings(try project.check("memory.tmx", "--format", "json"))
        #expect(tmx.map { "\($0["line"]!) \($0["segment"]!) \($0["rule"]!) \($0["found"]!) \($0["at_unit"]!)" } == [
            "5 a1 missing-target-term Hérat 1", "6 a2 wrong-language Hérat 1", "7 a3 missing-target-term Kaboul 1",
        ])
        let sarif = try project.check("memory.tmx", "--format", "sarif")
        let results = ((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any])["runs"]
            as! [[String: Any]])[0]["results"] as! [[String: Any]]
        #expect(results.map { $0["ruleId"] as! String } == ["missing-target-term", "wrong-language", "missing-target-term"])
        #expect(results.allSatisfy { $0["fixes"] == nil })
    }

    /// Text marked not to translate (XLIFF 2 `translate="no"`, XLIFF 1.2 `mtype="protected"`)
    /// is neither checked nor counted, on either side; the rest of the segment is.
    @Test func textMarkedNotToTranslateIsNotChecked() throws {
        try project.write("x2.xlf", """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"><file id="f1">
              <unit id="u2">
                <segment><source>Herat <mrk id="m1" translate="no">Kabul Bank</mrk> branch.</source><target>L'agence de la <mrk id="m1" translate="no">Kabul Bank</mrk> à Herat.</target></segment>
              </unit>
            </file></xliff>

            """)
        let two = try CheckEndToEndTests.findings(try project.check("x2.xlf", "--format", "json"))
        #expect(two.map { "\($0["rule"]!) \($0["found"]!)" } == ["variant Herat"])
        try project.write("x12.xlf", """
            <xliff version="1.2"><file source-language="fr-FR" target-language="en-US" datatype="plaintext" original="a"><body>
              <trans-unit id="p2"><source>L'ONU à <mrk mtype="protected">Kaboul</mrk>.</source><target>The <mrk mtype="protected">Kaboul</mrk> office of the UN, in Herat.</target></trans-unit>
            </body></file></xliff>

            """)
        let run = try project.check("x12.xlf")
        #expect(run.status == 0)
        #expect(run.stdout == "x12.xlf: language fr-FR→en-US (detected)\nno findings in 1 file\n")
    }

    @Test func hostileXMLIsAnInputError() throws {
        try project.write("evil.tmx", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&xxe;</seg></tuv></tu></body></tmx>

            """)
        try project.write("good.txt", "La prise de Herat.\n")
        let run = try project.check("evil.tmx", "good.txt", "--lang", "fr", "--format", "json")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("glossa: error: evil.tmx:2: "))
        #expect(!run.stdout.contains("root:"))
        #expect(try CheckEndToEndTests.findings(run).map { $0["file"] as! String } == ["good.txt"])
    }
}
