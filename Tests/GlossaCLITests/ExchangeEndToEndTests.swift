import Foundation
import Testing

/// `glossa export` and `glossa import` run as a user would.
@Suite struct ExchangeEndToEndTests {
    @Test func exportThenImportIntoAnEmptyGlossaryRestoresIt() throws {
        let project = try Project()
        defer { project.remove() }
        for (format, name) in [("tmx", "g.tmx"), ("tbx", "g.tbx"), ("csv", "g.csv")] {
            let export = try project.run("export", "--format", format, "-o", name)
            #expect(export.status == 0, "\(export.stderr)")
            let empty = try Project(glossary: nil)
            defer { empty.remove() }
            try FileManager.default.copyItem(at: project.root.appendingPathComponent(name), to: empty.root.appendingPathComponent(name))
            let imported = try empty.run("import", name)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.hasSuffix("imported 3 new concepts and 0 new terms from \(name); 0 conflicts\n"))
            let again = try empty.run("export", "--format", "csv")
            #expect(again.stdout == (try project.run("export", "--format", "csv")).stdout)
        }
    }

    @Test func tmxHeaderNamesThisVersion() throws {
        let project = try Project()
        defer { project.remove() }
        let version = try project.run("--version").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tmx = try project.run("export", "--format", "tmx").stdout
        #expect(tmx.contains("creationtool=\"Glossa\" creationtoolversion=\"\(version)\""))
    }

    @Test func truncatedFileIsAnErrorAndChangesNothing() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write("bad.tmx", """
            <?xml version="1.0"?>
            <tmx version="1.4"><header srclang="fr" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="fr"><seg>Mazar</seg></tuv><tuv xml:lang="en"><seg>Mazar</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Kunduz
            """)
        let before = try project.read("glossary/news.tsv")
        let run = try project.run("import", "bad.tmx")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("glossa: error: bad.tmx:"))
        #expect(run.stderr.contains("not well-formed XML"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try project.read("glossary/news.tsv") == before)
    }

    @Test func entityBombIsRefusedQuickly() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write("bomb.tmx", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&b;</seg></tuv></tu></body></tmx>
            """)
        let start = Date()
        let run = try project.run("import", "bomb.tmx")
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: bomb.tmx:2: the DOCTYPE declares entity 'a'; entity declarations are refused (they can expand without bound or read local files)\n")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func dryRunWritesNothing() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write("new.csv", "fr,en\nDoha,Doha\n")
        let before = try project.read("glossary/news.tsv")
        let run = try project.run("import", "new.csv", "--dry-run")
        #expect(run.status == 0)
        #expect(run.stdout == "new.csv:2: new concept doha: Doha / Doha\nwould import 1 new concepts and 0 new terms from new.csv; 0 conflicts\n")
        #expect(try project.read("glossary/news.tsv") == before)
    }
}
