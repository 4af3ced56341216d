import Foundation
import Testing
@testable import GlossaMatching
@testable import GlossaText

/// Chunks put back together are the document, and each starts at its true position.
@Suite struct DocumentReaderTests {
    private func chunks(of text: String, chunkSize: Int, encoding: String.Encoding = .utf8) throws -> [TextChunk] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).txt")
        try text.data(using: encoding)!.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reader = DocumentReader(handle: handle, displayName: "t.txt", isMarkdown: false, encoding: encoding,
                                    chunkSize: chunkSize)
        var chunks: [TextChunk] = []
        while let chunk = try reader.next() { chunks.append(chunk) }
        return chunks
    }

    /// The position of every scalar offset of `text`, stepping scalar by scalar.
    private func positions(_ text: String) -> [Int: SourcePosition] {
        var positions: [Int: SourcePosition] = [:]
        var position = SourcePosition.start
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            positions[position.utf8Offset] = position
            position.advance(over: scalar, previous: previous)
            previous = scalar
        }
        positions[position.utf8Offset] = position
        return positions
    }

    private func assertWhole(_ text: String, chunkSize: Int, encoding: String.Encoding = .utf8) throws -> [TextChunk] {
        let chunks = try chunks(of: text, chunkSize: chunkSize, encoding: encoding)
        #expect(chunks.map(\.text).joined() == text)
        let expected = positions(text)
        for chunk in chunks {
            #expect(chunk.origin == expected[chunk.origin.utf8Offset], "chunk at \(chunk.origin.utf8Offset)")
        }
        return chunks
    }

    @Test func chunksEndAtLineBreaksAndKeepCRLFTogether() throws {
        let text = "Kaboul\r\nHérat est\rà l’est\nMazar-e Charif\r\n\r\nfin"
        // Lines up to two chunks long are kept whole.
        let chunks = try assertWhole(text, chunkSize: 8)
        #expect(chunks.count > 2)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix("\n") || chunk.text.hasSuffix("\r") && !chunk.text.hasSuffix("\r\n") || chunk.text.hasSuffix("\r\n"))
            #expect(!chunk.text.hasPrefix("\n"))
        }
    }

    /// A line longer than two chunks is cut after a space, so memory stays bounded.
    @Test func aVeryLongLineIsCutAfterASpace() throws {
        let text = String(repeating: "les talibans à Hérat ", count: 40)
        let chunks = try assertWhole(text, chunkSize: 8)
        #expect(chunks.count > 1)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix(" "))
            #expect(chunk.text.utf8.count <= 2 * 8 + 8)
        }
        // Each chunk after the first starts inside the sentence the cut went through.
        #expect(chunks.map(\.continuesSentence) == [false] + Array(repeating: true, count: chunks.count - 1))
    }

    /// Chunks that end at line breaks start no sentence of their own making.
    @Test func chunksAtLineBreaksDoNotContinueASentence() throws {
        let chunks = try assertWhole("Kaboul\nHérat est\nà l’est\nMazar-e Charif\n", chunkSize: 8)
        #expect(chunks.count > 2)
        #expect(chunks.allSatisfy { !$0.continuesSentence })
    }

    /// A sentence end is the better place: the next chunk then starts a sentence for real.
    @Test func aVeryLongLineIsCutAfterASentenceWhenItCan() throws {
        let text = String(repeating: "Les talibans sont à Hérat. ", count: 30)
        let chunks = try assertWhole(text, chunkSize: 32)
        #expect(chunks.count > 1)
        for chunk in chunks.dropLast() { #expect(chunk.text.hasSuffix(". ")) }
        #expect(chunks.allSatisfy { !$0.continuesSentence })
    }

    @Test func aLongLineWithoutSpacesIsCutBetweenCharacters() throws {
        let text = String(repeating: "é", count: 200)
        let chunks = try assertWhole(text, chunkSize: 4)
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.text.allSatisfy { $0 == "é" } })
    }

    /// Other encodings become UTF-8 before lines are looked for: a small chunk size cuts
    /// UTF-16 code units and surrogate pairs, and windows-1252 bytes, anywhere.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16, .windowsCP1252])
    func otherEncodingsAreReadAsTheirUTF8(_ encoding: String.Encoding) throws {
        let text = encoding == .windowsCP1252
            ? "Kaboul\r\nHérat est à l’est — «\u{A0}Mazar\u{A0}»\n" + String(repeating: "Œuvre € ", count: 40)
            : "Kaboul\r\nHérat 🙂 est\rà l’est\n" + String(repeating: "Mazar-e Charif 𝄞 ", count: 40)
        let chunks = try assertWhole(text, chunkSize: 3, encoding: encoding)
        #expect(chunks.count > 3)
    }
}
