import Foundation

/// What the `confusable` rule asks of the characters of one word: whether it may mix scripts,
/// which of its letters are the odd ones out, whether it is mathematical notation, and what it
/// reads as once invisible and compatibility characters are taken out.
enum ConfusableCharacters {
    /// Cheap pre-test: a word with both ASCII letters and letters from beyond the Latin blocks.
    static func mayMixScripts(_ word: String) -> Bool {
        // UTF-8 lead bytes below 0xCA encode ASCII and the Latin blocks: nothing to mix.
        guard word.utf8.contains(where: { $0 >= 0xCA }) else { return false }
        var ascii = false, beyondLatin = false
        for scalar in word.unicodeScalars {
            if scalar.isASCII { ascii = ascii || scalar.properties.isAlphabetic } else if scalar.value > 0x24F {
                beyondLatin = beyondLatin || scalar.properties.isAlphabetic
            }
        }
        return beyondLatin && (ascii || word.unicodeScalars.contains { $0.value > 0x24F && $0.value < 0x2000 })
    }

    /// Cheap pre-test: a character of three UTF-8 bytes or more that may be invisible (a zero
    /// width joiner, a word joiner, a direction mark) or stand for a plain letter (fullwidth
    /// "Ｋ", the roman numeral "ⅼ", mathematical "𝐊").
    static func mayHide(_ word: String) -> Bool {
        word.utf8.contains { $0 >= 0xE2 } && word.unicodeScalars.contains(where: isHiding)
    }

    /// The word with its hiding characters taken out or made plain (NFKC), when that changes it.
    static func plain(_ word: String) -> String? {
        guard mayHide(word) else { return nil }
        let visible = String(String.UnicodeScalarView(word.unicodeScalars.filter { !isInvisible($0) }))
        let plain = visible.precomposedStringWithCompatibilityMapping
        return plain == word ? nil : plain
    }

    /// Physics and maths write a Greek letter beside Latin ones ("ΔT", "Δx", "2πr"): a word of
    /// at most three letters and digits, one of them Greek, is notation, not a disguised name.
    static func isNotation(_ word: String) -> Bool {
        let scalars = word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return scalars.count <= 3 && scalars.filter { script(of: $0) == "GREEK" }.count == 1
            && scalars.allSatisfy { $0.isASCII || script(of: $0) == "GREEK" }
    }

    /// The letters of scripts other than the word's commonest, or its hiding characters, named
    /// for the message: "'а' (U+0430 CYRILLIC SMALL LETTER A)".
    static func culprits(in word: String) -> String {
        let hiding = Array(word.unicodeScalars.filter(isHiding))
        let odd: [Unicode.Scalar]
        if !hiding.isEmpty {
            odd = hiding
        } else {
            let letters = Array(word.unicodeScalars.filter { $0.properties.isAlphabetic })
            let counts = Dictionary(grouping: letters, by: script).mapValues(\.count)
            // Latin wins a tie: the odd letters are then the others ("ΔT": the Delta).
            let commonest = counts.max { ($0.value, $0.key == "LATIN" ? 1 : 0) < ($1.value, $1.key == "LATIN" ? 1 : 0) }?.key
            odd = letters.filter { script(of: $0) != commonest }
        }
        var seen = Set<Unicode.Scalar>()
        return odd.filter { seen.insert($0).inserted }.prefix(3).map(describe).joined(separator: ", ")
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name.map { " \($0)" } ?? ""
        return isInvisible(scalar) ? "an invisible \(code)\(name)" : "'\(scalar)' (\(code)\(name))"
    }

    /// The first word of a letter's Unicode name: "LATIN", "CYRILLIC", "GREEK"; the name is a
    /// good enough script for a message, where ICU's script property would need its own wrapper.
    private static func script(of scalar: Unicode.Scalar) -> String {
        scalar.properties.name.flatMap { $0.split(separator: " ").first.map(String.init) } ?? ""
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // A soft hyphen is the typesetter's, and visible where the line breaks.
        scalar.properties.isDefaultIgnorableCodePoint && scalar != "\u{AD}"
    }

    private static func isHiding(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x2000 else { return false }
        if isInvisible(scalar) { return true }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return false }
        let text = String(scalar)
        return text.precomposedStringWithCompatibilityMapping != text
    }
}
