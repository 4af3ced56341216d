import Foundation
import GlossaExchange
import GlossaGlossary
import Testing

/// Export the glossary, import the file into an empty glossary folder, compare what loads.
@Suite struct GlossaryRoundTripTests {
    static let glossaryText = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        herat\tplace\t\t\t\t\tThird city & "capital" <west>.\tAFP\t
        herat\t\tfr\tpreferred\tHérat\t\tAFP spelling, with acute accent.\t\t
        herat\t\tfr\tdeprecated\tHerat\t\tUnaccented form.\tReuters\t
        herat\t\ten\tpreferred\tHerat\t\t\t\t
        herat\t\ten\tdeprecated\tHérat\t\tFrench spelling.\t\t
        taliban\tgroup\t\t\t\t\t\t\t
        taliban\t\tfr\tpreferred\ttaliban\ttalibans\tCommon noun, lowercase.\t\t
        taliban\t\tfr\tdeprecated\tTaliban\t\t\t\t
        taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t
        taliban\t\ten\tadmitted\tTaleban\t\tDated, d'après la BBC.\tBBC\t
        taliban\t\tde\tpreferred\tTaliban\t\t\t\t
        ghazni\tplace\t\t\t\t\t\t\tashraf-ghani
        ghazni\t\tfr\tpreferred\tGhazni\t\t\t\t
        ghazni\t\ten\tpreferred\tGhazni\t\t\t\t
        ashraf-ghani\tperson\t\t\t\t\t\t\tghazni
        ashraf-ghani\t\tfr\tpreferred\tAshraf Ghani\t\t\t\t
        ashraf-ghani\t\ten\tpreferred\tAshraf Ghani\t\t\t\t
        9-11\tterm\t\t\t\t\tThe attacks of 11 September 2001.\t\t
        9-11\t\tfr\tpreferred\t11-Septembre\t\t\t\t
        9-11\t\ten\tpreferred\t9/11\t\t\t\t

        """

    static func folder(with text: String?) throws -> GlossaryStore {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let text { try Data(text.utf8).write(to: root.appendingPathComponent("news.tsv")) }
        return GlossaryStore(directory: root)
    }

    static func exported(_ format: GlossaryExportFormat, source: LanguageCode = .french) throws -> (Glossary, String) {
        let store = try folder(with: glossaryText)
        defer { try? FileManager.default.removeItem(at: store.directory) }
        let glossary = try store.load().0.glossary
        var text = ""
        try GlossaryExporter(format: format, source: source).export(glossary) { text += $0 }
        return (glossary, text)
    }

    /// Imports `text` (as a file named `name`) into an empty glossary and loads the result.
    static func imported(_ text: String, name: String) throws -> (Glossary, GlossaryMerge, [String]) {
        let store = try folder(with: nil)
        defer { try? FileManager.default.removeItem(at: store.directory) }
        let file = store.directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        try FileManager.default.createDirectory(at: store.directory.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        let glossaryStore = GlossaryStore(directory: store.directory.appendingPathComponent("glossary"))
        let (loaded, forms) = try glossaryStore.load()
        var merge = GlossaryMerge(into: loaded, forms: forms)
        let warnings = try GlossaryFileReader.read(contentsOf: file, displayName: name) { try merge.add($0) }
        let after = try glossaryStore.update(file: "glossary.tsv") { target, _ in merge.apply(to: &target) }
        return (after.glossary, merge, warnings)
    }

    @Test(arguments: [(GlossaryExportFormat.tmx, "g.tmx"), (.tbx, "g.tbx"), (.csv, "g.csv")])
    func losslessRoundTrip(_ format: GlossaryExportFormat, _ name: String) throws {
        let (original, text) = try Self.exported(format)
        let (restored, merge, warnings) = try Self.imported(text, name: name)
        #expect(restored.concepts == original.concepts)
        #expect(merge.conflicts.isEmpty)
        #expect(warnings.isEmpty)
    }

    @Test func tmxRoundTripWithEnglishSource() throws {
        let (original, text) = try Self.exported(.tmx, source: .english)
        #expect(text.range(of: "xml:lang=\"en\"")!.lowerBound < text.range(of: "xml:lang=\"fr\"")!.lowerBound)
        #expect(try Self.imported(text, name: "g.tmx").0.concepts == original.concepts)
    }

    @Test func tmxKeepsNonPreferredTermsOutOfSegments() throws {
        let (_, text) = try Self.exported(.tmx)
        #expect(!text.contains("<seg>Herat</seg>\n      </tuv>\n      <tuv xml:lang=\"en\">"))
        let segments = text.components(separatedBy: "<seg>").dropFirst().map { $0.components(separatedBy: "</seg>")[0] }
        #expect(segments == ["Hérat", "Herat", "taliban", "Taliban", "Taliban", "Ghazni", "Ghazni", "Ashraf Ghani", "Ashraf Ghani",
                             "11-Septembre", "9/11"])
    }

    @Test func omegaTGlossaryOffersOnlyPreferredTargets() throws {
        let (_, text) = try Self.exported(.tsv)
        #expect(text == """
            # Glossa \(GlossaExchangeVersion.current) glossary export, fr -> en: source<TAB>target<TAB>comment
            Hérat\tHerat\tThird city & "capital" <west>.
            Herat\tHerat\tdeprecated fr spelling; house spelling: Hérat. Third city & "capital" <west>.
            taliban\tTaliban\t
            Taliban\tTaliban\tdeprecated fr spelling; house spelling: taliban
            Ghazni\tGhazni\t
            Ashraf Ghani\tAshraf Ghani\t
            11-Septembre\t9/11\tThe attacks of 11 September 2001.

