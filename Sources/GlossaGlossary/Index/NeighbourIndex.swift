/// The listed forms by the hashes of their keys' typo neighbourhoods (see `KeyNeighbourhood`):
/// the candidates for a misspelling, found in memory.
///
/// The misspelling check asks for every capitalised word it does not know; through SQL that
/// was most of the time of a text whose vocabulary keeps growing. Pairs (hash, form position)
/// sorted, in two columns: a binary search finds a hash's run of forms, within the bucket of
/// its top bits, so that it touches a few cache lines and not the 20 of a search of the whole.
public struct NeighbourIndex: Sendable {
    private let hashes: [Int32]
    private let positions: [Int32]
    /// Where the pairs of each value of the hash's top `bucketBits` bits start; made on loading.
    private let bucketStarts: [Int32]
    private static let bucketBits = 16

    /// `forms` in `FormTable` order; only listed forms are filed.
    init(forms: [MatchForm]) {
        var hashesOfKey: [String: [Int32]] = [:]
        var pairs: [(hash: Int32, position: Int32)] = []
        for (position, form) in forms.enumerated() where form.origin == .listed {
            let hashes = hashesOfKey[form.key] ?? KeyNeighbourhood.hashes(of: form.key)
            hashesOfKey[form.key] = hashes
            for hash in Set(hashes) { pairs.append((hash, Int32(position))) }
        }
        pairs.sort { ($0.hash, $0.position) < ($1.hash, $1.position) }
        self.init(hashes: pairs.map(\.hash), positions: pairs.map(\.position))
    }

    private init(hashes: [Int32], positions: [Int32]) {
        self.hashes = hashes
        self.positions = positions
        var starts = [Int32](repeating: 0, count: (1 << Self.bucketBits) + 1)
        for hash in hashes { starts[Self.bucket(of: hash) + 1] += 1 }
        for bucket in 0..<(1 << Self.bucketBits) { starts[bucket + 1] += starts[bucket] }
        bucketStarts = starts
    }

    /// Buckets follow the order of signed hashes: the sign bit flipped, then the top bits.
    private static func bucket(of hash: Int32) -> Int {
        Int((UInt32(bitPattern: hash) ^ 0x8000_0000) >> (32 - UInt32(bucketBits)))
    }

    /// The positions of the listed forms whose key shares one of `hashes`, in form order,
    /// each once.
    public func forms(sharingAnyOf hashes: [Int32]) -> [Int32] {
        var found: [Int32] = []
        for hash in hashes {
            var index = firstPair(of: hash)
            while index < self.hashes.count, self.hashes[index] == hash {
                found.append(positions[index])
                index += 1
            }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique = found
        unique.removeAll(keepingCapacity: true)
        for position in found where unique.last != position { unique.append(position) }
        return unique
    }

    private func firstPair(of hash: Int32) -> Int {
        let bucket = Self.bucket(of: hash)
        var low = Int(bucketStarts[bucket]), high = Int(bucketStarts[bucket + 1])
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static let blobMagic: UInt32 = 0x4E4E_4C47  // "GLNN"

    func write(to writer: inout PackedBlobWriter) {
        writer.append(hashes)
        writer.append(positions)
    }

    /// Pairs must be in strictly increasing order and positions below `formCount`.
    init(reading reader: inout PackedBlobReader, formCount: Int) throws {
        let hashes: [Int32] = try reader.next()
        let positions: [Int32] = try reader.next()
        try PackedBlobError.unless(hashes.count == positions.count, "neighbour column sizes")
        for index in positions.indices {
            try PackedBlobError.unless(positions[index] >= 0 && Int(positions[index]) < formCount, "neighbour form out of range")
            guard index > 0 else { continue }
            try PackedBlobError.unless((hashes[index - 1], positions[index - 1]) < (hashes[index], positions[index]),
                                       "neighbours out of order")
        }
        self.init(hashes: hashes, positions: positions)
    }
}
