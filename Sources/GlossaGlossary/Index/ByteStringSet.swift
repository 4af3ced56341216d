/// A set of strings kept as UTF-8 in one byte array and found through a hash table of
/// buckets laid end to end, so that a large set costs a few arrays instead of one heap object
/// per string, building it is a few passes with no probing, and a lookup allocates nothing.
///
/// Strings are stored in NFC and `contains(_: String)` compares in NFC: the set answers as a
/// `Set<String>` would, which compares strings by canonical equivalence.
public struct ByteStringSet: Sendable {
    private let strings: StringColumn
    /// The entries of bucket `b` are `entries[bucketStart[b] ..< bucketStart[b + 1]]`; the
    /// bucket count is a power of two.
    private let bucketStart: [UInt32]
    /// Per entry: the high half of the string's hash, so that most mismatches are rejected
    /// without reading bytes, and the string's index in `strings` in the low half.
    private let entries: [UInt64]

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public init<S: Sequence<String>>(_ strings: S) {
        var builder = Builder()
        for string in strings { builder.insert(string) }
        self = builder.build()
    }

    fileprivate init(strings: StringColumn, bucketStart: [UInt32], entries: [UInt64]) {
        self.strings = strings
        self.bucketStart = bucketStart
        self.entries = entries
    }

    /// `bytes` must be NFC (ASCII always is).
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(bytes)
        let bucket = Int(truncatingIfNeeded: hash) & (bucketStart.count - 2)
        let tag = hash >> 32
        for entry in entries[Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1])] where entry >> 32 == tag {
            if strings.withBytes(Int(entry & 0xFFFF_FFFF), { $0.elementsEqual(bytes) }) { return true }
        }
        return false
    }

    public func contains(_ string: String) -> Bool {
        string.withCanonicalUTF8 { contains($0) }
    }

    /// FNV-1a with a final mix: stable across processes, since sets are stored in the index.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// Collects strings; `build()` then sorts them into buckets by counting, and drops duplicates.
    public struct Builder {
        private var offsets: [UInt32] = [0]
        private var bytes: [UInt8] = []
        private var hashes: [UInt64] = []

        /// Reserving room up front spares copies of the arrays as they grow.
        public init(expectedCount: Int = 0, expectedBytes: Int = 0) {
            offsets.reserveCapacity(expectedCount + 1)
            hashes.reserveCapacity(expectedCount)
            bytes.reserveCapacity(expectedBytes)
        }

        public mutating func insert(_ string: String) {
            string.withCanonicalUTF8 { insert($0) }
        }

        /// `bytes` must be NFC.
        public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
            hashes.append(ByteStringSet.hash(bytes))
            self.bytes.append(contentsOf: bytes)
            offsets.append(UInt32(self.bytes.count))
        }

        public func build() -> ByteStringSet {
            var bucketCount = 1
            while bucketCount * 2 < hashes.count { bucketCount *= 2 }
            let mask = bucketCount - 1
            // Counting sort: bucket ends first, then each entry placed just below its bucket's
            // end, which leaves every end at the bucket's start.
            var bucketStart = [UInt32](repeating: 0, count: bucketCount + 1)
            for hash in hashes { bucketStart[Int(truncatingIfNeeded: hash) & mask] += 1 }
            for bucket in 1..<bucketCount + 1 { bucketStart[bucket] += bucketStart[bucket - 1] }
            var entries = [UInt64](repeating: 0, count: hashes.count)
            for (index, hash) in hashes.enumerated() {
                let bucket = Int(truncatingIfNeeded: hash) & mask
                bucketStart[bucket] -= 1
                entries[Int(bucketStart[bucket])] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index)
            }
            let strings = StringColumn(unchecked: offsets, bytes: bytes)
            Self.removeDuplicates(&entries, bucketStart: &bucketStart, strings: strings)
            return ByteStringSet(strings: strings, bucketStart: bucketStart, entries: entries)
        }

        /// Equal strings share a bucket, so one pass over each bucket finds them; the entries
        /// kept move down in place.
        private static func removeDuplicates(_ entries: inout [UInt64], bucketStart: inout [UInt32], strings: StringColumn) {
            var kept = 0
            for bucket in 0..<bucketStart.count - 1 {
                let range = Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1])
                let first = kept
                for index in range {
                    let entry = entries[index]
                    let isDuplicate = (first..<kept).contains { keptIndex in
                        let other = entries[keptIndex]
                        return other >> 32 == entry >> 32 && strings.withBytes(Int(other & 0xFFFF_FFFF)) { otherBytes in
                            strings.withBytes(Int(entry & 0xFFFF_FFFF)) { $0.elementsEqual(otherBytes) }
                        }
                    }
                    if !isDuplicate {
                        entries[kept] = entry
                        kept += 1
                    }
                }
                bucketStart[bucket] = UInt32(first)
            }
            bucketStart[bucketStart.count - 1] = UInt32(kept)
            entries.removeLast(entries.count - kept)
        }
    }
}

