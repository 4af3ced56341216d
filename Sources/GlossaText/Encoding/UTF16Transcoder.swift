/// Turns UTF-16 bytes into UTF-8 a piece at a time, so a file can be read in chunks: a code
/// unit or a surrogate pair split between two pieces is carried over to the next.
///
/// The byte order is given, or taken from a byte order mark, or else guessed from the first
/// piece (up to 512 bytes): the high byte of ASCII is zero, so zero bytes sit at even offsets
/// in big-endian text and at odd ones in little-endian text; little-endian when they say
/// nothing. A text that opens in Cyrillic is still judged by the spaces and digits after. U+0000 is transcoded like any character: what it means is the caller's call.
public struct UTF16Transcoder {
    public enum ByteOrder: Sendable { case littleEndian, bigEndian }

    /// Bytes that are not UTF-16; `line` counts the line breaks transcoded before them.
    public struct Problem: Error, Equatable {
        public let line: Int
        public let message: String
    }

    public private(set) var byteOrder: ByteOrder?
    /// Lines seen so far, 1-based.
    public private(set) var line = 1
    private var carried: [UInt8] = []
    private var atStart = true

    public init(byteOrder: ByteOrder? = nil) {
        self.byteOrder = byteOrder
    }

    private static func guessedByteOrder(_ bytes: ArraySlice<UInt8>) -> ByteOrder {
        let zeros = zeroCounts(bytes)
        return zeros.even > zeros.odd ? .bigEndian : .littleEndian
    }

    /// Zero bytes at even and at odd offsets.
    private static func zeroCounts(_ bytes: ArraySlice<UInt8>) -> (even: Int, odd: Int) {
        var even = 0, odd = 0
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        return (even, odd)
    }

    /// The byte order the zero bytes plainly tell, when they do: nearly all on one side.
    private static func evidentByteOrder(_ bytes: ArraySlice<UInt8>) -> ByteOrder? {
        let zeros = zeroCounts(bytes)
        if zeros.even >= 4, zeros.odd * 4 <= zeros.even { return .bigEndian }
        if zeros.odd >= 4, zeros.even * 4 <= zeros.odd { return .littleEndian }
        return nil
    }

    /// Appends the UTF-8 of `bytes` to `utf8`.
    public mutating func transcode(_ bytes: some Collection<UInt8>, into utf8: inout [UInt8]) throws(Problem) {
        var input = carried
        input.append(contentsOf: bytes)
        carried = []
        var index = 0
        if atStart {
            guard input.count >= 2 else {
                carried = input
                return
            }
            atStart = false
            let mark: ByteOrder? = input[0] == 0xFF && input[1] == 0xFE ? .littleEndian
                : input[0] == 0xFE && input[1] == 0xFF ? .bigEndian : nil
            if let mark {
                // A mark that contradicts the order given would turn every character into another.
                if let byteOrder, byteOrder != mark {
                    throw Problem(line: 1, message: "the byte order mark says UTF-16\(mark == .bigEndian ? "BE" : "LE"); pass --encoding utf-16")
                }
                byteOrder = mark
                index = 2
            } else if input.count >= 4, !input.prefix(512).contains(0) {
                // French or English in UTF-16 has a zero byte in nearly every code unit (spaces,
                // digits, ASCII letters); without one, the bytes are another encoding, and read
                // as UTF-16 they would be quietly turned into other characters.
                throw Problem(line: 1, message: "no zero byte among the first ones, where UTF-16 text has many: this is not UTF-16; check --encoding")
            } else if let byteOrder, let evident = Self.evidentByteOrder(input.prefix(512)), evident != byteOrder {
                // Read in the other order, every character would become another one.
                throw Problem(line: 1, message: "the zero bytes say UTF-16\(evident == .bigEndian ? "BE" : "LE"), not UTF-16\(byteOrder == .bigEndian ? "BE" : "LE"); pass --encoding utf-16")
            } else if byteOrder == nil {
                byteOrder = Self.guessedByteOrder(input.prefix(512))
            }
        }
        let littleEndian = byteOrder == .littleEndian
        func unit(at i: Int) -> UInt32 {
            littleEndian ? UInt32(input[i]) | UInt32(input[i + 1]) << 8 : UInt32(input[i]) << 8 | UInt32(input[i + 1])
        }
        utf8.reserveCapacity(utf8.count + input.count)
        while index + 1 < input.count {
            var scalar = unit(at: index)
            if scalar >= 0xD800, scalar <= 0xDFFF {
                guard scalar <= 0xDBFF else { throw Problem(line: line, message: Self.unpaired) }
                guard index + 3 < input.count else { break }
                let low = unit(at: index + 2)
                guard low >= 0xDC00, low <= 0xDFFF else { throw Problem(line: line, message: Self.unpaired) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index += 2
            }
            index += 2
            if scalar == 0x0A { line += 1 }
            Self.appendUTF8(scalar, to: &utf8)
        }
        carried = Array(input[index...])
    }

    /// Checks that nothing is left half-read at the end of the input.
    public func finish() throws(Problem) {
        guard !carried.isEmpty else { return }
        throw Problem(line: line, message: carried.count == 1 ? "invalid UTF-16 (odd number of bytes)" : Self.unpaired)
    }

    /// All of `bytes`, at once.
    public static func utf8(from bytes: some Collection<UInt8>, byteOrder: ByteOrder? = nil) throws(Problem) -> [UInt8] {
        var transcoder = UTF16Transcoder(byteOrder: byteOrder)
        var utf8: [UInt8] = []
        try transcoder.transcode(bytes, into: &utf8)
        try transcoder.finish()
        return utf8
    }

    private static let unpaired = "invalid UTF-16 (unpaired surrogate)"

    private static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            bytes.append(UInt8(scalar))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
