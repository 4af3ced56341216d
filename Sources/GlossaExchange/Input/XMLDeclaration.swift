/// The `encoding` pseudo-attribute of an `<?xml …?>` declaration at the start of ASCII-compatible bytes.
///
/// The reader hands libxml2 UTF-8 only, so after transcoding it must also change the declared
/// encoding: libxml2 rejects UTF-8 bytes that claim to be UTF-16.
struct XMLDeclaration {
    /// Byte range of the encoding name, without quotes.
    let encodingRange: Range<Int>
    let encoding: String

    /// Parses the declaration; nil when there is none or it names no encoding.
    init?(bytes: some RandomAccessCollection<UInt8>) {
        let prefix = Array("<?xml".utf8)
        guard bytes.count > prefix.count, bytes.prefix(prefix.count).elementsEqual(prefix) else { return nil }
        let start = bytes.startIndex
        var index = prefix.count
        let limit = min(bytes.count, 1024)
        func byte(_ i: Int) -> UInt8 { bytes[bytes.index(start, offsetBy: i)] }
        let name = Array("encoding".utf8)
        while index + name.count < limit {
            if byte(index) == UInt8(ascii: "?") { return nil }
            if (0..<name.count).allSatisfy({ byte(index + $0) == name[$0] }) {
                var cursor = index + name.count
                while cursor < limit, Self.isSpace(byte(cursor)) { cursor += 1 }
                guard cursor < limit, byte(cursor) == UInt8(ascii: "=") else { return nil }
                cursor += 1
                while cursor < limit, Self.isSpace(byte(cursor)) { cursor += 1 }
                guard cursor < limit else { return nil }
                let quote = byte(cursor)
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
                let valueStart = cursor + 1
                var valueEnd = valueStart
                while valueEnd < limit, byte(valueEnd) != quote { valueEnd += 1 }
                guard valueEnd < limit else { return nil }
                encodingRange = valueStart..<valueEnd
                encoding = String(decoding: (valueStart..<valueEnd).map(byte), as: UTF8.self)
                return
            }
            index += 1
        }
        return nil
    }

    /// The same bytes declaring `UTF-8`; line numbers are unchanged.
    func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        result.replaceSubrange(encodingRange, with: Array("UTF-8".utf8))
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
