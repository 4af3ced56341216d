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
    /// The bytes `source` holds, as a source of BOM-less UTF-8 that still needs validating
    /// (`CheckedXMLStream` does it chunk by chunk). Throws a `ReadFailure` for an unsupported
    /// encoding or bytes a transcoding refuses.
    static func utf8Source(from source: XMLByteSource) throws -> XMLByteSource {
        // A BOM and an XML declaration are all the decoding looks at (it reads 1024 bytes of it).
        let head = try source.read(upTo: 3 + 1024)
        let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
        let body = Array(head[(hasBOM ? 3 : 0)...])
        let declaration = XMLDeclaration(bytes: body)
        let isUTF16 = [[0xFF, 0xFE], [0xFE, 0xFF], [0x3C, 0x00, 0x3F, 0x00], [0x00, 0x3C, 0x00, 0x3F]]
            .contains { head.starts(with: $0) }
        let isUTF32 = head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00])
        if !isUTF16, !isUTF32 {
            switch declaration?.encoding.lowercased() {
            case nil, "utf-8", "utf8", "us-ascii", "ascii":
                source.prepend(body)
                return source
            case "utf-16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2":
                // Declared UTF-16 but stored in an ASCII-compatible form: trust the bytes.
                source.prepend(declaration!.declaringUTF8(body))
                return source
            case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252":
                break
            default:
                let name = declaration?.encoding ?? ""
                throw ReadFailure(line: 1, "unsupported encoding '\(name)'; save the file as UTF-8")
            }
        }
        var whole = Data(head)
        whole.append(try source.readAll())
        return XMLByteSource(data: try utf8(from: whole))
    }

    static func utf8(from data: Data) throws -> Data {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> Data in
            let head = Array(raw.prefix(4))
            func starts(with signature: [UInt8]) -> Bool { head.starts(with: signature) }
            if starts(with: [0x00, 0x00, 0xFE, 0xFF]) || starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
                throw ReadFailure(line: 1, "UTF-32 is not supported; save the file as UTF-8")
            }
            // The transcoder drops the byte order mark.
            if starts(with: [0xFF, 0xFE]) || starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return try fromUTF16(raw, littleEndian: true) }
            if starts(with: [0xFE, 0xFF]) || starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return try fromUTF16(raw, littleEndian: false) }

            let hasBOM = starts(with: [0xEF, 0xBB, 0xBF])
            let body = UnsafeRawBufferPointer(rebasing: raw[(hasBOM ? 3 : 0)...])
            let declaration = XMLDeclaration(bytes: body)
            switch declaration?.encoding.lowercased() {
            case nil, "utf-8", "utf8", "us-ascii", "ascii":
                try validateUTF8(body)
                return hasBOM ? Data(body) : data
            case "utf-16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2":
                // Declared UTF-16 but stored in an ASCII-compatible form: trust the bytes.
                try validateUTF8(body)
                return Data(declaration!.declaringUTF8(Array(body)))
            case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1":
                try rejectNUL(body)
                var utf8: [UInt8] = []
                utf8.reserveCapacity(body.count)
                for byte in body {
                    if byte < 0x80 {
                        utf8.append(byte)
                    } else {
                        utf8.append(0xC0 | byte >> 6)
                        utf8.append(0x80 | byte & 0x3F)
                    }
                }
                return Data(declaration!.declaringUTF8(utf8))
            case "windows-1252", "cp1252":
                try rejectNUL(body)
                guard let text = String(data: Data(body), encoding: .windowsCP1252) else {
                    throw ReadFailure(line: nil, "the file is not valid windows-1252")
                }
                return Data(declaration!.declaringUTF8(Array(text.utf8)))
            default:
                let name = declaration?.encoding ?? ""
                throw ReadFailure(line: 1, "unsupported encoding '\(name)'; save the file as UTF-8")
            }
        }
    }

    private static func validateUTF8(_ bytes: UnsafeRawBufferPointer) throws {
        if let problem = UTF8Validator.firstProblem(in: bytes) {
            throw ReadFailure(line: problem.line, problem.message)
        }
    }

    /// For single-byte encodings, where every byte but NUL is some character.
    private static func rejectNUL(_ bytes: UnsafeRawBufferPointer) throws {
        guard let nul = bytes.firstIndex(of: 0) else { return }
        let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw ReadFailure(line: line, UTF8Validator.nul)
    }

    private static func fromUTF16(_ raw: UnsafeRawBufferPointer, littleEndian: Bool) throws -> Data {
        let utf8: [UInt8]
        do {
            utf8 = try UTF16Transcoder.utf8(from: raw, byteOrder: littleEndian ? .littleEndian : .bigEndian)
        } catch {
            throw ReadFailure(line: error.line, error.message)
        }
        if let nul = utf8.firstIndex(of: 0) {
            throw ReadFailure(line: 1 + utf8[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }, UTF8Validator.nul)
        }
        if let declaration = XMLDeclaration(bytes: utf8) {
            return Data(declaration.declaringUTF8(utf8))
        }
        return Data(utf8)
    }
}
