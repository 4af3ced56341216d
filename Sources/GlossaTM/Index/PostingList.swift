/// A sorted list of unit positions, stored as variable-length deltas (7 bits a byte): most
/// gaps fit one byte, so a posting list costs about a byte per unit that holds the word.
struct PostingList {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    private var last: UInt32 = 0

    /// Positions must come in increasing order.
    mutating func append(_ position: UInt32) {
        var delta = count == 0 ? position : position - last
        while delta >= 0x80 {
            bytes.append(UInt8(delta & 0x7F) | 0x80)
            delta >>= 7
        }
        bytes.append(UInt8(delta))
        last = position
        count += 1
    }

    static func forEach(in encoded: UnsafeRawBufferPointer, _ body: (UInt32) -> Void) {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        var position: UInt32 = 0
        var first = true
        for byte in encoded {
            value |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 != 0 {
                shift += 7
                continue
            }
            position = first ? value : position &+ value
            first = false
            body(position)
            value = 0
            shift = 0
        }
    }
}
