import Testing
@testable import GlossaText

@Suite struct UTF16TranscoderTests {
    static let text = "Hérat\r\nKaboul 🙂 « ok »\nl’Otan"

    static func bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true])
    func byteOrderMarksAreReadAndDropped(_ bigEndian: Bool) throws {
        let marked = (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + Self.bytes(Self.text, bigEndian: bigEndian)
        #expect(try UTF16Transcoder.utf8(from: marked) == Array(Self.text.utf8))
    }

    @Test(arguments: [false, true])
    func withoutAMarkTheFirstBytesTellTheOrder(_ bigEndian: Bool) throws {
        #expect(try UTF16Transcoder.utf8(from: Self.bytes(Self.text, bigEndian: bigEndian)) == Array(Self.text.utf8))
    }

    /// "Ленин" opens with no zero byte; the spaces and Latin letters after it tell the order.
    @Test(arguments: [false, true])
    func aTextThatOpensInCyrillicIsReadEitherWay(_ bigEndian: Bool) throws {
        let text = "Ленин. Les talibans sont à Herat.\n"
        #expect(try UTF16Transcoder.utf8(from: Self.bytes(text, bigEndian: bigEndian)) == Array(text.utf8))
    }

    @Test func aGivenOrderWins() throws {
        // "中" is 0x4E2D: read big-endian it is "中", little-endian it would be "ⵎ".
        #expect(try UTF16Transcoder.utf8(from: [0x4E, 0x2D], byteOrder: .bigEndian) == Array("中".utf8))
        #expect(try UTF16Transcoder.utf8(from: [0x4E, 0x2D], byteOrder: .littleEndian) == Array("\u{2D4E}".utf8))
        // A mark that agrees is dropped; one that contradicts the order given is an error.
        #expect(try UTF16Transcoder.utf8(from: [0xFE, 0xFF, 0x4E, 0x2D], byteOrder: .bigEndian) == Array("中".utf8))
        #expect(throws: UTF16Transcoder.Problem(line: 1, message: "the byte order mark says UTF-16BE; pass --encoding utf-16")) {
            try UTF16Transcoder.utf8(from: [0xFE, 0xFF, 0x4E, 0x2D], byteOrder: .littleEndian)
        }
    }

    /// UTF-8 (or Latin-1) read as UTF-16 has no zero byte: an error, not other characters.
    @Test func bytesWithoutZerosAreNotUTF16() throws {
        #expect(throws: UTF16Transcoder.Problem(line: 1, message: "no zero byte among the first ones, where UTF-16 text has many: this is not UTF-16; check --encoding")) {
            try UTF16Transcoder.utf8(from: Array("The Taliban entered Hérat.\n".utf8))
        }
        #expect(throws: UTF16Transcoder.Problem.self) { try UTF16Transcoder.utf8(from: Array("Herat\n".utf8)) }
    }

    /// An order given that the zero bytes plainly contradict is an error, not other characters.
    @Test func anOrderTheZeroBytesContradictIsAnError() throws {
        #expect(throws: UTF16Transcoder.Problem(line: 1, message: "the zero bytes say UTF-16LE, not UTF-16BE; pass --encoding utf-16")) {
            try UTF16Transcoder.utf8(from: Self.bytes("Les talibans à Herat.\n", bigEndian: false), byteOrder: .bigEndian)
        }
        #expect(try UTF16Transcoder.utf8(from: Self.bytes("Les talibans à Herat.\n", bigEndian: true), byteOrder: .bigEndian)
            == Array("Les talibans à Herat.\n".utf8))
    }

    /// Reading in chunks splits code units and surrogate pairs anywhere.
    @Test func piecesGiveTheSameTextWhereverTheyAreCut() throws {
        let input = [0xFF, 0xFE] + Self.bytes(Self.text, bigEndian: false)
        for cut in 0...input.count {
            var transcoder = UTF16Transcoder()
            var output: [UInt8] = []
            try transcoder.transcode(input[..<cut], into: &output)
            try transcoder.transcode(input[cut...], into: &output)
            try transcoder.finish()
            #expect(output == Array(Self.text.utf8), "cut at \(cut)")
        }
        var transcoder = UTF16Transcoder()
        var output: [UInt8] = []
        for byte in input { try transcoder.transcode([byte], into: &output) }
        try transcoder.finish()
        #expect(output == Array(Self.text.utf8))
    }

    @Test func badInputNamesTheLine() {
        let lines = Self.bytes("a\nb\n", bigEndian: false)
        #expect(throws: UTF16Transcoder.Problem(line: 3, message: "invalid UTF-16 (unpaired surrogate)")) {
            try UTF16Transcoder.utf8(from: lines + [0x3D, 0xD8, 0x41, 0x00], byteOrder: .littleEndian)
        }
        #expect(throws: UTF16Transcoder.Problem(line: 3, message: "invalid UTF-16 (unpaired surrogate)")) {
            try UTF16Transcoder.utf8(from: lines + [0x00, 0xDC], byteOrder: .littleEndian)
        }
        #expect(throws: UTF16Transcoder.Problem(line: 3, message: "invalid UTF-16 (unpaired surrogate)")) {
            try UTF16Transcoder.utf8(from: lines + [0x3D, 0xD8], byteOrder: .littleEndian)
        }
        #expect(throws: UTF16Transcoder.Problem(line: 3, message: "invalid UTF-16 (odd number of bytes)")) {
            try UTF16Transcoder.utf8(from: lines + [0x41], byteOrder: .littleEndian)
        }
    }
}
