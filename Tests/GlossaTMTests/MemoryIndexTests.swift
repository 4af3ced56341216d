import Foundation
import GlossaExchange
import GlossaTM
import Testing

@Suite struct MemoryIndexTests {
    @Test func rebuildsOnlyTheFilesThatChanged() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/a.tmx", MemoryFixture.tmx(Array(MemoryFixture.news.prefix(2))))
        try fixture.write("tm/b.tmx", MemoryFixture.tmx(Array(MemoryFixture.news.suffix(2))))
        var built: [String] = []
        #expect(try fixture.open { built.append(URL(fileURLWithPath: $0).lastPathComponent) }.unitCount == 4)
        #expect(built == ["a.tmx", "b.tmx"])
        built = []
        _ = try fixture.open { built.append($0) }
        #expect(built.isEmpty)
        try fixture.write("tm/b.tmx", MemoryFixture.tmx(MemoryFixture.news))
        let index = try fixture.open { built.append(URL(fileURLWithPath: $0).lastPathComponent) }
        #expect(built == ["b.tmx"])
        #expect(index.unitCount == 6)
        // The stale index of the old b.tmx is gone: one index file per TMX file.
        let cached = try FileManager.default.contentsOfDirectory(atPath: index.cacheDirectory.path)
        #expect(cached.filter { $0.hasSuffix(".sqlite") }.count == 2)
    }

    @Test func aBrokenFileIsReportedAndTheRestSearched() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/good.tmx", MemoryFixture.tmx(MemoryFixture.news))
        try fixture.write("tm/broken.tmx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"fr\"/>\n<body><tu><tuv xml:lang=\"fr\"><seg>x</tuv>\n")
        let index = try fixture.open()
        #expect(index.problems.count == 1)
        #expect(index.problems[0].file.hasSuffix("tm/broken.tmx"))
        #expect(index.problems[0].line == 3)
        #expect(index.unitCount == 4)
    }

    @Test func aCorruptOrHalfWrittenIndexIsRebuilt() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/news.tmx", MemoryFixture.tmx(MemoryFixture.news))
        let first = try fixture.open()
        let directory = first.cacheDirectory
        let installed = try #require(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasSuffix(".sqlite") })
        let url = directory.appendingPathComponent(installed)
        // A process killed while building leaves its temporary file; one killed while copying
        // by hand, or a disk error, leaves a truncated index.
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        let orphan = directory.appendingPathComponent(".\(installed).tmp-999999999-1")
        try data.prefix(1000).write(to: orphan)
        var rebuilt = 0
        let index = try fixture.open { _ in rebuilt += 1 }
        #expect(rebuilt == 1)
        #expect(index.unitCount == 4)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        try Data("garbage, not SQLite".utf8).write(to: url)
        #expect(try fixture.open { _ in rebuilt += 1 }.unitCount == 4)
        #expect(rebuilt == 2)
    }

    @Test func emptyAndOneSidedUnitsAreSkipped() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        try fixture.write("tm/odd.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/><body>
            <tu><tuv xml:lang="fr"><seg></seg></tuv><tuv xml:lang="en"><seg>Empty source.</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Seulement en français.</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>  </seg></tuv><tuv xml:lang="en"><seg> </seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Le président a quitté le pays.</seg></tuv><tuv xml:lang="en"><seg>The president left the country.</seg></tuv></tu>
            </body></tmx>
            """)
        let index = try fixture.open()
        #expect(index.unitCount == 1)
        #expect(index.summaries[0].skippedUnits == 3)
        #expect(try fixture.search().search("Le président a quitté le pays.").map(\.score) == [100])
    }

    @Test func aOneMegabyteSegmentIsIndexedAndNeverSlowsASearch() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        let huge = String(repeating: "Les talibans avancent vers Kaboul. ", count: 30_000)
        try fixture.write("tm/huge.tmx", MemoryFixture.tmx(MemoryFixture.news + [(huge, "The Taliban advance.")]))
        let search = try fixture.search()
        #expect(try search.search("Les talibans avancent vers Kaboul.").isEmpty)
        #expect(try search.search("Le président a quitté le pays.").map(\.score) == [100])
        #expect(try search.search(huge, minimum: 70, limit: 1).map(\.score) == [100])
    }
}
