import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaTM

/// A scratch project: glossary/, tm/ and a cache folder, removed by `remove()`.
struct MemoryFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-tm-\(UUID().uuidString)")
        for folder in ["glossary", "tm", "cache"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try write("glossary/news.tsv", Self.glossary)
    }

    var tm: MemoryFolder { MemoryFolder(directory: root.appendingPathComponent("tm")) }
    var cache: URL { root.appendingPathComponent("cache") }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func open(onBuild: ((String) -> Void)? = nil) throws -> MemoryIndex {
        try MemoryIndex.open(tm, cacheDirectory: cache, onBuild: onBuild)
    }

    func analyzer() throws -> SegmentAnalyzer {
        let store = GlossaryStore(directory: root.appendingPathComponent("glossary"))
        return SegmentAnalyzer(terms: try TermIndex(index: try GlossaryIndex.open(store, cacheDirectory: cache)))
    }

    func search(from: String = "fr", to: String = "en") throws -> MemorySearch {
        MemorySearch(index: try open(), analyzer: try analyzer(), from: from, to: to)
    }

    static func tmx(_ units: [(String, String)], source: String = "fr", target: String = "en") -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" \
            adminlang="en" srclang="\(source)" datatype="plaintext"/><body>

            """
        for (number, unit) in units.enumerated() {
            text += "<tu tuid=\"u\(number + 1)\"><tuv xml:lang=\"\(source)\"><seg>\(unit.0)</seg></tuv>"
                + "<tuv xml:lang=\"\(target)\"><seg>\(unit.1)</seg></tuv></tu>\n"
        }
        return text + "</body></tmx>\n"
    }

    static let news: [(String, String)] = [
        ("Les talibans ont pris le contrôle de Hérat, troisième ville du pays.", "The Taliban took control of Herat, the country's third-largest city."),
        ("Le 15 août, les talibans sont entrés dans Kaboul.", "On 15 August, the Taliban entered Kabul."),
        ("Le président a quitté le pays.", "The president left the country."),
        ("Des milliers de personnes se sont massées près de l'aéroport.", "Thousands of people crowded near the airport."),
    ]

    static let glossary = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        herat\tplace\t\t\t\t\t\t\t
        herat\t\tfr\tpreferred\tHérat\t\t\t\t
        herat\t\tfr\tdeprecated\tHerat\t\t\t\t
        herat\t\ten\tpreferred\tHerat\t\t\t\t
        kandahar\tplace\t\t\t\t\t\t\t
        kandahar\t\tfr\tpreferred\tKandahar\t\t\t\t
        kandahar\t\ten\tpreferred\tKandahar\t\t\t\t
        kabul\tplace\t\t\t\t\t\t\t
        kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
        kabul\t\ten\tpreferred\tKabul\t\t\t\t
        taliban\tgroup\t\t\t\t\t\t\t
        taliban\t\tfr\tpreferred\ttaliban\ttalibans\t\t\t
        taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t

        """
}
