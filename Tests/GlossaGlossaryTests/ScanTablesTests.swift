import Foundation
import GRDB
import Testing
@testable import GlossaGlossary
@testable import GlossaMatching

/// The scanner's tables as stored in the index must answer exactly as tables built afresh from
/// the glossary would, and a damaged table must never be trusted.
@Suite struct ScanTablesTests {
    static let shippedGlossary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("glossary")

    /// A `TermIndex` read back from the index, and the forms the glossary gives afresh.
    private func loaded(_ store: GlossaryStore, cache: URL) throws -> (TermIndex, LoadedGlossary, [MatchForm]) {
        let terms = try TermIndex(index: GlossaryIndex.open(store, cacheDirectory: cache))
        let (glossary, forms) = try store.load()
        return (terms, glossary, forms)
    }

    private static func describe(_ form: GlossaryIndex.Form) -> String {
        "\(form.conceptRow) \(form.termIndex) \(form.language) \(form.status) \(form.origin) \(form.text)|\(form.exact)|\(form.folded)|\(form.orthographic)|\(form.key)"
    }

    @Test(arguments: ["sample", "shipped"])
    func storedTablesMatchTheGlossary(_ fixture: String) throws {
        let folder = try TemporaryGlossary(files: fixture == "sample" ? ["g.tsv": tsv(sampleRows)] : [:])
        defer { folder.remove() }
        let store = fixture == "sample" ? folder.store : GlossaryStore(directory: Self.shippedGlossary)
        let (terms, glossary, forms) = try loaded(store, cache: folder.cache)

        // Forms and concepts: the same values as the SQLite rows, in the same order.
        #expect(terms.forms.map(Self.describe) == (try terms.index.allForms().map(Self.describe)))
        #expect(Array(terms.concepts) == (try terms.index.allConcepts()))
        #expect(terms.concepts.count == glossary.glossary.count)
        for form in terms.forms { #expect(terms.concept(of: form).id == glossary.glossary.concepts[Int(form.conceptRow) - 1].id) }
        // Single fields read from the columns, without building a row, say what the row says.
        for (position, form) in terms.forms.enumerated() {
            #expect(terms.forms.exact(at: position) == form.exact)
            #expect(terms.forms.conceptRow(at: position) == form.conceptRow)
            #expect(terms.forms.termIndex(at: position) == form.termIndex)
            #expect(terms.forms.status(at: position) == form.status && terms.forms.origin(at: position) == form.origin)
        }
        let languages = Set(glossary.glossary.concepts.flatMap { $0.terms.map(\.language) }).union([LanguageCode("de")!])
        for (position, concept) in glossary.glossary.concepts.enumerated() {
            for language in languages {
                let preferred = concept.preferred(in: language)
                #expect(terms.concepts.preferredTermIndex(at: position, in: language).map { concept.terms[$0] } == preferred)
            }
        }

        // The trie: every key and prefix walks, step by step as at once, to the same forms.
        var reference: [[UInt8]: [Int32]] = [:]
        for (position, form) in forms.enumerated() where !form.key.isEmpty {
            reference[Array(form.key.utf8), default: []].append(Int32(position))
        }
        var prefixes: Set<[UInt8]> = [[]]
        for key in reference.keys { for length in 1...key.count { prefixes.insert(Array(key.prefix(length))) } }
        // And the nodes on the way to a form that starts lower-case are marked, and only those.
        var lowercasePrefixes: Set<[UInt8]> = []
        for form in forms where !form.key.isEmpty && form.text.first?.isLowercase == true {
            for length in 0...form.key.utf8.count { lowercasePrefixes.insert(Array(form.key.utf8.prefix(length))) }
        }
        #expect(!lowercasePrefixes.isEmpty)
        for prefix in prefixes {
            let node = try #require(terms.walk(from: terms.root, prefix))
            var stepped: KeyTrie.Node? = terms.root
            for byte in prefix { stepped = stepped.flatMap { terms.walk(from: $0, [byte]) } }
            #expect(stepped == node)
            #expect(terms.forms(endingAt: node) == (reference[prefix] ?? []))
            #expect(terms.endsForm(node) == (reference[prefix] != nil))
            #expect(terms.leadsToLowercaseForm(node) == lowercasePrefixes.contains(prefix))
            for byte in UInt8.min...UInt8.max where !prefixes.contains(prefix + [byte]) {
                #expect(terms.walk(from: node, [byte]) == nil)
            }
        }
        #expect(terms.walk(from: terms.root, Array("zzzzzzzz".utf8)) == nil)
        #expect(terms.walk(from: -1, [0x61]) == nil)
        #expect(terms.walk(from: .max, [0x61]) == nil)
        #expect(terms.forms(endingAt: .max).isEmpty)

        // Listed spellings.
        var listedPositions: [Int64: Int32] = [:]
        for (position, form) in forms.enumerated() where form.origin == .listed {
            listedPositions[Int64(form.conceptIndex + 1) << 20 | Int64(form.termIndex)] = Int32(position)
        }
        let listedExacts = Set(forms.filter { $0.origin == .listed }.map(\.exact))
        for form in terms.forms {
            #expect(terms.position(ofListed: form) == listedPositions[form.conceptRow << 20 | Int64(form.termIndex)])
            #expect(terms.isListed(exact: form.exact) == listedExacts.contains(form.exact))
        }
        #expect(!terms.isListed(exact: "not a listed name"))

        // Neighbours: the index in memory finds the listed forms the SQL table finds, in the
        // same order; every listed key with a neighbourhood (keys too short have none) finds at
        // least its own forms, and its one-letter deletions and insertions find the same as SQL.
        func viaSQL(_ hashes: [Int32]) throws -> [Int32] {
            try terms.index.forms(neighbourHashes: hashes).map { try #require(terms.position(ofListed: $0)) }
        }
        for form in forms where form.origin == .listed {
            let own = KeyNeighbourhood.hashes(of: form.key)
            #expect(terms.listedNeighbours(own).isEmpty == own.isEmpty)
            #expect(try terms.listedNeighbours(own) == viaSQL(own))
            for edited in [String(form.key.dropFirst()), String(form.key.dropLast()), form.key + "k", "t" + form.key] {
                let hashes = KeyNeighbourhood.hashes(of: edited)
                #expect(try terms.listedNeighbours(hashes) == viaSQL(hashes))
            }
        }
        for key in ["zzzzqqqq", "bcdfghjk", "xwxwxwxw", "ct", "k"] {
            let hashes = KeyNeighbourhood.hashes(of: key)
            #expect(try terms.listedNeighbours(hashes) == viaSQL(hashes))
        }
        #expect(terms.listedNeighbours([]).isEmpty)
    }

    @Test func listedFormsCompareByCanonicalEquivalence() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let terms = try TermIndex(index: GlossaryIndex.open(folder.store, cacheDirectory: folder.cache))
        #expect(terms.isListed(exact: "h\u{E9}rat"))
        #expect(terms.isListed(exact: "he\u{301}rat"))
        #expect(!terms.isListed(exact: "Hérat"))
    }

    /// After a rebuild, the same glossary's index from another schema version and temporary
    /// files whose builder is gone are removed; other glossaries' indexes and running builds stay.
    @Test func aRebuildRemovesTheGlossarysOlderIndexesAndDeadBuilds() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let hash = UInt64(bitPattern: Fingerprint.stableHash(folder.store.directory.path))
        let current = "index-v\(GlossaryIndex.schemaVersion)-\(hash).sqlite"
        let kept = ["index-v3-12345.sqlite", ".\(current).tmp-\(getpid())-1", "notes.txt"]
        let removed = ["index-v3-\(hash).sqlite", "index-v\(GlossaryIndex.schemaVersion - 1)-\(hash).sqlite",
                       ".index-v3-12345.sqlite.tmp-999999999-7"]
        try FileManager.default.createDirectory(at: folder.cache, withIntermediateDirectories: true)
        for name in kept + removed { try Data("x".utf8).write(to: folder.cache.appendingPathComponent(name)) }
        _ = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.cache.path).sorted()
        #expect(left == (kept + [current]).sorted())
    }

    // MARK: Damaged tables

    /// Opens the index once, lets `damage` edit its scan table, and reports whether loading a
    /// `TermIndex` then rebuilt it; the rebuilt index must serve a scanner, and be read as is later.
    private func rebuildsAfter(_ damage: String) throws -> Bool {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        _ = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache)
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: folder.cache.path).first)
        let database = try DatabaseQueue(path: folder.cache.appendingPathComponent(file).path)
        try database.write { try $0.execute(sql: damage) }
        try database.close()
        let index = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache)
        let terms = try TermIndex(index: index)
        #expect(terms.walk(from: terms.root, Array(terms.forms[0].key.utf8)) != nil)
        #expect(terms.index.conceptCount == 6)
        let again = try GlossaryIndex.open(folder.store, cacheDirectory: folder.cache)
        #expect(try TermIndex(index: again).index === again)
        return terms.index !== index
    }

    @Test(arguments: [
        "UPDATE scan SET data = substr(data, 1, length(data) / 2) WHERE name = 'forms'",
        "UPDATE scan SET data = substr(data, 1, 20) WHERE name = 'trie'",
        // The marks, the trie's last section, one word short.
        "UPDATE scan SET data = substr(data, 1, length(data) - 8) WHERE name = 'trie'",
        "UPDATE scan SET data = x'' WHERE name = 'concepts'",
        "DELETE FROM scan WHERE name = 'listed'",
        // The first child of node 1, in the trie's first section (after an 8-byte header and 4 lengths).
        "UPDATE scan SET data = substr(data, 1, 44) || x'ffffff7f' || substr(data, 49) WHERE name = 'trie'",
        // The section table of the forms.
        "UPDATE scan SET data = substr(data, 1, 8) || x'ffffffffffffffff' || substr(data, 17) WHERE name = 'forms'",
        "UPDATE scan SET data = x'00' || substr(data, 2) WHERE name = 'concepts'",
        "DELETE FROM scan WHERE name = 'neighbours'",
        // Two hashes swapped: out of order, so binary search could miss.
        "UPDATE scan SET data = substr(data, 1, 16) || substr(data, 21, 4) || substr(data, 17, 4) || substr(data, 25) WHERE name = 'neighbours'",
    ])
    func aDamagedTableIsRebuilt(_ damage: String) throws {
        #expect(try rebuildsAfter(damage))
    }

    @Test func anIntactIndexIsNotRebuilt() throws {
        #expect(try !rebuildsAfter("UPDATE meta SET value = value"))
    }

    /// Every byte of every table, changed: decoding throws or gives tables that can be used
    /// without a trap.
    @Test func damagedBytesNeverTrap() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let (loaded, forms) = try folder.store.load()
        let tables = ScanTables(loaded.glossary, forms: forms)
        let keys = forms.map { Array($0.key.utf8) }

        func blob(_ magic: UInt32, _ write: (inout PackedBlobWriter) -> Void) -> [UInt8] {
            var writer = PackedBlobWriter(magic: magic)
            write(&writer)
            return writer.bytes
        }
        func everyDamage(of bytes: [UInt8], _ use: (inout PackedBlobReader) throws -> Void) {
            for index in bytes.indices {
                for value in [0, 0xFF, bytes[index] ^ 0x01, bytes[index] ^ 0x80] {
                    var damaged = bytes
                    damaged[index] = value
                    guard var reader = try? PackedBlobReader(PackedBytes(bytes: damaged), magic: 0) else { continue }
                    try? use(&reader)
                }
            }
            for length in 0..<bytes.count {
                guard var reader = try? PackedBlobReader(PackedBytes(bytes: Array(bytes.prefix(length))), magic: 0) else { continue }
                try? use(&reader)
            }
        }

        everyDamage(of: blob(0, tables.trie.write)) { reader in
            let trie = try KeyTrie(reading: &reader, valueLimit: forms.count)
            for key in keys {
                if let node = trie.walk(from: KeyTrie.root, key) { _ = (trie.values(at: node), trie.isMarked(node)) }
            }
        }
        everyDamage(of: blob(0, tables.forms.write)) { reader in
            let table = try FormTable(reading: &reader, conceptCount: tables.concepts.count)
            for form in table { _ = table.listedPosition(conceptRow: form.conceptRow, termIndex: form.termIndex) }
        }
        everyDamage(of: blob(0, tables.concepts.write)) { reader in
            for concept in try ConceptTable(reading: &reader) { _ = concept.terms.count }
        }
        everyDamage(of: blob(0, tables.listedExactForms.write)) { reader in
            let set = try ByteStringSet(reading: &reader)
            for form in forms { _ = set.contains(form.exact) }
        }
        everyDamage(of: blob(0, tables.neighbours.write)) { reader in
            let neighbours = try NeighbourIndex(reading: &reader, formCount: forms.count)
            for form in forms {
                for position in neighbours.forms(sharingAnyOf: KeyNeighbourhood.hashes(of: form.key)) {
                    _ = tables.forms[Int(position)]
                }
            }
        }
    }
}

