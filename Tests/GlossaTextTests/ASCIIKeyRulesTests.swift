import Foundation
import Testing
@testable import GlossaText

/// The ASCII passes must give exactly what ICU's transliterator rules give.
@Suite struct ASCIIKeyRulesTests {
    let keys = VariantKeyBuilder.shared

    private func assertAgrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try keys.key(text) == keys.keyWithICU(text), "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(try keys.orthographic(text) == keys.orthographicWithICU(text), "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "Mazar-i-Sharif", "Mazar-e-charif", "Tchétchénie".filter(\.isASCII), "Djalalabad", "Jalalabad", "Kaboul", "Kabul",
        "Herat", "Lashkar Gah", "Lashkargah", "Zhaozhou", "Khost", "Chechnya", "Schmidt", "Dzhokhar", "Quetta", "Cecily",
        "Kuwayt", "Kuwait", "Phillip", "Mackenzie", "Xinjiang", "Abu Dhabi", "aaa", "hhh", "ah", "h", "e", "ea 3 ae", "a3e",
        "US", "ONU", "U S", "IS", "NATO", "l'Otan", "d'Hérat".filter(\.isASCII), "Ben Laden", "Ben Landen", "Taliban's",
        "shh", "ssh", "chch", "tchtch", "3ea4", "ae3", "h3", "ah3h", "MAZAR-I-SHARIF", "Aaron", "Ouagadougou", "aujourd'hui",
        "O'Neill", "--", "' '", "a--b", "a - b", "y", "ycy", "cyc", "ckh", "khch", "ouou", "oou", "uou",
        "Tchétchénie", "d'Hérat", "Hérat", "États-Unis", "ÉU", "Saïgon", "Kunduzî", "Göring", "Çanakkale", "Łódź",
    ])
    func agreesOnNames(_ text: String) throws {
        try assertAgrees(text)
    }

    /// Random text over the letters the rules treat specially, from a fixed seed.
    @Test func agreesOnRandomText() throws {
        let pieces = ["a", "e", "i", "o", "u", "y", "h", "c", "s", "t", "d", "z", "k", "q", "w", "x", "p", "j", "g", "n",
                      "ch", "sh", "tch", "dzh", "ou", "kh", "ck", "A", "S", "H", "C", "3", " ", "-", "'", "aa", "hh",
                      "é", "È", "ç", "Ç", "ô", "Ü", "ñ", "ï", "Å", "ÿ", "œ", "ß", "Ł", "ı"]
        var state: UInt64 = 2021
        for _ in 0..<20_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(1 + Int(state >> 33) % 8) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            try assertAgrees(text)
        }
    }

    /// Every word of the system word lists that the rules handle (ASCII, and accented Latin
    /// letters that fold to ASCII), when the lists are installed.
    @Test func agreesOnWordLists() throws {
        for path in ["/usr/share/dict/french", "/usr/share/dict/american-english"] {
            guard let list = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for word in list.split(separator: "\n") where ASCIIKeyRules.handles(word) {
                try assertAgrees(String(word))
            }
        }
    }

    /// The byte-level exact form of ASCII and Latin-1 letters is ICU's, and the byte path
    /// refuses what it cannot fold (ß, ligatures, combining marks, other spaces).
    @Test func exactFormsAgree() throws {
        let pieces = ["a", "B", " ", "  ", "-", " - ", "Kaboul", "'", ".", "Mazar - e", " x", "y ", "É", "é", "À", "ÿ", "Ÿ",
                      "×", "÷", "Þ", "ß", "Œ", "ﬁ", "\u{301}", "\u{A0}", "’", "\t", "İ", "µ"]
        var state: UInt64 = 5
        for _ in 0..<20_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(1 + Int(state >> 33) % 8) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(try TextForms.exact(text) == TextForms.exactWithICU(text), "\(text.debugDescription)")
        }
        #expect(TextForms.latinExact("ÉTATS-UNIS".utf8) == "états-unis")
        #expect(TextForms.latinExact("Straße".utf8) == nil)
        #expect(TextForms.latinExact("He\u{301}rat".utf8) == nil)
    }

    @Test func exactFormsAgreeOnWordLists() throws {
        for path in ["/usr/share/dict/french", "/usr/share/dict/american-english", "/usr/share/dict/british-english"] {
            guard let list = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for word in list.split(separator: "\n").map(String.init) {
                #expect(try TextForms.exact(word) == TextForms.exactWithICU(word), "\(word.debugDescription)")
                #expect(try TextForms.exact(word.uppercased()) == TextForms.exactWithICU(word.uppercased()), "\(word.debugDescription)")
            }
        }
    }
}
