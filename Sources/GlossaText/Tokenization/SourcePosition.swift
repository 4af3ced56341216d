/// Where something starts in the original text.
///
/// `utf8Offset` counts bytes from the start of the text; `line` and `column` are 1-based and
/// `column` counts Unicode scalars, so an editor and `glossa check --format json` agree on "é".
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var utf8Offset: Int
    public var line: Int
    public var column: Int

    public init(utf8Offset: Int, line: Int, column: Int) {
        self.utf8Offset = utf8Offset
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(utf8Offset: 0, line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.utf8Offset < rhs.utf8Offset
    }

    public var description: String { "\(line):\(column)" }

    /// Moves past one scalar. A CR LF pair counts as one line break, and so does a lone CR.
    public mutating func advance(over scalar: Unicode.Scalar, previous: Unicode.Scalar?) {
        utf8Offset += UTF8.width(scalar)
        switch scalar {
        case "\n" where previous == "\r":
            column = 1
        case "\n", "\r":
            line += 1
            column = 1
        default:
            column += 1
        }
    }

    /// Moves past UTF-8 text, counting as `advance(over:previous:)` does. The text must not
    /// start with the LF of a CR LF pair whose CR came before it.
    public mutating func advance(overUTF8 bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ advance(overBuffer: $0) }) == nil {
            Array(bytes).withUnsafeBufferPointer { advance(overBuffer: $0) }
        }
    }

    /// Whole documents pass through here. Without CRs, lines are LF counts and the column is
    /// counted back from the last LF, so the pass over the bytes keeps no state between them,
    /// and takes eight bytes at a time.
    private mutating func advance(overBuffer bytes: UnsafeBufferPointer<UInt8>) {
        var lineFeeds = 0, carriageReturns = 0, scalars = 0
        var blockStart = 0
        let raw = UnsafeRawBufferPointer(bytes)
        // Counts are kept per byte lane and summed every 255 blocks, before a lane can overflow:
        // a population count per block and per count costs more where the CPU has no instruction for it.
        while blockStart + 8 <= bytes.count {
            var lineFeedLanes: UInt64 = 0, carriageReturnLanes: UInt64 = 0, continuationLanes: UInt64 = 0
            let batchStart = blockStart
            let end = min(bytes.count & ~7, blockStart + 255 * 8)
            while blockStart < end {
                let block = ByteBlock.load(raw, at: blockStart)
                lineFeedLanes &+= ByteBlock.lanes(of: 0x0A, in: block)
                carriageReturnLanes &+= ByteBlock.lanes(of: 0x0D, in: block)
                continuationLanes &+= ByteBlock.continuationLanes(block)
                blockStart += 8
            }
            lineFeeds &+= ByteBlock.sumOfLanes(lineFeedLanes)
            carriageReturns &+= ByteBlock.sumOfLanes(carriageReturnLanes)
            scalars &+= (blockStart - batchStart) - ByteBlock.sumOfLanes(continuationLanes)
        }
        for byte in bytes[blockStart...] {
            lineFeeds &+= byte == 0x0A ? 1 : 0
            carriageReturns &+= byte == 0x0D ? 1 : 0
            scalars &+= byte & 0xC0 != 0x80 ? 1 : 0
        }
        utf8Offset += bytes.count
        guard carriageReturns == 0 else { return advanceCountingCarriageReturns(bytes) }
        guard lineFeeds > 0 else {
            column += scalars
            return
        }
        line += lineFeeds
        column = 1
        var index = bytes.count - 1
        while bytes[index] != 0x0A {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index -= 1
        }
    }

    private mutating func advanceCountingCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) {
        var line = line, column = column
        var previousWasCR = false
        for byte in bytes {
            if byte <= 0x0D, byte == 0x0A || byte == 0x0D {
                if byte == 0x0D || !previousWasCR { line += 1 }
                column = 1
                previousWasCR = byte == 0x0D
            } else {
                if byte & 0xC0 != 0x80 { column += 1 }
                previousWasCR = false
            }
        }
        self.line = line
        self.column = column
    }
}
