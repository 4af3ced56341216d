import Foundation
import GlossaText
import Testing
@testable import GlossaGlossary
@testable import GlossaMatching

@Suite final class LookupTests {
    let folder: TemporaryGlossary
    let lookup: Lookup

    init() throws {
        folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        lookup = Lookup(index: try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache))
    }

    deinit { folder.remove() }

    /// "concept match score matched" for the best match, or "none".
    private func best(_ query: String) throws -> String {
        guard let match = try lookup.matches(for: query).first else { return "none" }
        return "\(match.concept.id) \(match.kind.rawValue) \(match.score) \(match.matched)"
    }

    @Test func exactMatchesIgnoreCaseAndTypography() throws {
        #expect(try best("HÉRAT") == "herat exact 1.0 Hérat")
        #expect(try best("mazar‑i‑sharif") == "mazar exact 1.0 Mazar-i-Sharif")
        #expect(try best("d’Herat") == "herat exact 1.0 Herat")
    }

    @Test func pluralsAreExactMatches() throws {
        #expect(try best("talibans") == "taliban exact 0.98 talibans")
    }

    @Test func variantsComeThroughTheKey() throws {
        #expect(try best("Mazar-e-charif") == "mazar variant 0.86 Mazar-i-Sharif")
        #expect(try best("Mazâr-e Charîf") == "mazar variant 0.86 Mazar-i-Sharif")
        #expect(try best("Ben Ladin").hasPrefix("ben-laden variant"))
    }

    @Test func typosAreFuzzySuggestions() throws {
        let match = try #require(try lookup.matches(for: "Ben Landen").first)
        #expect(match.concept.id == "ben-laden")
        #expect(match.kind == .fuzzy)
        #expect(match.score < 0.7)
    }

    /// "Ghani" is one letter from "Ghazni", whose key of three consonants now has typo
    /// neighbours: a short key admits slips of the keyboard only, and this is none.
    @Test func oneWordFindsTheLongerNamesThatContainIt() throws {
        #expect(try best("Ghani") == "ashraf-ghani fuzzy 0.5 Ashraf Ghani")
        #expect(try best("Laden") == "ben-laden fuzzy 0.5 Ben Laden")
    }

    @Test func unrelatedNamesDoNotMatch() throws {
        #expect(try lookup.matches(for: "Hérault").isEmpty)
        #expect(try lookup.matches(for: "Ghazni").map(\.concept.id) == ["ghazni"])
        #expect(try lookup.matches(for: "Kunduz").isEmpty)
    }

    @Test func languageFilter() throws {
        #expect(try lookup.matches(for: "Herat", language: .english).first?.matchedTerm.status == .preferred)
        #expect(try lookup.matches(for: "Herat", language: .french).first?.matchedTerm.status == .deprecated)
    }

    @Test(arguments: ["", "   ", String(repeating: "a", count: 301), "Hé\u{FFFD}rat", "a\u{0}b"])
    func rejectsQueriesThatAreNotNames(_ query: String) throws {
        #expect(throws: Lookup.QueryError.self) { try lookup.matches(for: query) }
    }
}

@Suite struct GlossaryIndexTests {
    @Test func rebuildsWhenTheGlossaryChanges() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        var rebuilds = 0
        _ = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) { rebuilds += 1 }
        _ = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) { rebuilds += 1 }
        #expect(rebuilds == 1)
        try folder.write("g.tsv", tsv(sampleRows + [["herat", "", "en", "admitted", "Hirat", "", "", "", ""]]))
        let index = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) { rebuilds += 1 }
        #expect(rebuilds == 2)
        #expect(try index.forms(exact: "hirat").count == 1)
    }

    @Test func rebuildsACorruptedCache() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        _ = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache)
        let cacheFile = try #require(FileManager.default.contentsOfDirectory(atPath: folder.cache.path).first)
        try Data("not a database".utf8).write(to: folder.cache.appendingPathComponent(cacheFile))
        var rebuilt = false
        let index = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) { rebuilt = true }
        #expect(rebuilt)
        #expect(index.conceptCount == 6)
    }

    @Test func anInvalidGlossaryIsNeverCached() throws {
        var rows = sampleRows
        rows[4][3] = "obsolete"
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(rows)])
        defer { folder.remove() }
        #expect(throws: GlossaryErrors.self) { try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) }
        #expect(throws: GlossaryErrors.self) { try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache) }
    }
}

@Suite struct KeyNeighbourhoodTests {
    private func hashes(_ variants: [String]) -> [Int32] {
        variants.map { Int32(truncatingIfNeeded: StableHash.of($0)) }.sorted()
    }

    /// Each distinct variant once, in no set order: deleting either "k" of "kkbl" gives "kbl".
    @Test func aKeyIsFiledUnderItselfAndEachOfItsDeletions() {
        #expect(KeyNeighbourhood.hashes(of: "kbld").sorted() == hashes(["kbld", "bld", "kld", "kbd", "kbl"]))
        #expect(KeyNeighbourhood.hashes(of: "kkbll").sorted() == hashes(["kkbll", "kbll", "kkll", "kkbl"]))
        #expect(KeyNeighbourhood.hashes(of: "=ébla").sorted() == hashes(["=ébla", "ébla", "=bla", "=éla", "=éba", "=ébl"]))
        #expect(KeyNeighbourhood.hashes(of: "kbl").sorted() == hashes(["kbl", "bl", "kl", "kb"]))
        #expect(KeyNeighbourhood.hashes(of: "kb").isEmpty)
    }

    /// Deletions cost the square of the key's length: a 25,000-letter capitalised word used to
    /// hold `glossa check` for over a minute.
    @Test func keysLongerThanAnyNameHaveNoNeighbourhood() {
        let longest = String(repeating: "bcdf", count: KeyNeighbourhood.maximumKeyLength / 4)
        #expect(KeyNeighbourhood.hashes(of: longest).count == KeyNeighbourhood.maximumKeyLength + 1)
        #expect(KeyNeighbourhood.hashes(of: longest + "g").isEmpty)
        #expect(KeyNeighbourhood.hashes(of: String(repeating: "bcdfg", count: 5_000)).isEmpty)
    }
}
