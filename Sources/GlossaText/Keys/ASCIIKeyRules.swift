import Foundation

/// The orthography and skeleton rules of `VariantKeyBuilder`, applied directly to ASCII
/// letters, digits, spaces, hyphens and apostrophes, and to the Latin letters with accents
/// that fold to an ASCII letter (é, ç, Ö, ł excepted: see `foldedLatin`).
///
/// Building keys through ICU's transliterators costs a few microseconds a word and was the
/// largest cost of checking text full of distinct names. These passes do what the ICU rules
/// do, pass for pass: at each position the first rule that matches wins, the output is not
/// looked at again in the same pass, and a rule's left context is the output so far.
/// `ASCIIKeyRulesTests` compares them with ICU on word lists and random text; anything else
/// still goes to ICU.
enum ASCIIKeyRules {
    /// True for text these rules handle.
    static func handles(_ text: some StringProtocol) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                guard isLetter(byte) || isDigit(byte) || byte == 0x20 || byte == 0x2D || byte == 0x27 else { return false }
            } else {
                guard byte >= 0xC3, byte <= 0xC5, let next = utf8.next(), next & 0xC0 == 0x80,
                      foldedLatin[latinIndex(byte, next)] != 0 else { return false }
            }
        }
        return true
    }

    /// By scalar value up to U+017F: the lower-case ASCII letter that ICU's orthography rules
    /// (decompose, remove the marks, lower) leave of a Latin letter with accents, or 0 for a
    /// letter they leave alone (Æ, Œ, ß, ı, Ł), which goes to ICU. Made from the canonical
    /// decompositions themselves, so it cannot disagree with them; `ASCIIKeyRulesTests` checks
    /// every word of the system word lists against ICU.
    private static let foldedLatin: [UInt8] = (0..<0x180).map { value in
        guard value >= 0xC0, let scalar = Unicode.Scalar(value) else { return 0 }
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard parts.count > 1, let base = parts.first, base.isASCII, isLetter(UInt8(base.value)),
              parts.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
        else { return 0 }
        return UInt8(base.value) | 0x20
    }

    /// The scalar value of a two-byte UTF-8 sequence.
    private static func latinIndex(_ lead: UInt8, _ continuation: UInt8) -> Int {
        Int(lead & 0x1F) << 6 | Int(continuation & 0x3F)
    }

    /// The orthographic form of text these rules handle.
    static func orthographic(_ text: String) -> String {
        withScratch(capacity: text.utf8.count) { first, second in
            orthographic(text.utf8, into: &second, using: &first)
            return String(decoding: second.bytes, as: UTF8.self)
        }
    }

    /// Appends the key of one word, without separators, of text these rules handle.
    static func appendKey(ofWord word: Substring, to key: inout [UInt8]) {
        withScratch(capacity: word.utf8.count) { first, second in
            orthographic(word.utf8, into: &second, using: &first)
            skeleton(&second, using: &first)
            key.append(contentsOf: second.bytes)
        }
    }

    /// Two buffers in temporary storage, each pass reading one and writing the other: arrays
    /// allocated per pass and per word were most of the cost of a key. No pass more than
    /// doubles its input ("x" becomes "ks"), so twice the text's bytes always suffice.
    private static func withScratch<Result>(capacity textBytes: Int,
                                            _ body: (inout Scratch, inout Scratch) -> Result) -> Result {
        let capacity = 2 * textBytes + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { storage in
            var first = Scratch(base: storage.baseAddress!, capacity: capacity)
            var second = Scratch(base: storage.baseAddress! + capacity, capacity: capacity)
            return body(&first, &second)
        }
    }

    /// Folds and lower-cases `text` into `scratch`, then runs the orthography passes; the
    /// result lands in `result`.
    private static func orthographic(_ text: some Collection<UInt8>, into result: inout Scratch, using scratch: inout Scratch) {
        scratch.removeAll()
        var utf8 = text.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if let next = utf8.next() {
                scratch.append(foldedLatin[latinIndex(byte, next)])
            }
        }
        separators(scratch, into: &result)
        clusters(result, into: &scratch)
        equivalences(scratch, into: &result)
    }

    /// The skeleton passes over an orthographic form, in place: the key is left in `bytes`.
    private static func skeleton(_ bytes: inout Scratch, using other: inout Scratch) {
        collapsingDoubles(bytes, into: &other)
        pass(other, into: &bytes) { input, index, _ in
            input[index] == c("s") && next(input, index) == c("h") ? Replacement(c("S"), consuming: 2) : nil
        }
        pass(bytes, into: &other) { input, index, output in
            // A final h, or an h before a non-letter, drops after a letter.
            guard input[index] == c("h"), let previous = output.last, isLetter(previous) else { return nil }
            guard let following = next(input, index) else { return .drop(1) }
            return isLetter(following) ? nil : .drop(1)
        }
        pass(other, into: &bytes) { input, index, output in
            // A run of vowels standing alone between non-letters (or the text's ends) drops.
            guard isVowel(input[index]) else { return nil }
            // Every rule needs the text's start or a non-letter before the run; checking that
            // first keeps a long run from being rescanned at each of its vowels.
            if let previous = output.last, isLetter(previous) { return nil }
            var end = index
            while end < input.count, isVowel(input[end]) { end += 1 }
            let before = index == 0 ? nil : output.last
            let atStart = index == 0
            let atEnd = end == input.count
            let beforeIsNonLetter = before.map { !isLetter($0) } ?? false
            let afterIsNonLetter = !atEnd && !isLetter(input[end])
            if atStart && atEnd || beforeIsNonLetter && afterIsNonLetter || atStart && afterIsNonLetter
                || beforeIsNonLetter && atEnd {
                return .drop(end - index)
            }
            return nil
        }
        pass(bytes, into: &other) { input, index, output in
            guard isVowel(input[index]) else { return nil }
            if let previous = output.last, isLetter(previous) { return .drop(1) }
            return Replacement(c("a"), consuming: 1)
        }
        pass(other, into: &bytes) { input, index, _ in
            isLetter(input[index]) || isDigit(input[index]) ? nil : .drop(1)
        }
    }

    // MARK: Orthography passes

    /// An apostrophe becomes a space; a run of spaces and hyphens becomes one space.
    private static func separators(_ bytes: Scratch, into output: inout Scratch) {
        pass(bytes, into: &output) { input, index, _ in
            if input[index] == 0x27 { return Replacement(0x20, consuming: 1) }
            guard input[index] == 0x20 || input[index] == 0x2D else { return nil }
            var end = index
            while end < input.count, input[end] == 0x20 || input[end] == 0x2D { end += 1 }
            return Replacement(0x20, consuming: end - index)
        }
    }

    private static func clusters(_ bytes: Scratch, into output: inout Scratch) {
        pass(bytes, into: &output) { input, index, _ in
            guard index + 2 < input.count, input[index + 2] == c("h") else { return nil }
            switch (input[index], input[index + 1]) {
            case (c("t"), c("c")), (c("s"), c("c")): return Replacement(c("c"), c("h"), consuming: 3)
            case (c("d"), c("z")): return Replacement(c("j"), consuming: 3)
            default: return nil
            }
        }
    }

    private static func equivalences(_ bytes: Scratch, into output: inout Scratch) {
        pass(bytes, into: &output) { input, index, _ in
            let following = next(input, index)
            switch (input[index], following) {
            case (c("c"), c("h")): return Replacement(c("s"), c("h"), consuming: 2)
            case (c("d"), c("j")), (c("z"), c("h")): return Replacement(c("j"), consuming: 2)
            case (c("k"), c("h")): return Replacement(c("k"), consuming: 2)
            case (c("o"), c("u")): return Replacement(c("u"), consuming: 2)
            case (c("p"), c("h")): return Replacement(c("f"), consuming: 2)
            case (c("c"), c("k")): return Replacement(c("k"), consuming: 2)
            case (c("q"), _): return Replacement(c("k"), consuming: 1)
            case (c("c"), c("e")), (c("c"), c("i")), (c("c"), c("y")): return Replacement(c("s"), consuming: 1)
            case (c("c"), _): return Replacement(c("k"), consuming: 1)
            case (c("w"), _): return Replacement(c("v"), consuming: 1)
            case (c("y"), _): return Replacement(c("i"), consuming: 1)
            case (c("x"), _): return Replacement(c("k"), c("s"), consuming: 1)
            default: return nil
            }
        }
    }

    private static func collapsingDoubles(_ bytes: Scratch, into output: inout Scratch) {
        pass(bytes, into: &output) { input, index, _ in
            let letter = input[index]
            guard letter >= c("a"), letter <= c("z"), next(input, index) == letter else { return nil }
            return Replacement(letter, consuming: 2)
        }
    }

    // MARK: Machinery

    /// What a rule writes (up to two bytes) for how many input bytes: kept inline, since the
    /// passes run for every distinct word of a text.
    private struct Replacement {
        let first: UInt8?
        let second: UInt8?
        let consumed: Int

        init(_ first: UInt8, _ second: UInt8? = nil, consuming consumed: Int) {
            self.first = first
            self.second = second
            self.consumed = consumed
        }

        private init(dropping consumed: Int) {
            first = nil
            second = nil
            self.consumed = consumed
        }

        static func drop(_ count: Int) -> Replacement { Replacement(dropping: count) }
    }

    /// A fixed-capacity run of bytes in temporary storage.
    private struct Scratch {
        private let base: UnsafeMutablePointer<UInt8>
        private let capacity: Int
        private(set) var count = 0

        init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
            self.base = base
            self.capacity = capacity
        }

        subscript(index: Int) -> UInt8 { base[index] }
        var last: UInt8? { count == 0 ? nil : base[count - 1] }
        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        mutating func append(_ byte: UInt8) {
            precondition(count < capacity, "a key pass outgrew its scratch buffer")
            base[count] = byte
            count += 1
        }

        mutating func removeAll() { count = 0 }
    }

    /// One left-to-right pass from `input` into `output`, which it empties first: `rule` gives
    /// a replacement, or nil to copy one byte.
    @inline(__always)
    private static func pass(_ input: Scratch, into output: inout Scratch, _ rule: (Scratch, Int, Scratch) -> Replacement?) {
        output.removeAll()
        var index = 0
        while index < input.count {
            if let replacement = rule(input, index, output) {
                if let first = replacement.first { output.append(first) }
                if let second = replacement.second { output.append(second) }
                index += replacement.consumed
            } else {
                output.append(input[index])
                index += 1
            }
        }
    }

    private static func c(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

    private static func next(_ bytes: Scratch, _ index: Int) -> UInt8? {
        index + 1 < bytes.count ? bytes[index + 1] : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }
}
