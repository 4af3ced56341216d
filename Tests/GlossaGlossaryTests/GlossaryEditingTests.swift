import Foundation
import Testing
@testable import GlossaGlossary

@Suite struct GlossaryEditingTests {
    @Test func insertsTermAfterItsConceptAndKeepsComments() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        try folder.store.update(file: "g.tsv") { file, _ in
            file.insert(Term(text: "Hirat", language: .english, status: .admitted, note: "Older spelling."), conceptID: "herat")
        }
        let lines = try folder.read("g.tsv").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "# Places")
        #expect(lines[6] == "herat\t\ten\tadmitted\tHirat\t\tOlder spelling.\t\t")
        #expect(lines.count == sampleRows.count + 2)
    }

    @Test func appendsConceptsAtTheEnd() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let kabul = Concept(id: "kabul", kind: .place, terms: [
            Term(text: "Kaboul", language: .french, status: .preferred),
            Term(text: "Kabul", language: .english, status: .preferred),
        ])
        let after = try folder.store.update(file: "g.tsv") { file, _ in file.append(kabul) }
        #expect(after.glossary["kabul"]?.preferred(in: .french)?.text == "Kaboul")
        #expect(try folder.read("g.tsv").hasSuffix("kabul\tplace\t\t\t\t\t\t\t\nkabul\t\tfr\tpreferred\tKaboul\t\t\t\t\nkabul\t\ten\tpreferred\tKabul\t\t\t\t\n"))
    }

    @Test func rejectedEditChangesNothing() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let before = try folder.read("g.tsv")
        #expect(throws: GlossaryErrors.self) {
            try folder.store.update(file: "g.tsv") { file, _ in
                file.insert(Term(text: "Herat", language: .english, status: .preferred), conceptID: "herat")
            }
        }
        #expect(try folder.read("g.tsv") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.directory.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let before = try folder.read("g.tsv")
        let after = try folder.store.update(file: "g.tsv", dryRun: true) { file, _ in
            file.insert(Term(text: "Hirat", language: .english, status: .admitted), conceptID: "herat")
        }
        #expect(after.glossary["herat"]?.terms.count == 4)
        #expect(try folder.read("g.tsv") == before)
    }

    @Test func keepsCRLFLineEndings() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows).replacingOccurrences(of: "\n", with: "\r\n")])
        defer { folder.remove() }
        try folder.store.update(file: "g.tsv") { file, _ in
            file.insert(Term(text: "Hirat", language: .english, status: .admitted), conceptID: "herat")
        }
        let text = try folder.read("g.tsv")
        #expect(text.components(separatedBy: "\r\n").count == sampleRows.count + 2)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func atomicWriteReplacesWholeFile() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": "old"])
        defer { folder.remove() }
        try AtomicFile.write(Data("new".utf8), to: folder.directory.appendingPathComponent("g.tsv"))
        #expect(try folder.read("g.tsv") == "new")
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.root.appendingPathComponent("missing/g.tsv"))
        }
    }

    @Test func locatesTheNearestGlossaryFolder() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let nested = folder.root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let store = try GlossaryStore.locate(explicit: nil, from: nested)
        #expect(store.directory.path == folder.directory.standardizedFileURL.path)
        #expect(throws: GlossaryError.self) {
            try GlossaryStore.locate(explicit: nil, from: URL(fileURLWithPath: "/proc/self"))
        }
    }
}