            """)
    }

    @Test func martifLeavesDeprecatedTermsOut() throws {
        let (_, text) = try Self.exported(.tbxMartif)
        #expect(!text.contains("deprecatedTerm"))
        #expect(text.contains("<term>Taleban</term>"))
        let (restored, _, _) = try Self.imported(text, name: "g.tbx")
        #expect(restored.concepts.map { $0.preferred(in: .english)?.text } == ["Herat", "Taliban", "Ghazni", "Ashraf Ghani", "9/11"])
    }

    @Test func jsonListsConceptsWithTerms() throws {
        let (_, text) = try Self.exported(.json)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let concepts = object["concepts"] as! [[String: Any]]
        #expect(object["format"] as? String == "glossa-glossary")
        #expect(concepts.map { $0["id"] as! String } == ["herat", "taliban", "ghazni", "ashraf-ghani", "9-11"])
        #expect((concepts[1]["terms"] as! [[String: Any]])[0]["plural"] as? String == "talibans")
    }

    @Test func foreignTMXTakesFirstVariantAsPreferred() throws {
        let tmx = """
            <?xml version="1.0"?>
            <tmx version="1.1"><header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN" datatype="plaintext"/>
            <body>
            <tu tuid="7"><tuv lang="FR-fr"><seg>Kaboul</seg></tuv><tuv lang="EN_us"><seg>Kabul</seg></tuv><tuv lang="en-GB"><seg>Cabul</seg></tuv><tuv xml:lang="de"><seg>Ka<ph>x</ph>bul</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Hérat</seg></tuv><tuv xml:lang="en"><seg>Herat</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Herat</seg></tuv><tuv xml:lang="en"><seg>Hérat</seg></tuv></tu>
            </body></tmx>
            """
        let (glossary, merge, _) = try Self.imported(tmx, name: "f.tmx")
        #expect(glossary.concepts.map(\.id) == ["kabul", "herat"])
        #expect(glossary.concepts[0].terms.map { "\($0.language) \($0.status) \($0.text)" }
                == ["fr preferred Kaboul", "en preferred Kabul", "en admitted Cabul", "de preferred Kabul"])
        // The third unit joins herat by its folded spelling, and cannot change its preferred terms.
        #expect(glossary.concepts[1].terms.map { "\($0.language) \($0.status) \($0.text)" }
                == ["fr preferred Hérat", "en preferred Herat", "fr admitted Herat", "en admitted Hérat"])
        #expect(merge.conflicts.map(\.line) == [6, 6])
    }
}
