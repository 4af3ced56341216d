import Foundation
import GRDB
import GRDBSQLite

/// What a scanner needs from the index, built with it and stored in it as five blobs
/// (see `PackedBlob`), so that a command loads it in a few reads instead of a row per form.
public struct ScanTables: Sendable {
    public let concepts: ConceptTable
    public let forms: FormTable
    /// Every form's key, with the form's position as value. The keys of forms that start with
    /// a lower-case letter ("taliban", "al-Qaida") are marked: only those can match a span of
    /// text that starts with one.
    public let trie: KeyTrie
    /// The exact spelling of every listed form, to tell a glossary term from a misspelling.
    public let listedExactForms: ByteStringSet
    /// The listed forms by their keys' typo neighbourhoods: misspelling candidates.
    public let neighbours: NeighbourIndex

    init(_ glossary: Glossary, forms: [MatchForm]) {
        concepts = ConceptTable(glossary)
        self.forms = FormTable(forms, glossary: glossary)
        trie = KeyTrie(forms.enumerated().map { (Array($0.element.key.utf8), Int32($0.offset)) },
                       marking: { forms[Int($0)].text.first?.isLowercase ?? true })
        let listed = forms.lazy.filter { $0.origin == .listed }
        listedExactForms = ByteStringSet(listed.map(\.exact))
        neighbours = NeighbourIndex(forms: forms)
    }

    private init(concepts: ConceptTable, forms: FormTable, trie: KeyTrie, listedExactForms: ByteStringSet,
                 neighbours: NeighbourIndex) {
        self.concepts = concepts
        self.forms = forms
        self.trie = trie
        self.listedExactForms = listedExactForms
        self.neighbours = neighbours
    }

    static func createTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE scan(name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    }

    func insert(into db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO scan(name, data) VALUES (?, ?)")
        for (name, magic, write) in Self.blobs(self) {
            var writer = PackedBlobWriter(magic: magic)
            write(&writer)
            try statement.execute(arguments: [name, writer.data])
        }
    }

    private static func blobs(_ tables: ScanTables) -> [(String, UInt32, (inout PackedBlobWriter) -> Void)] {
        [("concepts", ConceptTable.blobMagic, tables.concepts.write),
         ("forms", FormTable.blobMagic, tables.forms.write),
         ("trie", KeyTrie.blobMagic, tables.trie.write),
         ("listed", ByteStringSet.blobMagic, tables.listedExactForms.write),
         ("neighbours", NeighbourIndex.blobMagic, tables.neighbours.write)]
    }

    /// Reads and checks the five blobs; a missing or damaged one is an error, never a trap.
    static func read(_ db: Database) throws -> ScanTables {
        let concepts = try read("concepts", magic: ConceptTable.blobMagic, db) { try ConceptTable(reading: &$0) }
        let forms = try read("forms", magic: FormTable.blobMagic, db) {
            try FormTable(reading: &$0, conceptCount: concepts.count)
        }
        let trie = try read("trie", magic: KeyTrie.blobMagic, db) { try KeyTrie(reading: &$0, valueLimit: forms.count) }
        let listed = try read("listed", magic: ByteStringSet.blobMagic, db) { try ByteStringSet(reading: &$0) }
        let neighbours = try read("neighbours", magic: NeighbourIndex.blobMagic, db) {
            try NeighbourIndex(reading: &$0, formCount: forms.count)
        }
        return ScanTables(concepts: concepts, forms: forms, trie: trie, listedExactForms: listed, neighbours: neighbours)
    }

    private static func read<T>(_ name: String, magic: UInt32, _ db: Database,
                                _ decode: (inout PackedBlobReader) throws -> T) throws -> T {
        guard let row = try Int64.fetchOne(db, sql: "SELECT rowid FROM scan WHERE name = ?", arguments: [name]) else {
            throw PackedBlobError("no \(name) table")
        }
        do {
            var reader = try PackedBlobReader(SQLiteBlob(db, table: "scan", column: "data", row: row), magic: magic)
            let value = try decode(&reader)
            try reader.finish()
            return value
        } catch let error as PackedBlobError {
            throw PackedBlobError("\(name) table: \(error.description)")
        }
    }
}

/// A blob read with SQLite's incremental I/O: each piece goes straight from the file into the
/// caller's memory, without first being assembled in a buffer of SQLite's.
private final class SQLiteBlob: PackedBlobSource {
    private let handle: OpaquePointer
    let count: Int

    init(_ db: Database, table: String, column: String, row: Int64) throws {
        var handle: OpaquePointer?
        let code = sqlite3_blob_open(db.sqliteConnection, "main", table, column, row, 0, &handle)
        guard code == SQLITE_OK, let handle else {
            sqlite3_blob_close(handle)
            throw PackedBlobError("cannot open the blob: \(String(cString: sqlite3_errstr(code)))")
        }
        self.handle = handle
        count = Int(sqlite3_blob_bytes(handle))
    }

    deinit { sqlite3_blob_close(handle) }

    func copy(_ range: Range<Int>, to destination: UnsafeMutableRawPointer) throws {
        guard let offset = Int32(exactly: range.lowerBound), let length = Int32(exactly: range.count) else {
            throw PackedBlobError("blob too large")
        }
        let code = sqlite3_blob_read(handle, destination, length, offset)
        guard code == SQLITE_OK else { throw PackedBlobError("cannot read the blob: \(String(cString: sqlite3_errstr(code)))") }
    }
}
