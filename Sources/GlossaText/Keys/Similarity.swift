/// Edit distances used to confirm variant-key candidates and to rank likely typos.
public enum Similarity {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Edit cost between two orthographic forms where vowel edits cost half: romanisations
    /// disagree on vowels (Koweït/Kuwait) far more than on consonants.
    public static func transliterationCost(_ a: String, _ b: String) -> Double {
        // Orthographic forms are nearly always ASCII, where a byte is a character.
        if let cost = a.withASCIIBytes({ x in b.withASCIIBytes { y in asciiTransliterationCost(x, y) } }), let cost {
            return cost
        }
        return transliterationCostByCharacter(a, b)
    }

    /// `transliterationCost` over characters: the reference the ASCII path is tested against.
    static func transliterationCostByCharacter(_ a: String, _ b: String) -> Double {
        transliterationCost(Array(a), Array(b), isVowel: vowels.contains, isSpace: { $0 == " " })
    }

    /// `transliterationCost` of ASCII text, counted in half steps so that the sums are integers;
    /// it confirms every name candidate the scanner meets, so it runs on bytes in place.
    private static func asciiTransliterationCost(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Double {
        @inline(__always) func halfSteps(_ byte: UInt8) -> Int { isASCIIVowel(byte) || byte == 0x20 ? 1 : 2 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { storage in
            var previous = UnsafeMutableBufferPointer(rebasing: storage[0...y.count])
            var current = UnsafeMutableBufferPointer(rebasing: storage[(y.count + 1)...])
            previous[0] = 0
            for j in 0..<y.count { previous[j + 1] = previous[j] + halfSteps(y[j]) }
            for letter in x {
                let deletion = halfSteps(letter)
                let letterIsVowel = isASCIIVowel(letter)
                current[0] = previous[0] + deletion
                for j in 0..<y.count {
                    let other = y[j]
                    let substitution = letter == other ? 0 : letterIsVowel && isASCIIVowel(other) ? 1 : 2
                    current[j + 1] = min(previous[j] + substitution, previous[j + 1] + deletion, current[j] + halfSteps(other))
                }
                swap(&previous, &current)
            }
            return Double(previous[y.count]) / 2
        }
    }

    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    private static func transliterationCost<Letter: Equatable>(_ x: [Letter], _ y: [Letter], isVowel: (Letter) -> Bool,
                                                               isSpace: (Letter) -> Bool) -> Double {
        func cost(_ c: Letter) -> Double { isVowel(c) || isSpace(c) ? 0.5 : 1 }
        var previous = [Double](repeating: 0, count: y.count + 1)
        for j in 0..<y.count { previous[j + 1] = previous[j] + cost(y[j]) }
        var current = previous
        for i in 0..<x.count {
            current[0] = previous[0] + cost(x[i])
            for j in 0..<y.count {
                let substitution: Double
                if x[i] == y[j] {
                    substitution = 0
                } else if isVowel(x[i]) && isVowel(y[j]) {
                    substitution = 0.5
                } else {
                    substitution = 1
                }
                current[j + 1] = min(previous[j] + substitution,
                                     previous[j + 1] + cost(x[i]),
                                     current[j] + cost(y[j]))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// A lower bound of `transliterationDistance` from lengths alone: each character one form
    /// has beyond the other costs at least half.
    public static func transliterationDistanceLowerBound(_ a: String, _ b: String) -> Double {
        let (m, n) = (a.count, b.count)
        let length = max(m, n)
        return length == 0 ? 0 : Double(abs(m - n)) * 0.5 / Double(length)
    }

    /// `transliterationCost` relative to the longer form: 0 is identical.
    public static func transliterationDistance(_ a: String, _ b: String) -> Double {
        let length = max(a.count, b.count)
        return length == 0 ? 0 : transliterationCost(a, b) / Double(length)
    }

    /// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        // Folded forms are nearly always ASCII, where a byte is a character: the misspelling
        // check compares each unknown capitalised word with dozens of them.
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            return editDistance(Array(a.utf8), Array(b.utf8))!
        }
        return editDistance(Array(a), Array(b))!
    }

    /// A slip of the keyboard: a letter typed twice or once for twice ("Kaboull", "Kabboul"
    /// for "Kaboul"), or two neighbours swapped ("Kaobul"). Other single edits make other words
    /// as often as typos among short names.
    public static func isSlip(_ a: String, _ b: String) -> Bool {
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) { return isSlip(Array(a.utf8), Array(b.utf8)) }
        return isSlip(Array(a), Array(b))
    }

    private static func isSlip<Letter: Equatable>(_ x: [Letter], _ y: [Letter]) -> Bool {
        guard x != y else { return false }
        func singled(_ letters: [Letter]) -> [Letter] {
            letters.enumerated().filter { $0.offset == 0 || $0.element != letters[$0.offset - 1] }.map(\.element)
        }
        if singled(x) == singled(y) { return true }
        guard x.count == y.count, let first = x.indices.first(where: { x[$0] != y[$0] }), first + 1 < x.count else { return false }
        return x[first] == y[first + 1] && x[first + 1] == y[first] && x[(first + 2)...] == y[(first + 2)...]
    }

    /// 1 − editDistance / longer length: 1 is identical, 0 shares nothing.
    public static func ratio(_ a: String, _ b: String) -> Double {
        let length = max(a.count, b.count)
        return length == 0 ? 1 : 1 - Double(editDistance(a, b)) / Double(length)
    }

    /// `ratio(a, b)` when it reaches `floor`, else nil. The misspelling check compares each
    /// unknown capitalised word with its neighbours in the glossary, and nearly all fall
    /// short: on ASCII, the table stops as soon as the distance must exceed what `floor` allows.
    public static func ratio(_ a: String, _ b: String, reaching floor: Double) -> Double? {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in ratio(x, y, reaching: floor) } }
    }

