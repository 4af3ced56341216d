import Foundation
import Testing
@testable import GlossaMatching
@testable import GlossaText

/// Chunks put back together are the document, and each starts at its true position.
@Suite struct DocumentReaderTests {
    private func chunks(of text: String, chunkSize: Int) throws -> [TextChunk] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reader = DocumentReader(handle: handle, displayName: "t.txt", isMarkdown: false, chunkSize: chunkSize)
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

    private func assertWhole(_ text: String, chunkSize: Int) throws -> [TextChunk] {
        let chunks = try chunks(of: text, chunkSize: chunkSize)
        #expect(chunks.map(\.text).joined() == text)
        let expected = positions(text)
        for chunk in chunks {
            #expect(chunk.origin == expected[chunk.origin.utf8Offset], "chunk at \(chunk.origin.utf8Offset)")
        }
        return chunks
    }

    @Test func chunksEndAtLineBreaksAndKeepCRLFTogether() throws {
        let text = "Kaboul\r\nHérat est\rà l’est\nMazar-e Charif\r\n\r\nfin"
        let chunks = try assertWhole(text, chunkSize: 4)
        #expect(chunks.count > 2)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix("\n") || chunk.text.hasSuffix("\r") && !chunk.text.hasSuffix("\r\n") || chunk.text.hasSuffix("\r\n"))
            #expect(!chunk.text.hasPrefix("\n"))
        }
    }

    /// A line longer than sixteen chunks is cut after a space, so memory stays bounded.
    @Test func aVeryLongLineIsCutAfterASpace() throws {
        let text = String(repeating: "les talibans à Hérat ", count: 40)
        let chunks = try assertWhole(text, chunkSize: 4)
        #expect(chunks.count > 1)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix(" "))
            #expect(chunk.text.utf8.count <= 16 * 4 + 4)
        }
    }

    /// A sentence end is the better place: the next chunk then starts a sentence for real.
    @Test func aVeryLongLineIsCutAfterASentenceWhenItCan() throws {
        let text = String(repeating: "Les talibans sont à Hérat. ", count: 30)
        let chunks = try assertWhole(text, chunkSize: 4)
        #expect(chunks.count > 1)
        for chunk in chunks.dropLast() { #expect(chunk.text.hasSuffix(". ")) }
    }

    @Test func aLongLineWithoutSpacesIsCutBetweenCharacters() throws {
        let text = String(repeating: "é", count: 200)
        let chunks = try assertWhole(text, chunkSize: 4)
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.text.allSatisfy { $0 == "é" } })
    }
}
