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

    /// `plain` returns text holding none of the lead bytes of mapped scalars untouched: every
    /// scalar of the Basic Multilingual Plane, alone and inside a word, must still map.
    @Test func plainMapsEveryScalarItMapsOneByOne() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let word = "a\(scalar)b"
            let expected = "a\(Typography.plainScalar(scalar))b"
            #expect(Typography.plain(word) == expected, "U+\(String(value, radix: 16))")
        }
        #expect(Typography.plain("ab`c") == "ab'c")
        #expect(Typography.plain("Hérat") == "Hérat")
    }

    @Test func firstLetterCase() {
        #expect("Kaboul".startsWithCapital && !"Kaboul".startsWithLowercase)
        #expect("talibans".startsWithLowercase && !"talibans".startsWithCapital)
        #expect("États-Unis".startsWithCapital && "été".startsWithLowercase)
        #expect("E\u{301}tats".startsWithCapital)
        for word in ["", "3e", "'Hérat", "«", "مزار"] {
            #expect(!word.startsWithCapital && !word.startsWithLowercase, "\(word)")
        }
        for (word, inCapitals, allUppercase) in [("SE", true, true), ("MÉFIENT", true, true), ("A380", true, false),
                                                 ("ONU", true, true), ("U", false, true), ("É", false, true),
                                                 ("Kaboul", false, false), ("ÉTATS-UNIS", true, false), ("", false, true),
                                                 ("KABUL's", false, false), ("ΚΑΒΟΥΛ", true, true)] {
            #expect(word.isInCapitals == inCapitals, "\(word)")
            #expect(word.isAllUppercase == allUppercase, "\(word)")
            #expect(word.isInCapitals == (word.count > 1 && !word.contains(where: \.isLowercase)), "\(word)")
            #expect(word.isAllUppercase == word.allSatisfy(\.isUppercase), "\(word)")
        }
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
