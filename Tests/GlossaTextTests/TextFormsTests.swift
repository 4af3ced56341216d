import Testing
@testable import GlossaText

@Suite struct TextFormsTests {
    @Test(arguments: [
        ("d’Hérat", "d'hérat"),
        ("d\u{2BC}Hérat", "d'hérat"),
        ("«\u{A0}Kaboul\u{A0}»", "\" kaboul \""),
        ("Mazar\u{2011}i\u{2013}Sharif", "mazar-i-sharif"),
        ("  Lashkar   Gah ", "lashkar gah"),
        ("Mazar - e", "mazar-e"),
        ("He\u{301}rat", "hérat"),
        ("ÉTATS-UNIS", "états-unis"),
        ("ﬁn", "fin"),
    ])
    func exactFormFoldsCaseAndTypography(_ pair: (String, String)) throws {
        #expect(try TextForms.exact(pair.0) == pair.1)
    }

    @Test func foldedFormDropsAccents() throws {
        #expect(try TextForms.folded("Hérat") == "herat")
        #expect(try TextForms.folded("Koweït") == "koweit")
        #expect(try TextForms.folded("Mazâr-e Charîf") == "mazar-e charif")
    }

    @Test func caseMappingIsLocaleAware() throws {
        #expect(try ICUTransforms.uppercased("istanbul", locale: "tr") == "İSTANBUL")
        #expect(try ICUTransforms.lowercased("ÉTATS", locale: "fr") == "états")
        #expect(try ICUTransforms.foldCase("STRASSE") == ICUTransforms.foldCase("straße"))
    }

    @Test func normalizationForms() throws {
        #expect(try ICUTransforms.normalize("He\u{301}rat", .nfc).unicodeScalars.count == 5)
        #expect(try ICUTransforms.normalize("Hérat", .nfd).unicodeScalars.count == 6)
        #expect(try ICUTransforms.normalize("", .nfc) == "")
    }

    @Test func typographyMapsOneScalarToOne() {
        let text = "l’Otan\u{202F}: «\u{A0}non\u{A0}» — dit-il"
        #expect(Typography.plain(text).unicodeScalars.count == text.unicodeScalars.count)
        #expect(Typography.plain(text) == "l'Otan : \" non \" - dit-il")
    }

    @Test func spoofCheckerFlagsMixedScripts() throws {
        let checker = try SpoofChecker()
        #expect(try checker.isSuspicious("\u{41A}abul"))
        #expect(try checker.isSuspicious("Kabul") == false)
        #expect(try checker.isSuspicious("Hérat") == false)
    }

    /// Look-alike letters read as the ASCII letter of the same case they imitate; a letter
    /// without one (Greek Delta) gives no reading, nor does a word with nothing to read.
    @Test func lookalikesReadAsLatin() throws {
        let checker = try SpoofChecker()
        #expect(try checker.latinReadings(of: "\u{41A}abul") == ["Kabul"])
        #expect(try checker.latinReadings(of: "Khal\u{456}lzad") == ["Khalilzad", "Khalllzad"])
        #expect(try checker.latinReadings(of: "\u{39A}ABUL") == ["KABUL"])
        // The palochka reads as "i" to ICU, and looks as much like "l".
        #expect(try checker.latinReadings(of: "Kabu\u{4CF}") == ["Kabui", "Kabul"])
        #expect(try checker.latinReadings(of: "\u{394}T") == [])
        #expect(try checker.latinReadings(of: "Hérat") == [])
        #expect(try checker.skeleton("\u{41A}abul") == checker.skeleton("Kabul"))
    }
}
