/// Builds the variant key: one key for the French and the English romanisation of the same
/// name ("Mazar-e-charif", "Mazar-i-Sharif"), different keys for different names.
///
/// The key is a consonant skeleton computed by ICU transliterator rules in passes:
/// 1. accent folding and lower case;
/// 2. French/English orthography equivalences (ch/sh, dj/j, ou/u, kh/k, q/k, w/v, ph/f, …);
/// 3. doubled letters collapse ("sh" becomes one letter, `S`);
/// 4. vowels after a letter drop; a word's first vowel becomes `a`; a word made only of vowels
///    (the "e" of "Mazar-e Sharif") drops; a word-final `h` drops.
/// Each word is keyed alone and the keys are joined, so "Lashkar Gah" and "Lashkargah" meet.
///
/// The skeleton over-merges on purpose (Mahmud/Muhamad); `VariantKey.orthographic` gives the
/// form on which a distance confirms a candidate (see `VariantSimilarity`).
public final class VariantKeyBuilder: Sendable {
    /// Bump when the rules change: cached indexes built with other rules are rebuilt.
    public static let rulesVersion = 3

    private let orthographyRules = DeferredTransliterator(id: "Glossa-Orthography", rules: orthography)
    private let skeletonRules = DeferredTransliterator(id: "Glossa-Skeleton", rules: skeleton)

    public init() {}

    /// The shared builder: its ICU rules, compiled on first use, cost milliseconds to compile.
    public static let shared = VariantKeyBuilder()

    /// Accent-folded, lower-cased text with the orthography equivalences applied; word
    /// separators are kept. Distances that confirm a key match are measured on this form.
    public func orthographic(_ text: String) throws -> String {
        if ASCIIKeyRules.handles(text) { return ASCIIKeyRules.orthographic(text) }
        return try orthographyRules.transform(Typography.plain(text))
    }

    /// The variant key of a name or term.
    public func key(_ text: String) throws -> String {
        if ASCIIKeyRules.handles(text) { return asciiKey(text) }
        return try keyWithICU(text)
    }

    /// `orthographic` through ICU alone: the reference for `ASCIIKeyRules`.
    func orthographicWithICU(_ text: some StringProtocol) throws -> String {
        try orthographyRules.transform(Typography.plain(String(text)))
    }

    /// `key` through ICU's transliterators alone: the reference for `ASCIIKeyRules`.
    func keyWithICU(_ text: some StringProtocol) throws -> String {
        let undotted = String(text.filter { $0 != "." })
        if Self.isAcronym(undotted) { return "=" + undotted.lowercased() }
        var key = ""
        for word in Self.words(of: text) {
            key += Self.isAcronym(word) ? "=" + word.lowercased() : try skeletonRules.transform(orthographicWithICU(word))
        }
        return key
    }

    private func asciiKey(_ text: String) -> String {
        if Self.isAcronym(text) { return "=" + text.lowercased() }
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count + 1)
        let utf8 = text.utf8
        var wordStart = utf8.startIndex
        while wordStart < utf8.endIndex {
            let wordEnd = utf8[wordStart...].firstIndex { $0 == 0x20 || $0 == 0x2D || $0 == 0x27 } ?? utf8.endIndex
            if wordStart < wordEnd {
                let word = text[wordStart..<wordEnd]
                if Self.isAcronym(word) {
                    key.append(UInt8(ascii: "="))
                    key += word.lowercased().utf8
                } else {
                    ASCIIKeyRules.appendKey(ofWord: word, to: &key)
                }
            }
            wordStart = wordEnd == utf8.endIndex ? wordEnd : utf8.index(after: wordEnd)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The orthographic form and the key together, for callers that need both.
    public func forms(_ text: String) throws -> (orthographic: String, key: String) {
        (try orthographic(text), try key(text))
    }

    /// Keys are built word by word, so the key of a name is the concatenation of the keys of its
    /// words, whatever separates them: running text can be keyed one token at a time.
    static func words(of text: some StringProtocol) -> [Substring] {
        let text = Substring(text)
        return text.split { character in !(character.isLetter || character.isNumber || character.unicodeScalars.allSatisfy {
            $0.properties.generalCategory == .nonspacingMark
        }) }
    }

    /// "US", "ONU", "UE": initials are not romanisations, so their key is their letters, and
    /// "US" and "IS" stay apart. Longer all-capital words are headlines ("KABOUL"), not initials.
    public static func isAcronym(_ word: String) -> Bool {
        isAcronymText(word)
    }

    static func isAcronym(_ word: Substring) -> Bool {
        isAcronymText(word)
    }

    /// Public entry points take concrete types: a generic one called from another module runs
    /// unspecialised, through protocol witnesses for every byte.
    private static func isAcronymText(_ word: some StringProtocol) -> Bool {
        // Bytes first: most words start with a lower-case ASCII letter.
        var letters = 0
        for byte in word.utf8 {
            if byte >= 0x80 { return isAcronymBeyondASCII(word) }
            guard byte >= 0x41, byte <= 0x5A else { return false }
            letters += 1
        }
        return (2...4).contains(letters)
    }

    private static func isAcronymBeyondASCII(_ word: some StringProtocol) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return (2...4).contains(letters)
    }

    private static let vowels = "aeiou"

    static let orthography = """
        :: NFD ;
        :: [:Nonspacing Mark:] Remove ;
        :: Lower ;
        :: NFC ;
        :: Null ;
        ['] > ' ' ;
        [[:Z:][:Pd:]]+ > ' ' ;
        :: Null ;
        tch > ch ;
        dzh > j ;
        sch > ch ;
        :: Null ;
        ch > sh ;
        dj > j ;
        zh > j ;
        kh > k ;
        ou > u ;
        ph > f ;
        ck > k ;
        q > k ;
        c } [eiy] > s ;
        c > k ;
        w > v ;
        y > i ;
        x > ks ;
        """

    static let skeleton: String = {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let collapse = letters.map { "\($0)\($0) > \($0) ;" }.joined(separator: "\n")
        return """
            \(collapse)
            :: Null ;
            sh > S ;
            :: Null ;
            [:L:] { h } [^[:L:]] > ;
            [:L:] { h } $ > ;
            :: Null ;
            ^ { [\(vowels)]+ } $ > ;
            [^[:L:]] { [\(vowels)]+ } [^[:L:]] > ;
            ^ { [\(vowels)]+ } [^[:L:]] > ;
            [^[:L:]] { [\(vowels)]+ } $ > ;
            :: Null ;
            [:L:] { [\(vowels)] > ;
            [\(vowels)] > a ;
            :: Null ;
            [^[:L:][:N:]] > ;
            """
    }()
}
