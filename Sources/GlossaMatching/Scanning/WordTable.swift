#if canImport(Glibc)
import Glibc
#endif

/// Numbers the distinct byte strings it is given: the same word gets the same id every time.
///
/// Scanning looks up every word of a document; a table keyed by the bytes themselves, with
/// one arena for all of them, costs a hash and a compare per word and no allocation, where a
/// `[String: …]` would first build a String.
struct WordTable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open addressing: each slot holds the word's hash in its high half and its id + 1 in the
    /// low half, or 0 when empty. With the hash in the slot, a probe that meets another word
    /// reads nothing else, and the table of a text with many distinct words misses the cache
    /// once less per word.
    private var slots: [UInt64] = Array(repeating: 0, count: 1 << 12)

    var count: Int { starts.count - 1 }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// The id of `word`, and whether it was new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
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
        let id = Int32(count)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return (id, true)
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

    /// FNV-1a: words are short, and it mixes well enough for a table at most half full.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}
