#if canImport(Glibc)
import Glibc
#endif

/// Numbers the distinct byte strings it is given: the same word gets the same id every time.
///
/// Scanning looks up every word of a document; a table keyed by the bytes themselves, with
/// one arena for all of them, costs a hash and a compare per word and no allocation, where a
/// `[String: …]` would first build a String. Nearly all words are sixteen bytes or fewer:
/// those are packed into two integers, which are their hash's input and their whole comparison.
struct WordTable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Words of up to sixteen bytes, open-addressed by their packed bytes.
    private var shortSlots = [ShortEntry](repeating: ShortEntry(), count: 1 << 12)
    private var shortCount = 0
    /// Longer words. Each slot holds the word's hash in its high half and its id + 1 in the
    /// low half, or 0 when empty. With the hash in the slot, a probe that meets another word
    /// reads nothing else, and the table of a text with many distinct words misses the cache
    /// once less per word.
    private var slots: [UInt64] = Array(repeating: 0, count: 1 << 10)
    private var longCount = 0

    private struct ShortEntry {
        /// The word's bytes, the first in the lowest byte of `low`, zeros after.
        var packed = Packed()
        /// 0 for an empty slot: no word is empty.
        var length: Int32 = 0
        var id: Int32 = 0
    }

    var count: Int { starts.count - 1 }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// The id of `word`, and whether it was new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        insert(0..<word.count, of: word)
    }

    /// The id of the UTF-8 bytes of `text`, and whether it was new.
    mutating func insert(_ text: String) -> (id: Int32, isNew: Bool) {
        var text = text
        return text.withUTF8 { insert($0) }
    }

    /// The id of the word `text[range]`, and whether it was new. The rest of `text` lets a
    /// short word be read in one load.
    mutating func insert(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        guard range.count <= 16, !range.isEmpty else {
            return insertLong(UnsafeBufferPointer(rebasing: text[range]))
        }
        let packed = Self.packed(range, of: text)
        let length = Int32(range.count)
        let mask = shortSlots.count - 1
        var slot = Self.slot(packed, mask: mask)
        while true {
            let entry = shortSlots[slot]
            if entry.length == 0 { break }
            if entry.packed.low == packed.low, entry.packed.high == packed.high, entry.length == length { return (entry.id, false) }
            slot = (slot + 1) & mask
        }
        let id = append(UnsafeBufferPointer(rebasing: text[range]))
        shortSlots[slot] = ShortEntry(packed: packed, length: length, id: id)
        shortCount += 1
        if shortCount * 2 > shortSlots.count { growShort() }
        return (id, true)
    }

    private mutating func insertLong(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                if equals(id, word) { return (Int32(id), false) }
            }
            slot = (slot + 1) & mask
        }
        let id = append(word)
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        longCount += 1
        if longCount * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func append(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = Int32(count)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        return id
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == word.count else { return false }
        guard let other = word.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, other, word.count) == 0 }
    }

    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }

    private mutating func growShort() {
        var larger = [ShortEntry](repeating: ShortEntry(), count: shortSlots.count * 2)
        let mask = larger.count - 1
        for entry in shortSlots where entry.length != 0 {
            var slot = Self.slot(entry.packed, mask: mask)
            while larger[slot].length != 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        shortSlots = larger
    }

    private struct Packed {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// The bytes of `text[range]`, one to sixteen of them, in two integers: loaded eight at a
    /// time where sixteen bytes can be read from the word's start, else byte by byte.
    @inline(__always)
    private static func packed(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Packed {
        let count = range.count
        if range.lowerBound + 16 <= text.count {
            let raw = UnsafeRawBufferPointer(text)
            let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
            guard count > 8 else { return Packed(low: count == 8 ? low : low & (1 << (8 * UInt64(count)) - 1)) }
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound + 8, as: UInt64.self))
            return Packed(low: low, high: count == 16 ? high : high & (1 << (8 * UInt64(count - 8)) - 1))
        }
        var packed = Packed()
        for offset in range.reversed() {
            packed.high = packed.high << 8 | packed.low >> 56
            packed.low = packed.low << 8 | UInt64(text[offset])
        }
        return packed
    }

    /// Fibonacci hashing: the high bits of the product mix every byte of the word.
    @inline(__always)
    private static func slot(_ packed: Packed, mask: Int) -> Int {
        let mixed = (packed.low ^ (packed.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// FNV-1a: words are short, and it mixes well enough for a table at most half full.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}
