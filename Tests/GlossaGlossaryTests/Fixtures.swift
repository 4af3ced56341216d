import Foundation
@testable import GlossaGlossary

/// A glossary folder in a fresh temporary directory, removed by the caller.
struct TemporaryGlossary {
    let root: URL
    var directory: URL { root.appendingPathComponent("glossary") }
    var cache: URL { root.appendingPathComponent("cache") }
    var store: GlossaryStore { GlossaryStore(directory: directory) }

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        for (name, text) in files {
            try write(name, text)
        }
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Rows joined by tabs, one string per line: keeps fixtures readable.
func tsv(_ rows: [[String]]) -> String {
    rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
}

let header = ["id", "kind", "lang", "status", "term", "plural", "note", "source", "distinct"]

/// A small glossary in the shipped format.
let sampleRows: [[String]] = [
    header,
    ["# Places"],
    ["herat", "place", "", "", "", "", "Third city of Afghanistan.", "", ""],
    ["herat", "", "fr", "preferred", "Hérat", "", "", "", ""],
    ["herat", "", "fr", "deprecated", "Herat", "", "Unaccented.", "Reuters", ""],
    ["herat", "", "en", "preferred", "Herat", "", "", "", ""],
    ["mazar", "place", "", "", "", "", "", "", ""],
    ["mazar", "", "fr", "preferred", "Mazar-i-Sharif", "", "", "", ""],
    ["mazar", "", "en", "preferred", "Mazar-i-Sharif", "", "", "", ""],
    ["ghazni", "place", "", "", "", "", "", "", "ashraf-ghani"],
    ["ghazni", "", "fr", "preferred", "Ghazni", "", "", "", ""],
    ["ghazni", "", "en", "preferred", "Ghazni", "", "", "", ""],
    ["ashraf-ghani", "person", "", "", "", "", "", "", ""],
    ["ashraf-ghani", "", "fr", "preferred", "Ashraf Ghani", "", "", "", ""],
    ["ashraf-ghani", "", "en", "preferred", "Ashraf Ghani", "", "", "", ""],
    ["taliban", "group", "", "", "", "", "", "", ""],
    ["taliban", "", "fr", "preferred", "taliban", "talibans", "", "", ""],
    ["taliban", "", "fr", "deprecated", "Taliban", "", "", "", ""],
    ["taliban", "", "en", "preferred", "Taliban", "Taliban", "", "", ""],
    ["ben-laden", "person", "", "", "", "", "", "", ""],
    ["ben-laden", "", "fr", "preferred", "Ben Laden", "", "", "", ""],
    ["ben-laden", "", "en", "preferred", "bin Laden", "", "", "", ""],
]
