/// Refuses documents whose DOCTYPE declares entities, before the XML parser sees them.
///
/// On this platform XMLParser never fetches external entities or DTDs, and libxml2 stops the
/// classic "billion laughs" as an entity loop, but a quadratic blow-up (one large entity
/// referenced many times) still runs for seconds, and declared entities, internal or external,
/// are silently dropped from the text rather than expanded. Translation files have no use for
/// entities beyond the five predefined ones, so any declaration is refused outright. A DOCTYPE
/// that only names an external DTD (`tmx14.dtd`) is fine: the parser ignores it.
enum EntityDeclarationScanner {
    static func check(_ bytes: UnsafeRawBufferPointer) throws {
        var scanner = PrologScanner(bytes: bytes)
        try scanner.scanProlog()
    }
}

private struct PrologScanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Walks declarations, comments and processing instructions up to the root element.
    mutating func scanProlog() throws {
        while position < bytes.count {
            if isSpace(bytes[position]) {
                position += 1
            } else if matches("<?") {
                skip(past: "?>")
            } else if matches("<!--") {
                skip(past: "-->")
            } else if matches("<!DOCTYPE") {
                position += 9
                try scanDoctype()
                return
            } else {
                return  // the root element, or something the parser will reject
            }
        }
    }

    private mutating func scanDoctype() throws {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipQuoted()
            case UInt8(ascii: "["):
                position += 1
                try scanInternalSubset()
            case UInt8(ascii: ">"):
                return
            default:
                position += 1
            }
        }
    }

    private mutating func scanInternalSubset() throws {
        while position < bytes.count {
            if matches("<!--") {
                skip(past: "-->")
            } else if matches("<?") {
                skip(past: "?>")
            } else if matches("<!ENTITY") {
                throw ReadFailure(
                    line: line(at: position),
                    "the DOCTYPE declares entity '\(entityName(after: position + 8))'; "
                        + "entity declarations are refused (they can expand without bound or read local files)"
                )
            } else if matches("<!") {
                position += 2
                while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                    if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                        skipQuoted()
                    } else {
                        position += 1
                    }
                }
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return
            } else {
                position += 1
            }
        }
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[position + offset] != start[offset] {
            return false
        }
        return true
    }

    private mutating func skip(past literal: StaticString) {
        while position < bytes.count, !matches(literal) { position += 1 }
        position = min(bytes.count, position + literal.utf8CodeUnitCount)
    }

    private mutating func skipQuoted() {
        let quote = bytes[position]
        position += 1
        while position < bytes.count, bytes[position] != quote { position += 1 }
        position += 1
    }

    private func entityName(after start: Int) -> String {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "%") { index += 1 }
        var end = index
        while end < bytes.count, end - index < 64, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    private func line(at offset: Int) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
