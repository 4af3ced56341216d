import Foundation
import GlossaTM
import Testing

@Suite struct MemorySearchTests {
    @Test func exactMatchScoresHundredAndComesFirst() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news + [
            ("Le 15 août, les talibans sont entrés dans Kaboul !", "On 15 August, the Taliban entered Kabul!"),
        ]))
        let matches = try fixture.search().search("Le 15 août, les talibans sont entrés dans Kaboul.")
        #expect(matches.map(\.score) == [100, 95])
        #expect(matches[0].unit.id == "u2")
        #expect(matches[0].differences.isEmpty)
        #expect(matches[0].adaptedTarget == nil)
        #expect(matches[1].differences.map(\.kind) == [.changed])
    }

    @Test func nameIsAPlaceableAndTheTargetIsAdapted() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news))
        let matches = try fixture.search().search("Les talibans ont pris le contrôle de Kandahar, troisième ville du pays.")
        let best = try #require(matches.first)
        #expect(best.score == 97)
        #expect(best.unit.id == "u1")
        #expect(best.differences.map(\.kind) == [.placeable])
        let source = Array(best.unit.source.utf8)
        #expect(String(decoding: source[best.differences[0].utf8Range], as: UTF8.self) == "Hérat")
        #expect(best.adaptedTarget == "The Taliban took control of Kandahar, the country's third-largest city.")
    }

    @Test func numbersArePlaceables() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news))
        let best = try #require(try fixture.search().search("Le 20 août, les talibans sont entrés dans Hérat.").first)
        #expect(best.score == 94)
        #expect(best.adaptedTarget == "On 20 August, the Taliban entered Herat.")
    }

    @Test func noRealMatchReturnsNothing() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news))
        #expect(try fixture.search().search("Il pleut sur la ville depuis ce matin.").isEmpty)
        #expect(try fixture.search().search("").isEmpty)
    }

    @Test func aReversedFileServesTheOtherDirection() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/en-fr.tmx", MemoryFixture.tmx(MemoryFixture.news.map { ($0.1, $0.0) }, source: "en-GB", target: "fr-FR"))
        let best = try #require(try fixture.search().search("Le président a quitté le pays.").first)
        #expect(best.score == 100)
        #expect(best.unit.target == "The president left the country.")
        #expect(best.unit.sourceLanguage == "fr-FR")
        let english = try #require(try fixture.search(from: "en", to: "fr").search("The president left the country.").first)
        #expect(english.unit.target == "Le président a quitté le pays.")
    }

    @Test func concordanceFindsAPhraseInEitherLanguage() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news))
        let search = try fixture.search()
        #expect(try search.concordance("près de l’aeroport").map(\.unit.id) == ["u4"])
        #expect(try search.concordance("the Taliban").map(\.unit.id) == ["u1", "u2"])
        #expect(try search.concordance("the Taliban").map(\.matchedLanguage) == ["en", "en"])
        #expect(try search.concordance("aéroport de Kaboul").isEmpty)
    }

    @Test(arguments: [
        ("Le président a quitté le pays.", "Le président a quitté le pays.", 100),
        ("Le président a quitté le pays.", "Le Président a quitté le pays.", 98),
        ("Le président a quitté le pays.", "Le président a quitté la ville.", 69),
        ("Le président a quitté le pays.", "Le président a quitté le pays", 92),
    ])
    func scores(query: String, stored: String, expected: Int) throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        let search = try fixture.search()
        let unit = MemoryUnit(id: "1", source: stored, target: "x", sourceLanguage: "fr", targetLanguage: "en", origin: "t.tmx", line: 1)
        #expect(try search.score(unit, against: query)?.score == expected)
    }
}
