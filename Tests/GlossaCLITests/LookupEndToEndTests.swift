import Foundation
import Testing

@Suite final class LookupEndToEndTests {
    let project: Project

    init() throws { project = try Project() }
    deinit { project.remove() }

    @Test func printsBothHouseSpellingsAndEveryForm() throws {
        let run = try project.run("lookup", "d’Herat")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            Hérat / Herat  herat · place · exact 1.00
              matched "Herat" (en, preferred)
              fr  Hérat  preferred
                  Herat  deprecated  Unaccented.
              en  Herat  preferred
              Third city of Afghanistan.

            """)
    }

    /// The cache goes under `$HOME`; a home where it cannot go (here a file in the way, which
    /// holds for root too) gives way to a temporary folder with a note, and the command still
    /// answers. A folder named by GLOSSA_CACHE_DIR that cannot be used is an error.
    @Test func theCacheFollowsHomeAndFallsBackToATemporaryFolder() throws {
        let home = project.root.appendingPathComponent("home"), temporary = project.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var environment = ["GLOSSA_CACHE_DIR": "", "XDG_CACHE_HOME": "", "HOME": home.path, "TMPDIR": temporary.path]
        let atHome = try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment)
        #expect(atHome.status == 0 && atHome.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent(".cache/glossa").path)
            .contains { $0.hasPrefix("index-v") })

        try project.write("file-home", "not a folder\n")
        environment["HOME"] = project.root.appendingPathComponent("file-home").path
        let fallback = try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment)
        #expect(fallback.status == 0)
        #expect(fallback.stdout.hasPrefix("Kaboul / Kabul"))
        let folder = "\(temporary.path)/glossa-cache-\(getuid())"
        #expect(fallback.stderr == "glossa: note: \(project.root.path)/file-home/.cache/glossa: cannot use the cache folder: "
            + "\(project.root.path)/file-home is a file, not a folder; using \(folder) (set GLOSSA_CACHE_DIR to choose)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix("index-v") })
        // A fallback folder others may write to is closed to them; one that is a link (or
        // another user's) is refused: it could hold an index swapped under us.
        chmod(folder, 0o777)
        #expect(try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment).status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) == 0o700)
        try FileManager.default.moveItem(atPath: folder, toPath: folder + "-real")
        try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: folder + "-real")
        let linked = try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment)
        #expect(linked.status == 2)
        #expect(linked.stderr == "glossa: error: \(folder): cannot use the cache folder: it is not a folder of this user's own\n")
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.moveItem(atPath: folder + "-real", toPath: folder)

        // The translation memory's index falls back the same way.
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("tm"), withIntermediateDirectories: true)
        let added = try Glossa.run(["tm", "add", "--source", "Les talibans ont pris Hérat.", "--target", "The Taliban took Herat."],
                                   in: project.root, environment: environment)
        #expect(added.status == 0)
        let search = try Glossa.run(["tm", "search", "Les talibans ont pris Hérat."], in: project.root, environment: environment)
        #expect(search.status == 0 && search.stdout.contains("The Taliban took Herat."))
        #expect(search.stderr.hasPrefix("glossa: note: \(project.root.path)/file-home/.cache/glossa/tm-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix("tm-") })

        environment["GLOSSA_CACHE_DIR"] = project.root.appendingPathComponent("file-home/cache").path
        let explicit = try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment)
        #expect(explicit.status == 2)
        #expect(explicit.stderr == "glossa: error: \(project.root.path)/file-home/cache: cannot use the cache folder: "
            + "\(project.root.path)/file-home is a file, not a folder; set GLOSSA_CACHE_DIR to a writable folder\n")
        environment["GLOSSA_CACHE_DIR"] = project.root.appendingPathComponent("file-home").path
        let file = try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment)
        #expect(file.stderr == "glossa: error: \(project.root.path)/file-home: cannot use the cache folder: "
            + "it is a file, not a folder; set GLOSSA_CACHE_DIR to a writable folder\n")
        // A relative XDG_CACHE_HOME is ignored, as the XDG specification has it.
        environment = ["GLOSSA_CACHE_DIR": "", "XDG_CACHE_HOME": "relative", "HOME": home.path, "TMPDIR": temporary.path]
        #expect(try Glossa.run(["lookup", "Kabul"], in: project.root, environment: environment).status == 0)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("relative").path))
    }

    @Test func printsTheDocumentedJSON() throws {
        let run = try project.run("lookup", "talibans", "--json")
        #expect(run.status == 0)
        #expect(run.stdout == #"""
            {"matches":[{"concept":"taliban","kind":"group","match":"exact","matched":"talibans","matched_language":"fr","preferred":{"en":"Taliban","fr":"taliban"},"score":0.98,"terms":{"en":[{"plural":"Taliban","status":"preferred","text":"Taliban"}],"fr":[{"plural":"talibans","status":"preferred","text":"taliban"}]}}],"query":"talibans"}

            """#)
    }

    @Test func variantsAndLanguageFilter() throws {
        let run = try project.run("lookup", "Kâboul", "--lang", "fr", "--json")
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""concept":"kabul","kind":"place","match":"variant""#))
    }

    @Test func noMatchExitsOne() throws {
        let run = try project.run("lookup", "Tombouctou")
        #expect(run.status == 1)
        #expect(run.stdout == "no match for \"Tombouctou\"\n")
        let json = try project.run("lookup", "Tombouctou", "--json")
        #expect(json.status == 1)
        #expect(json.stdout == "{\"matches\":[],\"query\":\"Tombouctou\"}\n")
    }

    @Test(arguments: [
        (["lookup", ""], "glossa: error: the query is empty; give a name or term to look up\n"),
        (["lookup", "   "], "glossa: error: the query is empty; give a name or term to look up\n"),
        (["lookup", "Herat", "--lang", "de"], "glossa: error: unknown language code 'de'; use fr or en (see --help)\n"),
        (["lookup", "Herat", "--limit", "0"], "glossa: error: --limit must be at least 1 (see --help)\n"),
        (["lookup"], "glossa: error: Missing expected argument '<text>' (see --help)\n"),
    ])
    func badInputIsAOneLineErrorWithExitTwo(_ row: ([String], String)) throws {
        let run = try Glossa.run(row.0, in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr == row.1)
        #expect(run.stdout == "")
    }

    @Test func hugeAndInvalidQueriesFromStandardInput() throws {
        let huge = try project.run("lookup", "-", stdin: String(repeating: "a", count: 1_000_000))
        #expect(huge.status == 2)
        #expect(huge.stderr == "glossa: error: the query is 1000000 characters long; a lookup takes at most 300\n")
        let invalid = try Glossa.run(["lookup", "-"], in: project.root, stdin: Data([0x48, 0xE9, 0x72, 0x61, 0x74]))
        #expect(invalid.status == 2)
        #expect(invalid.stderr == "glossa: error: <stdin>:1: invalid UTF-8; save the file as UTF-8\n")
    }

    @Test func glossaryErrorsNameFileAndLine() throws {
        try project.write("glossary/news.tsv", Project.sampleGlossary.replacingOccurrences(of: "deprecated", with: "old"))
        let run = try project.run("lookup", "Herat")
        #expect(run.status == 2)
        #expect(run.stderr == "glossa: error: glossary/news.tsv:5: unknown status 'old'; use preferred, admitted or deprecated\n")
    }

    @Test func findsTheGlossaryUpwardOrSaysWhy() throws {
        let nested = project.root.appendingPathComponent("drafts/2021")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(try Glossa.run(["lookup", "Kabul"], in: nested).status == 0)

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let run = try Glossa.run(["lookup", "Kabul"], in: empty)
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix(": no glossary/ folder here or in any parent folder; pass --glossary DIR\n"))
        let explicit = try Glossa.run(["lookup", "Kabul", "--glossary", project.root.appendingPathComponent("glossary").path], in: empty)
        #expect(explicit.status == 0)
    }

    @Test(arguments: [["--help"], ["lookup", "--help"], ["add", "--help"], ["add", "concept", "--help"],
                      ["add", "term", "--help"], ["import", "--help"]])
    func everyCommandHasHelp(_ arguments: [String]) throws {
        let run = try Glossa.run(arguments, in: project.root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: glossa"))
    }
}

/// The shipped glossary in `glossary/`, on the spellings the seed reports disagree about.
@Suite struct ShippedGlossaryTests {
    @Test(arguments: [
        ("Herat", "herat", "Hérat", "Herat"),
        ("Mazar-e-charif", "mazar-i-sharif", "Mazar-i-Sharif", "Mazar-i-Sharif"),
        ("Mazar-e Sharif", "mazar-i-sharif", "Mazar-i-Sharif", "Mazar-i-Sharif"),
        ("talibans", "taliban", "taliban", "Taliban"),
        ("Kabul", "kabul", "Kaboul", "Kabul"),
        ("Etats-Unis", "united-states", "États-Unis", "United States"),
        ("moudjahidines", "mujahid", "moudjahid", "mujahid"),
        ("Pentagon", "pentagon", "Pentagone", "Pentagon"),
        ("Koweït", "kuwait", "Koweït", "Kuwait"),
        ("al-Qaida", "al-qaeda", "Al-Qaïda", "al-Qaeda"),
    ])
    func houseSpellings(_ row: (String, String, String, String)) throws {
        let run = try Glossa.run(["lookup", row.0, "--json", "--limit", "1"], in: Glossa.packageRoot,
                                 environment: ["GLOSSA_CACHE_DIR": FileManager.default.temporaryDirectory.appendingPathComponent("glossa-shipped-cache").path])
        #expect(run.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let match = try #require((report?["matches"] as? [[String: Any]])?.first)
        #expect(match["concept"] as? String == row.1)
        #expect((match["preferred"] as? [String: String]) == ["fr": row.2, "en": row.3])
    }

    @Test func benLandenIsAFuzzySuggestion() throws {
        let run = try Glossa.run(["lookup", "Ben Landen", "--json"], in: Glossa.packageRoot,
                                 environment: ["GLOSSA_CACHE_DIR": FileManager.default.temporaryDirectory.appendingPathComponent("glossa-shipped-cache").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""concept":"osama-bin-laden","kind":"person","match":"fuzzy""#))
    }
}
