import Foundation

/// Refuses markup that XMLParser handles unsafely on this platform, before the parser sees it.
///
/// Measured here (Swift 6.3.1 FoundationXML, libxml2 2.9.14):
/// - XMLParser never fetches external entities or DTDs, and libxml2 stops the classic "billion
///   laughs" as an entity loop; but a quadratic blow-up (one large entity referenced many times)
///   still runs for seconds, and declared entities, internal or external, are silently dropped
///   from the text rather than expanded.
/// - `<!NOTATION … SYSTEM …>`, an `<!ATTLIST>` with an enumerated type, and any processing
///   instruction without data (`<?t?>`) crash the process (a NULL `strlen` in Foundation's glue).
///
/// Translation files need none of these, so the guard refuses every declaration inside a
/// DOCTYPE and every data-less processing instruction. A DOCTYPE that only names an external DTD
/// (`tmx14.dtd`) passes: the parser ignores it. One pass over the bytes; a raw `<` outside
/// comments and CDATA sections is always markup in a well-formed document.
enum MarkupGuard {
    static func check(_ bytes: UnsafeRawBufferPointer) throws {
        var scanner = MarkupScanner(bytes: bytes)
        try scanner.scanDocument()
    }
}

private struct MarkupScanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func scanDocument() throws {
        while let next = nextByte(UInt8(ascii: "<"), from: position) {
            position = next
            if matches("<!--") {
                skip(past: "-->")
            } else if matches("<![CDATA[") {
                skip(past: "]]>")
            } else if matches("<?") {
                try scanProcessingInstruction()
            } else if matches("<!DOCTYPE") {
                position += 9
                try scanDoctype()
            } else {
                position += 1
            }
        }
    }

    private mutating func scanProcessingInstruction() throws {
        let start = position
        position += 2
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "?") {
            position += 1
        }
        if matches("?>"), position > start + 2 {
            throw ReadFailure(
                line: line(at: start),
                "processing instruction '\(text(start..<position + 2))' has no data; such instructions are "
                    + "refused (they crash the XML parser)"
            )
        }
        skip(past: "?>")
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
                position += 1
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
                try scanProcessingInstruction()
            } else if matches("<!ENTITY") {
                throw ReadFailure(
                    line: line(at: position),
                    "the DOCTYPE declares entity '\(word(after: position + 8))'; "
                        + "entity declarations are refused (they can expand without bound or read local files)"
                )
            } else if matches("<!") {
                throw ReadFailure(
                    line: line(at: position),
                    "the DOCTYPE declares <!\(word(after: position + 2))>; declarations inside the file are "
                        + "refused (keep only an external DTD reference)"
                )
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return
            } else {
                position += 1
            }
        }
    }

    private func nextByte(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
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

    /// The name after a declaration keyword, cut short: it only serves the error message.
    private func word(after start: Int) -> String {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "%") { index += 1 }
        var end = index
        while end < bytes.count, end - index < 64, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
        return text(index..<end)
    }

    private func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[clamped.prefix(64)]), as: UTF8.self)
    }

    private func line(at offset: Int) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
