import Foundation
import GlossaText

/// Reads a document as UTF-8 text in chunks that end at line breaks, so a file of any size is
/// checked in bounded memory. Positions carry over from chunk to chunk; a UTF-8 BOM is skipped
/// but counted in byte offsets, so offsets stay offsets into the file.
///
/// Other encodings are transcoded to UTF-8 as they are read, before anything looks at lines
/// or NUL bytes: UTF-16 text is full of zero bytes, and its line feeds are two bytes long.
public struct DocumentReader {
    public typealias ReadError = FileError

    public let displayName: String
    private let handle: FileHandle
    private let chunkSize: Int
    private let isMarkdown: Bool
    private let encoding: String.Encoding
    private var pending: [UInt8] = []
    private var position = SourcePosition.start
    private var atEnd = false
    private var atStart = true
    /// The last chunk ended inside a sentence (see `TextChunk.continuesSentence`).
    private var cutInsideSentence = false
    private var markdown = MarkdownCode()
    private var utf16: UTF16Transcoder?
    /// Lines are read whole up to this length; see `next()`.
    private let longestLine: Int

    public init(handle: FileHandle, displayName: String, isMarkdown: Bool, encoding: String.Encoding = .utf8,
                chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.displayName = displayName
        self.isMarkdown = isMarkdown
        self.encoding = encoding
        self.chunkSize = chunkSize
        switch encoding {
        case .utf16: utf16 = UTF16Transcoder()
        case .utf16LittleEndian: utf16 = UTF16Transcoder(byteOrder: .littleEndian)
        case .utf16BigEndian: utf16 = UTF16Transcoder(byteOrder: .bigEndian)
        default: break
        }
        // Twice a chunk: a 19 MB line of dense names once took 1 GB with sixteen.
        longestLine = 2 * chunkSize
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// Latin text in UTF-16 has a zero byte in most code units, all on the same side.
    private static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        var zeros = [0, 0]
        for (offset, byte) in bytes.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
        let units = bytes.count / 2
        return units >= 4 && max(zeros[0], zeros[1]) * 2 >= units && min(zeros[0], zeros[1]) * 10 <= max(zeros[0], zeros[1])
    }

    /// The offset just after the last ". ", "! " or "? " that ends after `start`.
    private static func sentenceEnd(in bytes: [UInt8], after start: Int) -> Int? {
        var index = bytes.count - 1
        while index > start {
            if bytes[index] == 0x20, [0x2E, 0x21, 0x3F].contains(bytes[index - 1]) { return index + 1 }
            index -= 1
        }
        return nil
    }

    /// The next chunk, or nil at the end of the file.
    public mutating func next() throws -> TextChunk? {
        while !atEnd, pending.count < chunkSize || pending.count < longestLine && !pending.contains(where: Self.isLineBreak) {
            let data: Data
            do {
                data = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw ReadError(file: displayName, line: position.line, message: "cannot read: \(error.localizedDescription)")
            }
            if data.isEmpty {
                atEnd = true
                try finishTranscoding()
            } else {
                try append(data)
            }
        }
        if atStart {
            atStart = false
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
                pending.removeFirst(3)
                position.utf8Offset = 3
            }
            // A UTF-8 BOM read as Latin-1 or Windows-1252 is "ï»¿": the file is UTF-8, and every
            // accent would be read as two letters.
            if encoding != .utf8, utf16 == nil, pending.starts(with: Array("ï»¿".utf8)) {
                throw ReadError(file: displayName, line: nil, message: "UTF-8 text (it starts with a UTF-8 byte order mark); drop --encoding")
            }
            if encoding == .utf8, pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
                throw ReadError(file: displayName, line: nil, message: "UTF-16 text (it starts with a byte order mark); pass --encoding utf-16")
            }
            if pending.prefix(8192).contains(0) {
                if encoding == .utf8, Self.looksLikeUTF16(pending.prefix(512)) {
                    throw ReadError(file: displayName, line: nil,
                                    message: "UTF-16 text without a byte order mark, by its zero bytes; pass --encoding utf-16")
                }
                throw ReadError(file: displayName, line: nil, message: "binary file (it contains NUL bytes); skipped")
            }
        }
        guard !pending.isEmpty else { return nil }
        var cut = pending.count
        var cutsInsideSentence = false
        if !atEnd, let lastBreak = pending.lastIndex(where: Self.isLineBreak) {
            cut = lastBreak + 1
            // Never split a CR LF pair: the LF must stay with its CR.
            if pending[lastBreak] == 0x0D, cut == pending.count { cut = lastBreak }
            if cut == 0 { cut = pending.count }
        } else if !atEnd {
            // A line longer than `longestLine` is cut so that memory stays bounded: after a
            // sentence if one ends in its second half (no name, plural or capital rule looks
            // across a full stop), else after a space, else between two characters.
            if let sentenceEnd = Self.sentenceEnd(in: pending, after: pending.count / 2) {
                cut = sentenceEnd
            } else {
                cut = pending.lastIndex(of: 0x20).map { $0 + 1 } ?? pending.lastIndex { $0 & 0xC0 != 0x80 } ?? pending.count
                cutsInsideSentence = true
            }
            if cut == 0 { cut = pending.count }
        }
        let bytes = Array(pending[..<cut])
        pending.removeFirst(cut)
        let text = try decode(bytes)
        let chunk = TextChunk(text: text, origin: position, skipped: isMarkdown ? markdown.codeRanges(in: text) : [],
                              continuesSentence: cutInsideSentence)
        cutInsideSentence = cutsInsideSentence
        advance(over: text)
        return chunk
    }

    /// Adds what was read to `pending`, as UTF-8.
    private mutating func append(_ data: Data) throws {
        if encoding == .utf8 {
            pending += data
        } else if utf16 != nil {
            do { try utf16!.transcode(data, into: &pending) } catch {
                throw ReadError(file: displayName, line: error.line, message: error.message)
            }
        } else if atStart, pending.isEmpty, !data.starts(with: [0xEF, 0xBB, 0xBF]), data.contains(where: { $0 >= 0x80 }),
                  String(validating: data, as: UTF8.self) != nil {
            // Accented letters that are all valid UTF-8 are UTF-8: read as Latin-1 or
            // Windows-1252 they would be two letters each ("Ã©"), and no finding would be right.
            throw ReadError(file: displayName, line: nil, message: "UTF-8 text (its accented letters are UTF-8); drop --encoding")
        } else if let text = String(data: data, encoding: encoding) {
            // A single-byte encoding: any cut falls between characters.
            pending += text.utf8
        } else {
            // Name the line of the first byte the encoding has no character for.
            let bad = data.firstIndex { String(data: Data([$0]), encoding: encoding) == nil } ?? data.startIndex
            let lineFeeds = pending.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + data[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw ReadError(file: displayName, line: position.line + lineFeeds, message: "cannot decode as \(encoding)")
        }
    }

    private func finishTranscoding() throws {
        do { try utf16?.finish() } catch {
            throw ReadError(file: displayName, line: error.line, message: error.message)
        }
    }

    private func decode(_ bytes: [UInt8]) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw ReadError(file: displayName, line: position.line + Self.lineOfFirstInvalidByte(bytes) - 1,
                        message: "invalid UTF-8; pass --encoding to name the file's encoding")
    }

    private mutating func advance(over text: String) {
        position.advance(overUTF8: text.utf8)
    }

    static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
