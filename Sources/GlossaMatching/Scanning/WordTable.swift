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
    /// Open addressing: each slot holds an id + 1, or 0 when empty.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)
    private var hashes: [UInt32] = []

    var count: Int { hashes.count }

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
            let id = Int(entry - 1)
            if hashes[id] == hash, equals(id, word) { return (Int32(id), false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(hash)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == word.count else { return false }
        guard let other = word.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, other, word.count) == 0 }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(id) + 1
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
