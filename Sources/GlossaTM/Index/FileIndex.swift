import Foundation
import GRDB
import GlossaExchange

/// The search index of one TMX file of the memory: a SQLite file holding the file's units and
/// an inverted index from word keys (see `IndexTerms`) to the units that hold them.
///
/// It is immutable once installed: built into a temporary file, completed by a `complete` row
/// written in the same transaction as everything else, and renamed into place. A change to the
/// TMX file gives a new fingerprint and so a new index file; nothing is ever updated in place.
final class FileIndex {
    static let schemaVersion = 1

    /// The TMX file's name in the memory folder.
    let name: String
    let sourceLanguage: String
    let targetLanguage: String
    let unitCount: Int
    let skippedUnits: Int
    let byteSize: Int
    private let database: DatabaseQueue

    private init(name: String, database: DatabaseQueue, byteSize: Int) throws {
        self.name = name
        self.database = database
        self.byteSize = byteSize
        let meta = try database.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, value FROM meta").map {
                (String($0[0] as String), String($0[1] as String))
            })
        }
        guard meta["complete"] == "1", let source = meta["source"], let target = meta["target"] else {
            throw MemoryError(file: name, "index incomplete")
        }
        sourceLanguage = source
        targetLanguage = target
        unitCount = Int(meta["units"] ?? "") ?? 0
        skippedUnits = Int(meta["skipped"] ?? "") ?? 0
    }

    /// The installed index at `url` when it is complete and was built from `fingerprint`;
    /// nil when it is missing, stale, half-written or unreadable.
    static func openExisting(_ url: URL, name: String, fingerprint: String) -> FileIndex? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let database = try DatabaseQueue(path: url.path, configuration: configuration)
            let stored = try database.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE name = 'fingerprint'") }
            guard stored == fingerprint else { return nil }
            return try FileIndex(name: name, database: database, byteSize: Int(info.st_size))
        } catch {
            return nil
        }
    }

    static func build(_ document: BilingualDocument, fingerprint: String, at url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let sourceLanguage = MemoryWriter.primary(document.sourceLanguage)
        let targetLanguage = MemoryWriter.primary(document.targetLanguage)
        var terms = IndexTerms()
        var postings: [Int64: PostingList] = [:]
        var skipped = document.skippedUnits
        do {
            let database = try DatabaseQueue(path: temporary.path)
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            }
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE unit(position INTEGER PRIMARY KEY, tuid TEXT NOT NULL, line INTEGER NOT NULL,
                        source TEXT NOT NULL, target TEXT NOT NULL, source_words INTEGER NOT NULL, target_words INTEGER NOT NULL);
                    CREATE TABLE posting(key INTEGER PRIMARY KEY, count INTEGER NOT NULL, ids BLOB NOT NULL);
                    """)
                let insertUnit = try db.makeStatement(sql: """
                    INSERT INTO unit(position, tuid, line, source, target, source_words, target_words) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                var position: UInt32 = 0
                for segment in document.segments {
                    // A unit with an empty side cannot be matched or reused.
                    guard Self.hasText(segment.source), Self.hasText(segment.target) else {
                        skipped += 1
                        continue
                    }
                    let source = try terms.keys(of: segment.source, language: sourceLanguage)
                    let target = try terms.keys(of: segment.target, language: targetLanguage)
                    for key in source.keys { postings[key, default: PostingList()].append(position) }
                    for key in target.keys { postings[key, default: PostingList()].append(position) }
                    try insertUnit.execute(arguments: [Int64(position), segment.id, segment.line, segment.source, segment.target,
                                                       source.words, target.words])
                    position += 1
                }
                let insertPosting = try db.makeStatement(sql: "INSERT INTO posting(key, count, ids) VALUES (?, ?, ?)")
                for (key, list) in postings {
                    try insertPosting.execute(arguments: [key, list.count, Data(list.bytes)])
                }
                let meta = ["fingerprint": fingerprint, "source": document.sourceLanguage, "target": document.targetLanguage,
                            "units": "\(position)", "skipped": "\(skipped)", "complete": "1"]
                for (name, value) in meta {
                    try db.execute(sql: "INSERT INTO meta(name, value) VALUES (?, ?)", arguments: [name, value])
                }
            }
            try database.close()
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError(file: url.path, "cannot build the memory index: \(error)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw MemoryError(file: url.path, "cannot install the memory index: \(String(cString: strerror(errno)))")
        }
    }

    private static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }

    // MARK: Queries

    /// How many units hold each key (absent keys are left out).
    func counts(of keys: [Int64]) throws -> [Int64: Int] {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT count FROM posting WHERE key = ?")
            var counts: [Int64: Int] = [:]
            for key in keys {
                if let count = try Int.fetchOne(statement, arguments: [key]) { counts[key] = count }
            }
            return counts
        }
    }

    /// Calls `body` with every unit position that holds `key`, in increasing order.
    func forEachPosting(of key: Int64, _ body: (UInt32) -> Void) throws {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT ids FROM posting WHERE key = ?")
            let rows = try Row.fetchCursor(statement, arguments: [key])
            while let row = try rows.next() {
                try row.withUnsafeData(atIndex: 0) { data in
                    data?.withUnsafeBytes { PostingList.forEach(in: $0, body) }
                }
            }
        }
    }

    struct StoredUnit {
        let position: UInt32
        let id: String
        let line: Int
        let source: String
        let target: String
        let sourceWords: Int
        let targetWords: Int
    }

    func units(at positions: [UInt32]) throws -> [StoredUnit] {
        guard !positions.isEmpty else { return [] }
        return try database.read { db in
            let marks = Array(repeating: "?", count: positions.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: """
                SELECT position, tuid, line, source, target, source_words, target_words FROM unit WHERE position IN (\(marks))
                """, arguments: StatementArguments(positions.map { Int64($0) })).map(Self.unit)
        }
    }

    /// Every unit in file order, without holding them all.
    func forEachUnit(_ body: (StoredUnit) throws -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT position, tuid, line, source, target, source_words, target_words FROM unit ORDER BY position
                """)
            while let row = try rows.next() { try body(Self.unit(row)) }
        }
    }

    private static func unit(_ row: Row) -> StoredUnit {
        StoredUnit(position: UInt32(row[0] as Int64), id: row[1], line: row[2], source: row[3], target: row[4],
                   sourceWords: row[5], targetWords: row[6])
    }
}
