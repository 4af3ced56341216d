/// The orthography and skeleton rules of `VariantKeyBuilder`, applied directly to ASCII
/// letters, digits, spaces, hyphens and apostrophes.
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
        text.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x20 || $0 == 0x2D || $0 == 0x27 }
    }

    static func orthographic(_ text: some StringProtocol) -> [UInt8] {
        var bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        bytes = separators(bytes)
        bytes = clusters(bytes)
        return equivalences(bytes)
    }

    static func skeleton(_ orthographic: [UInt8]) -> [UInt8] {
        var bytes = collapsingDoubles(orthographic)
        bytes = pass(bytes) { input, index, _ in
            input[index] == c("s") && next(input, index) == c("h") ? ([c("S")], 2) : nil
        }
        bytes = pass(bytes) { input, index, output in
            // A final h, or an h before a non-letter, drops after a letter.
            guard input[index] == c("h"), let previous = output.last, isLetter(previous) else { return nil }
            guard let following = next(input, index) else { return ([], 1) }
            return isLetter(following) ? nil : ([], 1)
        }
        bytes = pass(bytes) { input, index, output in
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
                return ([], end - index)
            }
            return nil
        }
        bytes = pass(bytes) { input, index, output in
            guard isVowel(input[index]) else { return nil }
            if let previous = output.last, isLetter(previous) { return ([], 1) }
            return ([c("a")], 1)
        }
        return bytes.filter { isLetter($0) || isDigit($0) }
    }

    // MARK: Orthography passes

    /// An apostrophe becomes a space; a run of spaces and hyphens becomes one space.
    private static func separators(_ bytes: [UInt8]) -> [UInt8] {
        pass(bytes) { input, index, _ in
            if input[index] == 0x27 { return ([0x20], 1) }
            guard input[index] == 0x20 || input[index] == 0x2D else { return nil }
            var end = index
            while end < input.count, input[end] == 0x20 || input[end] == 0x2D { end += 1 }
            return ([0x20], end - index)
        }
    }

    private static func clusters(_ bytes: [UInt8]) -> [UInt8] {
        pass(bytes) { input, index, _ in
            guard index + 2 < input.count, input[index + 2] == c("h") else { return nil }
            switch (input[index], input[index + 1]) {
            case (c("t"), c("c")), (c("s"), c("c")): return ([c("c"), c("h")], 3)
            case (c("d"), c("z")): return ([c("j")], 3)
            default: return nil
            }
        }
    }

    private static func equivalences(_ bytes: [UInt8]) -> [UInt8] {
        pass(bytes) { input, index, _ in
            let following = next(input, index)
            switch (input[index], following) {
            case (c("c"), c("h")): return ([c("s"), c("h")], 2)
            case (c("d"), c("j")), (c("z"), c("h")): return ([c("j")], 2)
            case (c("k"), c("h")): return ([c("k")], 2)
            case (c("o"), c("u")): return ([c("u")], 2)
            case (c("p"), c("h")): return ([c("f")], 2)
            case (c("c"), c("k")): return ([c("k")], 2)
            case (c("q"), _): return ([c("k")], 1)
            case (c("c"), c("e")), (c("c"), c("i")), (c("c"), c("y")): return ([c("s")], 1)
            case (c("c"), _): return ([c("k")], 1)
            case (c("w"), _): return ([c("v")], 1)
            case (c("y"), _): return ([c("i")], 1)
            case (c("x"), _): return ([c("k"), c("s")], 1)
            default: return nil
            }
        }
    }

    private static func collapsingDoubles(_ bytes: [UInt8]) -> [UInt8] {
        pass(bytes) { input, index, _ in
            let letter = input[index]
            guard letter >= c("a"), letter <= c("z"), next(input, index) == letter else { return nil }
            return ([letter], 2)
        }
    }

    // MARK: Machinery

    /// One left-to-right pass: `rule` gives a replacement and how many input bytes it
    /// consumes, or nil to copy one byte.
    private static func pass(_ input: [UInt8], _ rule: ([UInt8], Int, [UInt8]) -> ([UInt8], Int)?) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 4)
        var index = 0
        while index < input.count {
            if let (replacement, consumed) = rule(input, index, output) {
                output += replacement
                index += consumed
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    private static func c(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

    private static func next(_ bytes: [UInt8], _ index: Int) -> UInt8? {
        index + 1 < bytes.count ? bytes[index + 1] : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }
}
