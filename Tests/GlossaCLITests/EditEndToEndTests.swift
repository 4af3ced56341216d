import Foundation
import Testing

@Suite final class EditEndToEndTests {
    let project: Project

    init() throws { project = try Project() }
    deinit { project.remove() }

    @Test func addConceptThenLookItUp() throws {
        let add = try project.run("add", "concept", "jalalabad", "--kind", "place", "--fr", "Djalalabad", "--en", "Jalalabad",
                                  "--note", "Capital of Nangarhar.")
        #expect(add.status == 0)
        #expect(add.stdout == "added concept jalalabad: Djalalabad / Jalalabad\n")
        #expect(try project.read("glossary/news.tsv").hasSuffix("""
            jalalabad\tplace\t\t\t\t\tCapital of Nangarhar.\t\t
            jalalabad\t\tfr\tpreferred\tDjalalabad\t\t\t\t
            jalalabad\t\ten\tpreferred\tJalalabad\t\t\t\t

            """))
        let lookup = try project.run("lookup", "Jalalabad", "--lang", "en")
        #expect(lookup.stdout.hasPrefix("Djalalabad / Jalalabad  jalalabad · place · exact 1.00\n"))
    }

    @Test func addTermGoesAfterItsConcept() throws {
        let add = try project.run("add", "term", "kabul", "Caboul", "--lang", "fr", "--status", "deprecated", "--note", "Old spelling.")
        #expect(add.status == 0)
        #expect(add.stdout == "added fr deprecated term 'Caboul' to kabul\n")
        let lines = try project.read("glossary/news.tsv").split(separator: "\n")
        #expect(lines[9] == "kabul\t\tfr\tdeprecated\tCaboul\t\tOld spelling.\t\t")
        #expect(try project.run("lookup", "caboul").status == 0)
    }

    @Test func rejectedAddsChangeNothing() throws {
        let before = try project.read("glossary/news.tsv")
        let duplicate = try project.run("add", "concept", "herat", "--kind", "place", "--fr", "X", "--en", "Y")
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr == "glossa: error: glossary/news.tsv:3: concept 'herat' already exists; use 'glossa add term'\n")

        let collision = try project.run("add", "concept", "harat", "--kind", "place", "--fr", "Harat", "--en", "Harat")
        #expect(collision.status == 2)
        #expect(collision.stderr.hasPrefix("glossa: error: glossary/news.tsv:15: 'Harat' (harat) has the same variant key 'hrt' as 'Hérat' (herat, glossary/news.tsv:4)"))

        let secondPreferred = try project.run("add", "term", "herat", "Hirat", "--lang", "en", "--status", "preferred")
        #expect(secondPreferred.status == 2)
        #expect(secondPreferred.stderr.hasPrefix("glossa: error: glossary/news.tsv:7: second preferred en term for 'herat'"))

        let badStatus = try project.run("add", "term", "herat", "Hirat", "--lang", "en", "--status", "old")
        #expect(badStatus.status == 2)
        #expect(badStatus.stderr == "glossa: error: unknown status 'old'; use preferred, admitted or deprecated (see --help)\n")

        let unknownConcept = try project.run("add", "term", "kunduz", "Kunduz", "--lang", "en")
        #expect(unknownConcept.status == 2)
        #expect(unknownConcept.stderr == "glossa: error: glossary: no concept 'kunduz'; add it first with 'glossa add concept'\n")

        #expect(try project.read("glossary/news.tsv") == before)
    }

    @Test func declaringDistinctAllowsLookAlikes() throws {
        let add = try project.run("add", "concept", "harat", "--kind", "place", "--fr", "Harat", "--en", "Harat", "--distinct", "herat")
        #expect(add.status == 0)
        #expect(try project.read("glossary/news.tsv").contains("harat\tplace\t\t\t\t\t\t\therat\n"))
    }

    @Test func importMergesASpreadsheet() throws {
        try project.write("terms.csv", """
            id,kind,fr,en,fr_variants,en_variants,note
            ,place,Kandahar,Kandahar,,Qandahar,Second city.
            ,,Herat,Herat,,Hirat,
            ,group,Al-Qaïda,al-Qaeda,Al-Qaida,,

            """)
        let before = try project.read("glossary/news.tsv")
        let dryRun = try project.run("import", "terms.csv", "--dry-run")
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout == """
            terms.csv:2: new concept kandahar: Kandahar / Kandahar
            terms.csv:3: new en term 'Hirat' for herat
            terms.csv:4: new concept al-qaeda: Al-Qaïda / al-Qaeda
            would import 2 new concepts and 1 new terms from terms.csv; 1 conflicts

            """)
        #expect(dryRun.stderr == "terms.csv:3: conflict: fr 'Herat' is given as preferred for 'herat', which prefers 'Hérat'; kept 'Hérat'\n")
        #expect(try project.read("glossary/news.tsv") == before)

        let run = try project.run("import", "terms.csv")
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("imported 2 new concepts and 1 new terms from terms.csv; 1 conflicts\n"))
        #expect(try project.run("lookup", "Qandahar").status == 0)
        #expect(try project.run("lookup", "Al-Qaida").status == 0)
    }

    @Test func importIsAllOrNothing() throws {
        try project.write("bad.csv", "fr,en,kind\nKandahar,Kandahar,place\nGhazni,,place\nKunduz,Kunduz,town\n")
        let before = try project.read("glossary/news.tsv")
        let run = try project.run("import", "bad.csv")
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: bad.csv:3: missing field 'en'\nglossa: error: bad.csv:4: unknown kind 'town'; use person, place, organization, group, term\n")
        #expect(try project.read("glossary/news.tsv") == before)

        let missing = try project.run("import", "nowhere.csv")
        #expect(missing.status == 2)
        #expect(missing.stderr == "glossa: error: nowhere.csv: cannot read: No such file or directory\n")
    }

    @Test func readOnlyGlossaryFolderIsAnErrorForAdd() throws {
        // Root ignores permissions, so the check runs as an unprivileged user when we are root.
        let glossary = project.root.appendingPathComponent("glossary")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: glossary.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: glossary.path) }
        let before = try project.read("glossary/news.tsv")
        let arguments = ["add", "term", "kabul", "Caboul", "--lang", "fr"]
        let run: GlossaRun
        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: project.root.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: glossary.appendingPathComponent("news.tsv").path)
            run = try Glossa.run(["-u", "nobody", "--", Glossa.binary.path] + arguments, in: project.root,
                                 executable: URL(fileURLWithPath: "/usr/sbin/runuser"))
        } else {
            run = try Glossa.run(arguments, in: project.root)
        }
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("glossa: error: "))
        #expect(run.stderr.contains("Permission denied"))
        #expect(try project.read("glossary/news.tsv") == before)
    }
}
