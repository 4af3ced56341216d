import Foundation
import Testing
@testable import GlossaGlossary

@Suite struct GlossaryLoadingTests {
    private func load(_ rows: [[String]]) throws -> LoadedGlossary {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(rows)])
        defer { folder.remove() }
        return try folder.store.load().0
    }

    /// The error lines a broken glossary produces, with the folder's path removed.
    private func errors(_ rows: [[String]]) throws -> [String] {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(rows)])
        defer { folder.remove() }
        do {
            _ = try folder.store.load()
            return []
        } catch let error as GlossaryErrors {
            return error.errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line ?? 0): \($0.message)" }
        }
    }

    @Test func loadsConceptsWithTermsInOrder() throws {
        let glossary = try load(sampleRows).glossary
        #expect(glossary.count == 6)
        let herat = try #require(glossary["herat"])
        #expect(herat.kind == .place)
        #expect(herat.note == "Third city of Afghanistan.")
        #expect(herat.preferred(in: .french)?.text == "Hérat")
        #expect(herat.terms(in: .french).map(\.status) == [.preferred, .deprecated])
        #expect(herat.terms[1].source == "Reuters")
        #expect(glossary["taliban"]?.preferred(in: .french)?.plural == "talibans")
        #expect(glossary["ghazni"]?.distinct == ["ashraf-ghani"])
    }

    @Test func reportsUnknownStatusWithFileAndLine() throws {
        var rows = sampleRows
        rows[4][3] = "obsolete"
        #expect(try errors(rows) == ["g.tsv:5: unknown status 'obsolete'; use preferred, admitted or deprecated"])
    }

    @Test func reportsDuplicateIds() throws {
        let rows = sampleRows + [["herat", "place", "", "", "", "", "", "", ""]]
        let lines = try errors(rows)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("g.tsv:23: duplicate concept id 'herat' (first defined at "))
        #expect(lines[0].hasSuffix("g.tsv:3)"))
    }

    @Test func reportsTwoPreferredTerms() throws {
        var rows = sampleRows
        rows[4][3] = "preferred"
        let lines = try errors(rows)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("g.tsv:5: second preferred fr term for 'herat' (the first is at "))
    }

    @Test func reportsKeyCollisionsUnlessDeclaredDistinct() throws {
        let collision = sampleRows + [
            ["herat-2", "place", "", "", "", "", "", "", ""],
            ["herat-2", "", "fr", "preferred", "Harat", "", "", "", ""],
            ["herat-2", "", "en", "preferred", "Harat", "", "", "", ""],
        ]
        let lines = try errors(collision)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("g.tsv:24: 'Harat' (herat-2) has the same variant key 'hrt' as 'Hérat' (herat, "))
        #expect(lines[0].hasSuffix("if they differ, add herat to the distinct column of herat-2"))

        var declared = collision
        declared[22][8] = "herat"
        #expect(try errors(declared) == [])
    }

    @Test func reportsMissingFieldsAndBadLanguages() throws {
        let rows = sampleRows + [
            ["kabul", "place", "", "", "", "", "", "", ""],
            ["kabul", "", "fr", "preferred", "", "", "", "", ""],
            ["kabul", "", "f r", "preferred", "Kaboul", "", "", "", ""],
            ["kabul", "", "en", "", "Kabul", "", "", "", ""],
            ["nowhere", "", "en", "preferred", "Nowhere", "", "", "", ""],
        ]
        let lines = try errors(rows)
        #expect(lines == [
            "g.tsv:24: missing field 'term'",
            "g.tsv:25: unknown language code 'f r'",
            "g.tsv:26: missing field 'status'",
            "g.tsv:27: term 'Nowhere' belongs to concept 'nowhere', which has no concept row",
            "g.tsv:23: concept 'kabul' has no terms",
        ])
    }

    @Test func rejectsInvalidUTF8NamingTheLine() throws {
        let folder = try TemporaryGlossary(files: [:])
        defer { folder.remove() }
        var bytes = Data(tsv(Array(sampleRows.prefix(4))).utf8)
        bytes.append(contentsOf: [0x68, 0x65, 0x72, 0x61, 0x74, 0x09, 0xE9, 0x0A])
        try bytes.write(to: folder.directory.appendingPathComponent("g.tsv"))
        #expect(throws: GlossaryErrors.self) { try folder.store.load() }
        do { _ = try folder.store.load() } catch let error as GlossaryErrors {
            #expect(error.errors.map(\.line) == [5])
            #expect(error.errors.first?.message == "invalid UTF-8; save the file as UTF-8")
        }
    }

    @Test func rejectsUnknownColumnsAndMissingHeader() throws {
        let unknown = try errors([["id", "kind", "lang", "status", "term", "colour"]])
        #expect(unknown == ["g.tsv:1: unknown column 'colour'; the columns are: id, kind, lang, status, term, plural, note, source, distinct"])
        let noTerm = try errors([["id", "kind", "lang", "status"]])
        #expect(noTerm == ["g.tsv:1: the header lacks the required column 'term'"])
    }

    @Test func acceptsBOMAndCRLF() throws {
        let text = "\u{FEFF}" + tsv(sampleRows).replacingOccurrences(of: "\n", with: "\r\n")
        let folder = try TemporaryGlossary(files: ["g.tsv": text])
        defer { folder.remove() }
        #expect(try folder.store.load().0.glossary.count == 6)
    }

    @Test func termRowsMayLiveInAnotherFile() throws {
        let folder = try TemporaryGlossary(files: [
            "a.tsv": tsv(sampleRows),
            "b.tsv": tsv([header, ["herat", "", "en", "admitted", "Hirat", "", "", "", ""]]),
        ])
        defer { folder.remove() }
        let herat = try #require(folder.store.load().0.glossary["herat"])
        #expect(herat.terms(in: .english).map(\.text) == ["Herat", "Hirat"])
    }
}