@Suite struct KeyTrieTests {
    @Test func agreesWithADictionaryOnRandomKeys() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdé= -".utf8)
        let keys = (0..<2_000).map { _ in
            (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        // Every seventh value is marked, so that some nodes lie on marked keys only, some on both.
        let isMarked = { (value: Int32) in value % 7 == 0 }
        let trie = KeyTrie(keys.enumerated().map { ($0.element, Int32($0.offset)) }, marking: isMarked)
        var reference: [[UInt8]: [Int32]] = [:]
        var prefixes: Set<[UInt8]> = [[]]
        var markedPrefixes: Set<[UInt8]> = []
        for (value, key) in keys.enumerated() where !key.isEmpty {
            reference[key, default: []].append(Int32(value))
            for length in 0...key.count {
                prefixes.insert(Array(key.prefix(length)))
                if isMarked(Int32(value)) { markedPrefixes.insert(Array(key.prefix(length))) }
            }
        }
        #expect(markedPrefixes.count > 100 && markedPrefixes.count < prefixes.count / 2)
        for _ in 0..<5_000 {
            let probe = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let continues = prefixes.contains(probe)
            let node = trie.walk(from: KeyTrie.root, probe)
            #expect((node != nil) == continues)
            if let node {
                #expect(trie.values(at: node) == (reference[probe] ?? []))
                #expect(trie.isMarked(node) == markedPrefixes.contains(probe))
            }
        }
    }

    @Test func anEmptyTrieHasOnlyItsRoot() {
        let trie = KeyTrie([(key: [UInt8](), value: Int32(0))])
        #expect(trie.nodeCount == 1)
        #expect(trie.walk(from: KeyTrie.root, []) == KeyTrie.root)
        #expect(trie.step(from: KeyTrie.root, 0x61) == nil)
        #expect(trie.values(at: KeyTrie.root).isEmpty)
    }
}

@Suite struct ByteStringSetTests {
    @Test func findsWhatWasInsertedAndNothingElse() {
        let words = (0..<20_000).map { "mot\($0)" }
        let set = ByteStringSet(words + words.prefix(100))
        #expect(set.count == words.count)
        #expect(words.allSatisfy(set.contains))
        #expect(!(20_000..<21_000).contains { set.contains("mot\($0)") })
        #expect(!set.contains(""))
    }

    @Test func comparesLikeSwiftStrings() {
        let set = ByteStringSet(["e\u{301}pe\u{301}e", "Éric", ""])
        #expect(set.contains("épée"))
        #expect(set.contains("e\u{301}pe\u{301}e"))
        #expect(set.contains("E\u{301}ric"))
        #expect(!set.contains("éric"))
        #expect(set.contains(""))
        #expect(ByteStringSet([String]()).isEmpty)
        #expect(!ByteStringSet([String]()).contains("a"))
    }
}
