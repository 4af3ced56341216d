import Testing
@testable import GlossaGlossary
@testable import GlossaMatching

@Suite struct WordTableTests {
    /// Words of every length around the packed ones' limits, read from every place in a text
    /// (its last bytes too, where they cannot be loaded eight at a time), against a dictionary.
    @Test func numbersWordsAsADictionaryWould() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        let alphabet: [UInt8] = [0x00, 0x61, 0x62, 0xC3, 0xA9, 0xFF]
        var table = WordTable()
        var reference: [[UInt8]: Int32] = [:]
        for round in 0..<20_000 {
            let word = (0..<(1 + next(20))).map { _ in alphabet[next(alphabet.count)] }
            // The word at the start, the middle or the very end of its text.
            let before = (0..<next(3) * 7).map { _ in UInt8(0x20) }
            let after = round % 3 == 0 ? [] : (0..<next(20)).map { _ in UInt8(0x7A) }
            let text = before + word + after
            let (id, isNew) = text.withUnsafeBufferPointer { table.insert(before.count..<(before.count + word.count), of: $0) }
            if let known = reference[word] {
                #expect(id == known && !isNew, "\(word)")
            } else {
                #expect(isNew && Int(id) == reference.count, "\(word)")
                reference[word] = id
            }
            #expect(Array(table.bytes(of: id)) == word)
        }
        #expect(table.count == reference.count)
    }

    /// A trailing NUL byte makes another word: the packed bytes alone would not tell.
    @Test func lengthTellsWordsWithTrailingZerosApart() {
        var table = WordTable()
        let ids = [[0x61], [0x61, 0x00], [0x61, 0x00, 0x00], Array(repeating: 0x00, count: 16), Array(repeating: 0x00, count: 17)]
            .map { (word: [UInt8]) in word.withUnsafeBufferPointer { table.insert($0).id } }
        #expect(Set(ids).count == 5)
    }
}

@Suite struct PackedKeyTableTests {
    /// Keys 0 and up, many past a growth, and values that are themselves nil (a verdict of
    /// "no finding" is memoised too), against a dictionary.
    @Test func answersAsADictionaryWould() {
        var table = PackedKeyTable<Int?>()
        var reference: [UInt64: Int?] = [:]
        for index in 0..<5_000 {
            let key = UInt64(index) &* 0x1_0000_0001 >> (index % 3 == 0 ? 32 : 0)
            guard reference[key] == nil else { continue }
            let value: Int? = index % 5 == 0 ? nil : index
            table.insert(value, for: key)
            reference[key] = .some(value)
        }
        #expect(table.count == reference.count)
        for (key, value) in reference {
            #expect(table[key] == .some(value), "\(key)")
        }
        #expect(table[UInt64.max] == nil)
    }
}

@Suite struct PluralSlotTests {
    /// The words and numbers before a name that make it plural in French, and none in English.
    @Test func wordsAndNumbersThatMakeANamePlural() {
        let french = LanguageCode.french, english = LanguageCode.english
        for (word, isNumber, expected) in [("2", true, true), ("1", true, false), ("10", true, true), ("0", true, false),
                                           ("1,5", true, true), ("٣", true, false), ("١٢", true, true),
                                           ("2é", true, true), ("é1", true, false), ("é2é3", true, true), ("²", true, false),
                                           ("1²", true, true), ("Ⅻ", true, false),
                                           ("Les", false, true), ("plusieurs", false, true), ("nombreuses", false, true),
                                           ("nombreusesx", false, false), ("un", false, false), ("lesquels", false, false)] {
            #expect(TextContext.makesPlural(word, isNumber: isNumber, language: french) == expected, "\(word)")
            #expect(!TextContext.makesPlural(word, isNumber: isNumber, language: english), "\(word)")
        }
    }
}
