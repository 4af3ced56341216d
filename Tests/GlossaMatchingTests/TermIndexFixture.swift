import Foundation
@testable import GlossaGlossary
@testable import GlossaMatching

/// A term index built from glossary rows (after the header) in a folder of the test's own.
enum TermIndexFixture {
    static func terms(_ rows: String, in directory: URL) throws -> TermIndex {
        let glossary = directory.appendingPathComponent("glossary")
        try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
        let file = "id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\n" + rows
        try Data(file.utf8).write(to: glossary.appendingPathComponent("g.tsv"))
        let index = try GlossaryIndex.open(GlossaryStore(directory: glossary), cacheDirectory: directory.appendingPathComponent("cache"))
        return try TermIndex(index: index)
    }
}