    /// `ratio(_:_:reaching:)` of UTF-8 bytes: ASCII is measured in place, without a String.
    public static func ratio(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, reaching floor: Double) -> Double? {
        let ratio = boundedASCIIRatio(x, y, reaching: floor)
            ?? self.ratio(String(decoding: x, as: UTF8.self), String(decoding: y, as: UTF8.self))
        return ratio.flatMap { $0 >= floor ? $0 : nil }
    }

    /// The ratio of ASCII text, or `.some(nil)` once the distance is past what `floor` allows;
    /// nil when either is not ASCII.
    private static func boundedASCIIRatio(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>,
                                          reaching floor: Double) -> Double?? {
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return .none }
        let length = max(x.count, y.count)
        guard length > 0 else { return .some(1) }
        // One more than `floor` allows, so that rounding cannot cut off a pair the
        // ratio below accepts.
        let limit = Int(((1 - floor) * Double(length)).rounded(.up)) + 1
        guard let distance = editDistance(x, y, atMost: limit) else { return .some(nil) }
        return .some(1 - Double(distance) / Double(length))
    }

    /// The distance when it is at most `limit`, else nil; three rows of the table, since a
    /// transposition looks two rows back. Only the band of cells within `limit` of the
    /// diagonal is filled: any cell beyond it is more than `limit` already.
    static func editDistance<Letters: RandomAccessCollection>(_ x: Letters, _ y: Letters, atMost limit: Int = .max) -> Int?
    where Letters.Element: Equatable, Letters.Index == Int {
        guard abs(x.count - y.count) <= limit else { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        let width = y.count + 1
        // No cell lies farther from the diagonal than the longer word is long.
        let band = min(limit, max(x.count, y.count))
        // Stands for every cell outside the band (there are some only when `band` is `limit`):
        // beyond the limit, and safe to add one to.
        let outside = band + 1
        let (x0, y0) = (x.startIndex, y.startIndex)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var beforePrevious = rows.baseAddress!, previous = beforePrevious + width, current = previous + width
            for j in 0..<width { previous[j] = j }
            // A cell is at least the smaller of the row above's minimum and one more than the
            // row two above's (a transposition): once a row exceeds the limit and the one before
            // reaches it, every later row exceeds it too.
            var previousMinimum = 0
            for i in 1...x.count {
                let low = max(1, i - band), high = min(y.count, i + band)
                current[low - 1] = low == 1 ? i : outside
                if high < y.count { current[high + 1] = outside }
                var minimum = low == 1 ? i : outside
                for j in low...high {
                    let substitution = x[x0 + i - 1] == y[y0 + j - 1] ? 0 : 1
                    var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                    if i > 1, j > 1, x[x0 + i - 1] == y[y0 + j - 2], x[x0 + i - 2] == y[y0 + j - 1] {
                        best = min(best, beforePrevious[j - 2] + 1)
                    }
                    current[j] = best
                    minimum = min(minimum, best)
                }
                if minimum > limit, previousMinimum >= limit { return nil }
                previousMinimum = minimum
                (beforePrevious, previous, current) = (previous, current, beforePrevious)
            }
            let distance = previous[y.count]
            return distance <= limit ? distance : nil
        }
    }
}
