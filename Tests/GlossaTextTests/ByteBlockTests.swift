import Testing
@testable import GlossaText

@Suite struct ByteBlockTests {
    /// Random blocks made of the bytes the scans look for and their neighbours, checked
    /// against byte-by-byte answers.
    @Test func agreesWithBytewiseAnswers() {
        let interesting: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0D, 0x0E, 0x20, 0x23, 0x41, 0x68, 0x77, 0x7D, 0x7F,
                                    0x80, 0x85, 0xA8, 0xBF, 0xC0, 0xC2, 0xC3, 0xE2, 0xFF]
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in next() % 3 == 0 ? UInt8(next() % 256) : interesting[next() % interesting.count] }
            let block = bytes.withUnsafeBytes { ByteBlock.load($0, at: 0) }
            for byte in interesting {
                #expect(ByteBlock.contains(block, byte) == bytes.contains(byte), "\(bytes) \(byte)")
                #expect(ByteBlock.count(of: byte, in: block) == bytes.filter { $0 == byte }.count, "\(bytes) \(byte)")
                if byte > 0, byte <= 0x80 {
                    #expect(ByteBlock.contains(block, below: byte) == bytes.contains { $0 < byte }, "\(bytes) below \(byte)")
                }
            }
            #expect(ByteBlock.continuationCount(block) == bytes.filter { $0 & 0xC0 == 0x80 }.count, "\(bytes)")
            #expect(ByteBlock.sumOfLanes(ByteBlock.continuationLanes(block)) == bytes.filter { $0 & 0xC0 == 0x80 }.count, "\(bytes)")
            #expect(ByteBlock.sumOfLanes(ByteBlock.lanes(of: 0x0A, in: block)) == bytes.filter { $0 == 0x0A }.count, "\(bytes)")
        }
        // Lanes summed over 255 blocks of the byte everywhere reach 255 each, 2040 in all.
        let full = [UInt8](repeating: 0x0A, count: 8).withUnsafeBytes { ByteBlock.load($0, at: 0) }
        #expect(ByteBlock.sumOfLanes((0..<255).reduce(UInt64(0)) { sum, _ in sum &+ ByteBlock.lanes(of: 0x0A, in: full) }) == 2040)
    }

    /// Every byte value in every lane, among letters: the lanes flagged are the bytes that are
    /// not ASCII letters.
    @Test func nonLetterLanesAreTheBytesThatAreNotASCIILetters() {
        for lane in 0..<8 {
            for value in 0...255 {
                var bytes = Array("abcXYZqr".utf8)
                bytes[lane] = UInt8(value)
                let block = bytes.withUnsafeBytes { ByteBlock.load($0, at: 0) }
                let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                #expect(ByteBlock.nonLetterLanes(block) == (isLetter ? 0 : 0x80 << (8 * UInt64(lane))), "\(value) in lane \(lane)")
            }
        }
    }

    /// The writer's apostrophe, counted eight bytes at a time, against a count byte by byte on
    /// texts of straight and typographic apostrophes at every offset, split across blocks too.
    @Test func apostrophesAreCountedAsByteByByte() {
        var state: UInt64 = 5
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let pieces: [[UInt8]] = [[0x27], [0xE2, 0x80, 0x99], [0x99], [0x80, 0x99], [0x61], [0x20], [0xC3, 0xA9]]
        for _ in 0..<5_000 {
            let bytes = (0..<(next() % 40)).flatMap { _ in pieces[next() % pieces.count] }
            var straight = 0, typographic = 0
            for offset in bytes.indices {
                if bytes[offset] == 0x27 { straight += 1 }
                if bytes[offset] == 0x99, offset >= 2, bytes[offset - 1] == 0x80, bytes[offset - 2] == 0xE2 { typographic += 1 }
            }
            #expect(Typography.prefersTypographicApostrophe(bytes) == (typographic > straight), "\(bytes)")
        }
    }

    /// Each kind of line break, at every offset within a block, next to bytes that make a
    /// block be looked at closely (a tab, the lead bytes of "’" and of a no-break space).
    @Test func tokenizerFindsEveryLineBreakAtEveryOffset() throws {
        for lineBreak in ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            for before in ["", "l’", "\t", "\u{A0}"] {
                for count in 0..<17 {
                    let first = before + String(repeating: "a", count: count)
                    let text = first + lineBreak + "Kaboul"
                    let tokenized = try Tokenizer(locale: "fr").tokenize(text)
                    let tokens = tokenized.tokens()
                    // The break is a token of its own (a vertical tab is punctuation, as ICU has it),
                    // and only LF and CR start a line, as editors count them.
                    let breakToken = tokens.first { $0.text == lineBreak }
                    #expect(breakToken?.kind == (lineBreak == "\u{0B}" ? .punctuation : .space), "\(text.debugDescription)")
                    #expect(breakToken?.start.utf8Offset == first.utf8.count, "\(text.debugDescription)")
                    let startsLine = lineBreak.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\r" }
                    #expect(tokens.last?.text == "Kaboul", "\(text.debugDescription)")
                    #expect(tokens.last?.start == SourcePosition(utf8Offset: text.utf8.count - 6, line: startsLine ? 2 : 1,
                                                                 column: startsLine ? 1 : first.unicodeScalars.count + 2),
                            "\(text.debugDescription)")
                }
            }
        }
    }
}
