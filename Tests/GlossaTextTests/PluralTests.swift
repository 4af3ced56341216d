import Testing
@testable import GlossaText

@Suite struct PluralTests {
    @Test(arguments: [
        ("taliban", "fr", "talibans"),
        ("frappe aérienne", "fr", "frappes aériennes"),
        ("retrait des troupes", "fr", "retraits des troupes"),
        ("journal", "fr", "journaux"),
        ("réseau", "fr", "réseaux"),
        ("air strike", "en", "air strikes"),
        ("embassy", "en", "embassies"),
        ("province", "en", "provinces"),
    ])
    func regularPlurals(_ row: (String, String, String)) {
        #expect(Plural.regular(row.0, language: row.1) == row.2)
    }

    @Test func invariableAndUnknown() {
        #expect(Plural.regular("porte-parole", language: "fr") == nil)
        #expect(Plural.regular("talibans", language: "fr") == nil)
        #expect(Plural.regular("Kaboul", language: "ps") == nil)
    }
}
