import Foundation
import Testing

@Suite struct TMEndToEndTests {
    private func project() throws -> Project {
        let project = try Project()
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("tm"), withIntermediateDirectories: true)
        try project.write("glossary/places.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            kandahar\tplace\t\t\t\t\t\t\t
            kandahar\t\tfr\tpreferred\tKandahar\t\t\t\t
            kandahar\t\ten\tpreferred\tKandahar\t\t\t\t

            """)
        return project
    }

    @Test func addThenSearchAdaptsTheTarget() throws {
        let project = try project()
        defer { project.remove() }
        let added = try project.run("tm", "add", "--source", "Les talibans ont pris Hérat dimanche.",
                                    "--target", "The Taliban took Herat on Sunday.")
        #expect(added.status == 0)
        #expect(added.stdout == "added added-1 to tm/glossa-added.tmx\n")
        let run = try project.run("tm", "search", "Les talibans ont pris Kandahar dimanche.", "--json")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let match = (report["matches"] as! [[String: Any]])[0]
        #expect(match["score"] as? Int == 95)
        #expect(match["target"] as? String == "The Taliban took Kandahar on Sunday.")
        #expect(match["stored_target"] as? String == "The Taliban took Herat on Sunday.")
        #expect(match["origin"] as? String == "glossa-added.tmx")
        #expect(match["id"] as? String == "added-1")
        let differences = match["differences"] as! [[String: Any]]
        #expect(differences.map { $0["start"] as? Int } == [22])
        #expect(differences.map { $0["end"] as? Int } == [27])

        let text = try project.run("tm", "search", "Les talibans ont pris Kandahar dimanche.")
        #expect(text.stdout == """
             95  Les talibans ont pris [Hérat] dimanche.  glossa-added.tmx:5 #added-1
                 The Taliban took Kandahar on Sunday.
                 adapted from: The Taliban took Herat on Sunday.

            """)
    }

    @Test func noMatchExitsOneAndABrokenFileIsReported() throws {
        let project = try project()
        defer { project.remove() }
        _ = try project.run("tm", "add", "--source", "Le président a quitté le pays.", "--target", "The president left the country.")
        try project.write("tm/broken.tmx", "<tmx version=\"1.4\">\n<body><tu>\n")
        let run = try project.run("tm", "search", "Il pleut depuis ce matin.")
        #expect(run.status == 1)
        #expect(run.stdout == "no match of 70 or more for \"Il pleut depuis ce matin.\"\n")
        #expect(run.stderr.hasPrefix("tm/broken.tmx:"))
        #expect(run.stderr.hasSuffix("(file skipped)\n"))
        #expect(try project.run("tm", "search", "Le président a quitté le pays.").status == 0)
    }

    @Test func importValidatesAndExportReadsBack() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("bad.tmx", "<tmx version=\"1.4\"><body>")
        let bad = try project.run("tm", "import", "bad.tmx")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("glossa: error: bad.tmx:"))
        try project.write("good.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
            <tu tuid="x1"><tuv xml:lang="en"><seg>Kabul fell.</seg></tuv><tuv xml:lang="de"><seg>Kabul fiel.</seg></tuv></tu>
            </body></tmx>
            """)
        let good = try project.run("tm", "import", "good.tmx")
        #expect(good.stdout == "imported 1 unit as tm/good.tmx\n")
        let export = try project.run("tm", "export")
        #expect(export.status == 0)
        #expect(export.stdout.contains("<tu tuid=\"x1\">"))
        #expect(export.stdout.contains("<seg>Kabul fiel.</seg>"))
        let concordance = try project.run("tm", "concordance", "fiel")
        #expect(concordance.stdout == "good.tmx:3 #x1\n  de    Kabul [fiel].\n  en    Kabul fell.\n")
    }

    @Test func alignWritesATMXThatImports() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("fr.txt", "M. Biden a parlé à Kandahar. Le président a quitté le pays.\n")
        try project.write("en.txt", "Mr. Biden spoke in Kandahar. The president left the country.\n")
        let align = try project.run("tm", "align", "fr.txt", "en.txt", "-o", "aligned.tmx")
        #expect(align.status == 0)
        #expect(align.stderr == "aligned 2 units\n")
        #expect(try project.run("tm", "import", "aligned.tmx").stdout == "imported 2 units as tm/aligned.tmx\n")
        let suggest = try project.run("suggest", "Le président a quitté le pays hier. Kandahar est calme.", "--json")
        let report = try JSONSerialization.jsonObject(with: Data(suggest.stdout.utf8)) as! [String: Any]
        let sentences = report["sentences"] as! [[String: Any]]
        #expect(sentences.count == 2)
        #expect((sentences[0]["matches"] as! [[String: Any]]).first?["target"] as? String == "The president left the country.")
        #expect((sentences[1]["terms"] as! [[String: Any]]).first?["target"] as? String == "Kandahar")
    }

    /// `--to fr` alone is English into French, English text without either flag is read as
    /// English, and a plural asks for the target's plural.
    @Test func suggestTakesThePairFromOneFlagOrTheText() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("glossary/terms.tsv", """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            foreign-national\tterm\t\t\t\t\t\t\t
            foreign-national\t\tfr\tpreferred\tressortissant\t\t\t\t
            foreign-national\t\ten\tpreferred\tforeign national\t\t\t\t

            """)
        func terms(_ run: GlossaRun) throws -> [[String]] {
            let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            let sentence = (report["sentences"] as! [[String: Any]])[0]
            return [[report["from"] as! String, report["to"] as! String]]
                + (sentence["terms"] as! [[String: Any]]).map { [$0["found"] as! String, $0["target"] as! String] }
        }
        let sentence = "Foreign nationals left Kandahar."
        let toFrench = try project.run("suggest", "--to", "fr", "--json", sentence)
        #expect(toFrench.status == 0)
        #expect(toFrench.stderr == "")
        #expect(try terms(toFrench) == [["en", "fr"], ["Foreign nationals", "ressortissants"], ["Kandahar", "Kandahar"]])

        let detected = try project.run("suggest", "--json", sentence)
        #expect(try terms(detected) == [["en", "fr"], ["Foreign nationals", "ressortissants"], ["Kandahar", "Kandahar"]])
        #expect(detected.stderr == "glossa: note: the text reads as English: suggesting French for it; pass --from fr to read it as French\n")

        let french = try project.run("suggest", "--json", "Les ressortissants ont quitté Kandahar.")
        #expect(try terms(french) == [["fr", "en"], ["ressortissants", "foreign nationals"], ["Kandahar", "Kandahar"]])
        #expect(french.stderr == "")
        #expect(try project.run("suggest", "--from", "en", "--to", "en", sentence).status == 2)
    }
}
