import Foundation

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
            if starts(with: [0xFF, 0xFE]) { return try fromUTF16(raw, from: 2, littleEndian: true) }
            if starts(with: [0xFE, 0xFF]) { return try fromUTF16(raw, from: 2, littleEndian: false) }
            if starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return try fromUTF16(raw, from: 0, littleEndian: true) }
            if starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return try fromUTF16(raw, from: 0, littleEndian: false) }

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

    private static func fromUTF16(_ raw: UnsafeRawBufferPointer, from start: Int, littleEndian: Bool) throws -> Data {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count - start)
        var line = 1
        var index = start
        func unit(at i: Int) -> UInt32 {
            littleEndian ? UInt32(raw[i]) | UInt32(raw[i + 1]) << 8 : UInt32(raw[i]) << 8 | UInt32(raw[i + 1])
        }
        while index + 1 < raw.count {
            var scalar = unit(at: index)
            index += 2
            if scalar == 0x0A { line += 1 }
            if scalar == 0 { throw ReadFailure(line: line, UTF8Validator.nul) }
            if scalar >= 0xD800, scalar <= 0xDFFF {
                guard scalar <= 0xDBFF, index + 1 < raw.count else {
                    throw ReadFailure(line: line, "invalid UTF-16 (unpaired surrogate)")
                }
                let low = unit(at: index)
                guard low >= 0xDC00, low <= 0xDFFF else {
                    throw ReadFailure(line: line, "invalid UTF-16 (unpaired surrogate)")
                }
                index += 2
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(scalar, to: &utf8)
        }
        if index < raw.count {
            throw ReadFailure(line: line, "invalid UTF-16 (odd number of bytes)")
        }
        if let declaration = XMLDeclaration(bytes: utf8) {
            return Data(declaration.declaringUTF8(utf8))
        }
        return Data(utf8)
    }

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
