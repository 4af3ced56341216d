import Foundation
import GlossaText

/// Turns the bytes of a file into BOM-less UTF-8 for the XML parser, keeping line breaks where
/// they were so that parser line numbers stay true to the file.
///
/// Doing the transcoding here, rather than in libxml2, gives one byte layout to validate,
/// pre-scan and map parser positions onto, and lets errors name the line of a bad byte.
///
/// UTF-8 (with or without BOM, and "UTF-16" stored ASCII-compatibly) streams: only the head of
/// the file is looked at here, and the rest is read in chunks by `CheckedXMLStream`, which
/// validates it. UTF-16 and Latin-1/windows-1252 files are read and transcoded whole in memory.
enum XMLInputDecoder {
    /// How a file's bytes are written, as its BOM, first bytes and declaration tell.
    enum Encoding: Equatable {
        case utf8
        /// ASCII-compatible bytes whose declaration names UTF-16: the bytes are trusted.
        case utf8DeclaredUTF16
        case utf16(UTF16Transcoder.ByteOrder)
        case latin1
        case windows1252
    }

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// A BOM and an XML declaration are all the encoding is told by.
    private static let headLength = 3 + 1024

    /// The bytes `source` holds, as a source of BOM-less UTF-8 that still needs validating
    /// (`CheckedXMLStream` does it chunk by chunk). Throws a `ReadFailure` for an unsupported
    /// encoding or bytes a transcoding refuses.
    static func utf8Source(from source: XMLByteSource) throws -> XMLByteSource {
        let head = try source.read(upTo: headLength)
        let encoding = try encoding(of: head)
        switch encoding {
        case .utf8, .utf8DeclaredUTF16:
            var body = Array(head.dropFirst(head.starts(with: utf8BOM) ? 3 : 0))
            if encoding == .utf8DeclaredUTF16, let declaration = XMLDeclaration(bytes: body) {
                body = declaration.declaringUTF8(body)
            }
            source.prepend(body)
            return source
        case .utf16, .latin1, .windows1252:
            var whole = Data(head)
            whole.append(try source.readAll())
            var text = try transcode(whole, from: encoding)
            if text.starts(with: utf8BOM) { text.removeFirst(utf8BOM.count) }
            if let declaration = XMLDeclaration(bytes: text) { text = declaration.declaringUTF8(text) }
            return XMLByteSource(data: Data(text))
        }
    }

    /// The text of a file in another encoding than UTF-8, as UTF-8 before the parser's BOM and
    /// declaration are adjusted: a UTF-16 BOM dropped, the declaration as written. Nil for a
    /// UTF-8 file, whose bytes are its text.
    static func transcodedText(of data: Data) throws -> [UInt8]? {
        let encoding = try encoding(of: Array(data.prefix(headLength)))
        switch encoding {
        case .utf8, .utf8DeclaredUTF16: return nil
        case .utf16, .latin1, .windows1252: return try transcode(data, from: encoding)
        }
    }

    static func encoding(of head: [UInt8]) throws -> Encoding {
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw ReadFailure(line: 1, "UTF-32 is not supported; save the file as UTF-8")
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return .utf16(.littleEndian) }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return .utf16(.bigEndian) }
        guard let declaration = XMLDeclaration(bytes: head.dropFirst(head.starts(with: utf8BOM) ? 3 : 0)) else { return .utf8 }
        switch declaration.encoding.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii": return .utf8
        case "utf-16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2": return .utf8DeclaredUTF16
        case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1": return .latin1
        case "windows-1252", "cp1252": return .windows1252
        default: throw ReadFailure(line: 1, "unsupported encoding '\(declaration.encoding)'; save the file as UTF-8")
        }
    }

    /// A whole file as UTF-8: a UTF-16 BOM is dropped, a UTF-8 one before single-byte text kept.
    private static func transcode(_ data: Data, from encoding: Encoding) throws -> [UInt8] {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> [UInt8] in
            let bom = raw.starts(with: utf8BOM) ? utf8BOM.count : 0
            let body = UnsafeRawBufferPointer(rebasing: raw[bom...])
            switch encoding {
            case .utf8, .utf8DeclaredUTF16:
                return Array(raw)
            case .utf16(let byteOrder):
                return try fromUTF16(raw, byteOrder: byteOrder)
            case .latin1:
                try rejectNUL(body)
                var utf8 = Array(raw[..<bom])
                utf8.reserveCapacity(bom + body.count)
                for byte in body {
                    if byte < 0x80 {
                        utf8.append(byte)
                    } else {
                        utf8.append(0xC0 | byte >> 6)
                        utf8.append(0x80 | byte & 0x3F)
                    }
                }
                return utf8
            case .windows1252:
                try rejectNUL(body)
                guard let text = String(data: Data(body), encoding: .windowsCP1252) else {
                    throw ReadFailure(line: nil, "the file is not valid windows-1252")
                }
                return Array(raw[..<bom]) + Array(text.utf8)
            }
        }
    }

    /// For single-byte encodings, where every byte but NUL is some character.
    private static func rejectNUL(_ bytes: UnsafeRawBufferPointer) throws {
        guard let nul = bytes.firstIndex(of: 0) else { return }
        let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw ReadFailure(line: line, UTF8Validator.nul)
    }

    /// The transcoder drops the byte order mark.
    private static func fromUTF16(_ raw: UnsafeRawBufferPointer, byteOrder: UTF16Transcoder.ByteOrder) throws -> [UInt8] {
        let utf8: [UInt8]
        do {
            utf8 = try UTF16Transcoder.utf8(from: raw, byteOrder: byteOrder)
        } catch {
            throw ReadFailure(line: error.line, error.message)
        }
        if let nul = utf8.firstIndex(of: 0) {
            throw ReadFailure(line: 1 + utf8[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }, UTF8Validator.nul)
        }
        return utf8
    }
}
