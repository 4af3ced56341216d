/// The hashes under which the typo neighbourhood files listed keys (see `KeyNeighbourhood`),
/// sorted, so that a word with no glossary key within one edit is known without a query:
/// most capitalised words a checker meets are such words, and a text whose vocabulary keeps
/// growing meets hundreds of thousands of them.
public struct NeighbourHashes: Sendable {
    private let sorted: [Int32]

    init(keys: some Sequence<String>) {
        sorted = Array(Set(keys.flatMap(KeyNeighbourhood.hashes(of:)))).sorted()
    }

    private init(sorted: [Int32]) {
        self.sorted = sorted
    }

    /// Whether any of `hashes` is filed: only then can the index hold a neighbour.
    public func containsAny(_ hashes: [Int32]) -> Bool {
        hashes.contains { hash in
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < hash { low = middle + 1 } else { high = middle }
            }
            return low < sorted.count && sorted[low] == hash
        }
    }

    static let blobMagic: UInt32 = 0x484E_4C47  // "GLNH"

    func write(to writer: inout PackedBlobWriter) {
        writer.append(sorted)
    }

    init(reading reader: inout PackedBlobReader) throws {
        let hashes: [Int32] = try reader.next()
        try PackedBlobError.unless(zip(hashes, hashes.dropFirst()).allSatisfy { $0 < $1 }, "neighbour hashes out of order")
        self.init(sorted: hashes)
    }
}
