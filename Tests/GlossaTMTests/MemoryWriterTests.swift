import Foundation
import GlossaExchange
import GlossaTM
import Testing

@Suite struct MemoryWriterTests {
    @Test func addAppendsUnitsAndKeepsTheFileReadable() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        let writer = MemoryWriter(folder: fixture.tm)
        #expect(try writer.add(source: "Kaboul est tombée.", target: "Kabul has fallen.", from: "fr", to: "en") == "added-1")
        #expect(try writer.add(source: "Kabul is calm.", target: "Kaboul est calme.", from: "en", to: "fr") == "added-2")
        let url = fixture.tm.directory.appendingPathComponent("glossa-added.tmx")
        let document = try BilingualReader.read(contentsOf: url, displayName: "added")
        #expect(document.segments.map(\.source) == ["Kaboul est tombée.", "Kaboul est calme."])
        #expect(document.segments.map(\.target) == ["Kabul has fallen.", "Kabul is calm."])
        #expect(throws: MemoryError.self) { try writer.add(source: "Kabul", target: "Kabul", from: "de", to: "en") }
        #expect(throws: MemoryError.self) { try writer.add(source: " ", target: "x", from: "fr", to: "en") }
    }

    @Test func importCopiesUnderAUniqueNameAndRefusesBrokenFiles() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        let outside = fixture.root.appendingPathComponent("memory.tmx")
        try Data(MemoryFixture.tmx(MemoryFixture.news, source: "de", target: "en").utf8).write(to: outside)
        let writer = MemoryWriter(folder: fixture.tm)
        #expect(try writer.importFile(outside, displayName: "memory.tmx") == ("memory.tmx", 4))
        #expect(try writer.importFile(outside, displayName: "memory.tmx") == ("memory-2.tmx", 4))
        try Data("<tmx><body>".utf8).write(to: outside)
        #expect(throws: BilingualReadError.self) { try writer.importFile(outside, displayName: "memory.tmx") }
        #expect(try fixture.tm.fileURLs().map(\.lastPathComponent) == ["memory-2.tmx", "memory.tmx"])
    }
}