extension ByteStringSet {
    static let blobMagic: UInt32 = 0x5342_4C47  // "GLBS"

    /// Several sets as one packed blob, for a cache file; `unpacked` reads them back.
    public static func packed(_ sets: [ByteStringSet]) -> [UInt8] {
        var writer = PackedBlobWriter(magic: blobMagic)
        for set in sets { set.write(to: &writer) }
        return writer.bytes
    }

    /// The `count` sets of `packed`; an error, never a trap, when the bytes are damaged.
    public static func unpacked(_ packed: [UInt8], count: Int) throws -> [ByteStringSet] {
        var reader = try PackedBlobReader(PackedBytes(bytes: packed), magic: blobMagic)
        let sets = try (0..<count).map { _ in try ByteStringSet(reading: &reader) }
        try reader.finish()
        return sets
    }

    func write(to writer: inout PackedBlobWriter) {
        writer.append(strings)
        writer.append(bucketStart)
        writer.append(entries)
    }

    init(reading reader: inout PackedBlobReader) throws {
        let strings = try reader.nextStringColumn()
        let bucketStart: [UInt32] = try reader.next()
        let entries: [UInt64] = try reader.next()
        let bucketCount = bucketStart.count - 1
        try PackedBlobError.unless(bucketCount >= 1 && bucketCount & (bucketCount - 1) == 0, "string set bucket count")
        try PackedBlobError.unless(bucketStart[0] == 0 && Int(bucketStart[bucketCount]) == entries.count
                                   && zip(bucketStart, bucketStart.dropFirst()).allSatisfy { $0 <= $1 }, "string set buckets")
        try PackedBlobError.unless(entries.allSatisfy { Int($0 & 0xFFFF_FFFF) < strings.count }, "string set entry")
        self.init(strings: strings, bucketStart: bucketStart, entries: entries)
    }
}

extension StringColumn {
    /// For columns built here, whose offsets are right by construction.
    init(unchecked offsets: [UInt32], bytes: [UInt8]) {
        self.offsets = offsets
        self.bytes = bytes
    }
}

extension String {
    /// The UTF-8 of the string's NFC form: what `==` compares, so byte equality here is
    /// string equality.
    func withCanonicalUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = self
        return try copy.withUTF8 { utf8 in
            if Self.isBelowCombiningMarks(utf8) { return try body(utf8) }
            return try _nfcCodeUnits.withUnsafeBufferPointer(body)
        }
    }

    /// ASCII and two-byte sequences, that is text below U+0300, where nothing combines: such
    /// text is NFC as it is, and most words are such text.
    private static func isBelowCombiningMarks(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            if utf8[index] < 0x80 {
                index += 1
            } else if (0xC2...0xCB).contains(utf8[index]) {
                index += 2
            } else {
                return false
            }
        }
        return true
    }
}
