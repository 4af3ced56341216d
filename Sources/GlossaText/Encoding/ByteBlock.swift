/// Eight bytes of text tested at once in one integer, for the scans that pass over every byte
/// of a document looking for a few rare ones (line breaks, link openers): most blocks hold
/// none, and are passed in a handful of instructions instead of eight branches.
enum ByteBlock {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `offset`, the first in the lowest byte.
    @inline(__always)
    static func load(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Whether some byte of `block` is `byte`.
    @inline(__always)
    static func contains(_ block: UInt64, _ byte: UInt8) -> Bool {
        let spread = block ^ (ones &* UInt64(byte))
        return (spread &- ones) & ~spread & highBits != 0
    }

    /// Whether some byte of `block` is below `limit`, which is at most 0x80.
    @inline(__always)
    static func contains(_ block: UInt64, below limit: UInt8) -> Bool {
        (block &- ones &* UInt64(limit)) & ~block & highBits != 0
    }

    /// How many bytes of `block` are `byte`: the high bit of each zero byte of `block` XOR
    /// `byte`s, counted, with no carry from one byte into the next.
    @inline(__always)
    static func count(of byte: UInt8, in block: UInt64) -> Int {
        let spread = block ^ (ones &* UInt64(byte))
        let zeros = ~(((spread & lowBits) &+ lowBits) | spread | lowBits)
        return zeros.nonzeroBitCount
    }

    /// 1 in each byte lane of `block` that is `byte`, 0 in the others: lanes add up, block after
    /// block, for up to 255 blocks (see `sumOfLanes`).
    @inline(__always)
    static func lanes(of byte: UInt8, in block: UInt64) -> UInt64 {
        let spread = block ^ (ones &* UInt64(byte))
        return ~(((spread & lowBits) &+ lowBits) | spread | lowBits) >> 7
    }

    /// 1 in each byte lane of `block` that continues a UTF-8 sequence.
    @inline(__always)
    static func continuationLanes(_ block: UInt64) -> UInt64 {
        (block & ~(block << 1) & highBits) >> 7
    }

    /// The high bit set in each byte lane of `block` that is not an ASCII letter. Lanes are
    /// tested without a carry from one into the next: each is at most 0x7F when added to.
    @inline(__always)
    static func nonLetterLanes(_ block: UInt64) -> UInt64 {
        let folded = block | (ones &* 0x20)
        let low = folded & lowBits
        let fromA = (low &+ ones &* 0x1F) & highBits
        let pastZ = (low &+ ones &* 0x05) & highBits
        return ~(fromA & ~pastZ & ~folded) & highBits
    }

    /// The sum of the eight byte lanes, each at most 255.
    @inline(__always)
    static func sumOfLanes(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// How many bytes of `block` continue a UTF-8 sequence (10xxxxxx): eight less this is the
    /// number of scalars that start in it.
    @inline(__always)
    static func continuationCount(_ block: UInt64) -> Int {
        (block & ~(block << 1) & highBits).nonzeroBitCount
    }
}
