import Foundation
import GRDB
import GlossaText
import Synchronization

/// The compiled glossary: a SQLite file holding every match form with its precomputed keys,
/// so that a command starts without re-reading and re-keying the glossary.
///
/// It is a cache. It lives outside the glossary folder (see `GlossaryIndex.cacheDirectory`),
/// records a fingerprint of the files it was built from, and is rebuilt when they change.
/// A rebuild writes a new file and renames it into place, so concurrent processes each see
/// a complete index; a cache that cannot be read is rebuilt.
public final class GlossaryIndex: Sendable {
    static let schemaVersion = 11

    private let database: DatabaseQueue
    public let conceptCount: Int
    /// What the file was built from, to build it again (see `scanTables()`).
    private let store: GlossaryStore
    private let url: URL
    private let fingerprint: String
    /// The folder the index file lies in, where other caches may go beside it.
    public var cacheDirectory: URL { url.deletingLastPathComponent() }

    /// A class: scanning reads the forms of every candidate name, and a reference copies
    /// with one retain where a struct of six strings takes six.
    public final class Form: Sendable {
        public let conceptRow: Int64
        public let termIndex: Int
        public let language: LanguageCode
        public let status: TermStatus
        public let text: String
        public let origin: MatchForm.Origin
        public let exact: String
        public let folded: String
        public let orthographic: String
        public let key: String

        init(conceptRow: Int64, termIndex: Int, language: LanguageCode, status: TermStatus, text: String,
             origin: MatchForm.Origin, exact: String, folded: String, orthographic: String, key: String) {
            self.conceptRow = conceptRow
            self.termIndex = termIndex
            self.language = language
            self.status = status
            self.text = text
            self.origin = origin
            self.exact = exact
            self.folded = folded
            self.orthographic = orthographic
            self.key = key
        }
    }

    private init(database: DatabaseQueue, store: GlossaryStore, url: URL, fingerprint: String) throws {
        self.database = database
        self.store = store
        self.url = url
        self.fingerprint = fingerprint
        conceptCount = try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM concept") ?? 0 }
    }

    /// Opens the index of `store`, building it first when it is missing, stale or unreadable.
    /// `onRebuild` is called before a rebuild starts, for progress messages.
    public static func open(_ store: GlossaryStore, cacheDirectory: URL = CacheFolder.standard,
                            onRebuild: (() -> Void)? = nil) throws -> GlossaryIndex {
        let fingerprint = try Fingerprint.of(store)
        let storeHash = UInt64(bitPattern: Fingerprint.stableHash(store.directory.path))
        let url = cacheDirectory.appendingPathComponent("index-v\(schemaVersion)-\(storeHash).sqlite")
        if let index = try? openExisting(url, store: store, fingerprint: fingerprint) { return index }
        onRebuild?()
        let index = try rebuild(store, fingerprint: fingerprint, at: url)
        // The same glossary's index from an older Glossa: after an upgrade it would stay for
        // good, and for a large glossary it is 150 MB.
        CacheFolder.removeLeftovers(in: cacheDirectory) { name in
            name.hasPrefix("index-v") && name.hasSuffix("-\(storeHash).sqlite") && name != url.lastPathComponent
        }
        return index
    }

    private static func rebuild(_ store: GlossaryStore, fingerprint: String, at url: URL) throws -> GlossaryIndex {
        let (loaded, forms) = try store.load()
        try build(loaded.glossary, forms: forms, fingerprint: fingerprint, at: url)
        return try openExisting(url, store: store, fingerprint: fingerprint) ?? {
            throw GlossaryError(file: url.path, line: nil, "the index was rebuilt but cannot be read back")
        }()
    }

    /// The scanner's tables (see `ScanTables`), read on demand since only scanning needs them.
    /// Tables that cannot be read are handled as `open` handles a file it cannot read: the
    /// index is rebuilt, and the tables come from the rebuilt index, returned with them.
    public func scanTables() throws -> (tables: ScanTables, index: GlossaryIndex) {
        if let tables = try? database.read(ScanTables.read) { return (tables, self) }
        let rebuilt = try Self.rebuild(store, fingerprint: fingerprint, at: url)
        do {
            return (try rebuilt.database.read(ScanTables.read), rebuilt)
        } catch {
            throw GlossaryError(file: url.path, line: nil, "the index was rebuilt but cannot be read back: \(error)")
        }
    }

    private static func openExisting(_ url: URL, store: GlossaryStore, fingerprint: String) throws -> GlossaryIndex? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // The cache has 64 KB pages, good for the blobs but costly to copy for each typo
            // query; mapped, a query reads the pages in place. The file is only ever replaced
            // by a rename, never rewritten, so the mapping cannot change under us.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
        }
        let database = try DatabaseQueue(path: url.path, configuration: configuration)
        let stored = try database.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE name = 'fingerprint'") }
        guard stored == fingerprint else { return nil }
        return try GlossaryIndex(database: database, store: store, url: url, fingerprint: fingerprint)
    }

    static let mappedBytes = 1 << 30

    static func build(_ glossary: Glossary, forms: [MatchForm], fingerprint: String, at url: URL) throws {
        let directory = url.deletingLastPathComponent()
        try CacheFolder.prepare(directory)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            let database = try DatabaseQueue(path: temporary.path)
            try database.writeWithoutTransaction { db in
                // Large pages: the scan tables are long blobs, read a page at a time.
                try db.execute(sql: "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            }
            try database.write { db in
                try createSchema(db)
                try insert(glossary, forms: forms, into: db)
                try db.execute(sql: "INSERT INTO meta(name, value) VALUES ('fingerprint', ?)", arguments: [fingerprint])
            }
            try database.close()
        } catch {
            throw GlossaryError(file: url.path, line: nil, "cannot build the index cache: \(error)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw GlossaryError(file: url.path, line: nil, "cannot install the index cache: \(String(cString: strerror(errno)))")
        }
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE concept(
                row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, note TEXT, source TEXT,
                distinct_ids TEXT NOT NULL);
            CREATE TABLE term(
                concept INTEGER NOT NULL, position INTEGER NOT NULL, lang TEXT NOT NULL, status TEXT NOT NULL,
                text TEXT NOT NULL, plural TEXT, note TEXT, source TEXT, PRIMARY KEY(concept, position)) WITHOUT ROWID;
            CREATE TABLE form(
                row INTEGER PRIMARY KEY, concept INTEGER NOT NULL, term INTEGER NOT NULL, lang TEXT NOT NULL, status TEXT NOT NULL,
                text TEXT NOT NULL,
                origin INTEGER NOT NULL, exact TEXT NOT NULL, folded TEXT NOT NULL, orthographic TEXT NOT NULL,
                key TEXT NOT NULL);
            CREATE TABLE neighbour(hash INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY(hash, key)) WITHOUT ROWID;
            CREATE TABLE word(word TEXT NOT NULL, form INTEGER NOT NULL, PRIMARY KEY(word, form)) WITHOUT ROWID;
            """)
        try ScanTables.createTable(db)
    }

    private static func insert(_ glossary: Glossary, forms: [MatchForm], into db: Database) throws {
        let conceptStatement = try db.makeStatement(sql: """
            INSERT INTO concept(row, id, kind, note, source, distinct_ids) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let termStatement = try db.makeStatement(sql: """
            INSERT INTO term(concept, position, lang, status, text, plural, note, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, concept) in glossary.concepts.enumerated() {
            try conceptStatement.execute(arguments: [index + 1, concept.id, concept.kind.rawValue, concept.note, concept.source,
                                                     concept.distinct.joined(separator: "|")])
            for (position, term) in concept.terms.enumerated() {
                try termStatement.execute(arguments: [index + 1, position, term.language.rawValue, term.status.rawValue,
                                                      term.text, term.plural, term.note, term.source])
            }
        }
        let formStatement = try db.makeStatement(sql: """
            INSERT INTO form(row, concept, term, lang, status, text, origin, exact, folded, orthographic, key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let neighbourStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO neighbour(hash, key) VALUES (?, ?)")
        let wordStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO word(word, form) VALUES (?, ?)")
        var neighbourKeys: Set<String> = []
        for (index, form) in forms.enumerated() {
            let row = index + 1
            let term = glossary.concepts[form.conceptIndex].terms[form.termIndex]
            try formStatement.execute(arguments: [
                row, form.conceptIndex + 1, form.termIndex, term.language.rawValue, term.status.rawValue,
                form.text, form.origin.rawValue,
                form.exact, form.folded, form.orthographic, form.key,
            ])
            guard form.origin == .listed else { continue }
            // The words of a multi-word name, so that "Ghani" can find "Ashraf Ghani".
            let words = form.folded.split { $0 == " " || $0 == "-" || $0 == "'" }.filter { $0.count >= 3 }
            if words.count > 1 {
                for word in Set(words) { try wordStatement.execute(arguments: [String(word), row]) }
            }
            // Typos are looked for among listed spellings only, once per distinct key.
            guard neighbourKeys.insert(form.key).inserted else { continue }
            for hash in KeyNeighbourhood.hashes(of: form.key) {
                try neighbourStatement.execute(arguments: [hash, form.key])
            }
        }
        try ScanTables(glossary, forms: forms).insert(into: db)
        try db.execute(sql: """
            CREATE INDEX form_exact ON form(exact);
            CREATE INDEX form_folded ON form(folded);
            CREATE INDEX form_key ON form(key);
            """)
    }

    // MARK: Queries

    public func forms(exact: String) throws -> [Form] { try forms(where: "exact = ?", [exact]) }
    public func forms(folded: String) throws -> [Form] { try forms(where: "folded = ?", [folded]) }
    public func forms(key: String) throws -> [Form] { try forms(where: "key = ?", [key]) }

    /// Forms whose key is within one deletion of one of `hashes` (see `KeyNeighbourhood`).
    public func forms(neighbourHashes hashes: [Int32]) throws -> [Form] {
        guard !hashes.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: hashes.count).joined(separator: ",")
        return try forms(where: "origin = 0 AND key IN (SELECT key FROM neighbour WHERE hash IN (\(marks)))", StatementArguments(hashes))
    }

    /// Listed multi-word forms that contain `word` (accent-folded) as one of their words.
    public func forms(containingWord word: String) throws -> [Form] {
        try forms(where: "row IN (SELECT form FROM word WHERE word = ?)", [word])
    }

    /// Every form, in concept order: what a scanner loads to match running text.
    public func allForms() throws -> [Form] { try forms(where: "1", []) }

    /// Every concept, in glossary order; `concepts[row - 1]` is the concept of `Form.conceptRow`.
    public func allConcepts() throws -> [Concept] {
        try database.read { db in
            var concepts = try Row.fetchAll(db, sql: "SELECT id, kind, note, source, distinct_ids FROM concept ORDER BY row")
                .map(Self.concept)
            let terms = try Row.fetchCursor(db, sql: """
                SELECT concept, lang, status, text, plural, note, source FROM term ORDER BY concept, position
                """)
            while let row = try terms.next() {
                concepts[Int(row[0] as Int64) - 1].terms.append(Self.term(row, from: 1))
            }
            return concepts
        }
    }

    public func concept(row: Int64) throws -> Concept {
        try database.read { db in
            let fields = try Row.fetchOne(db, sql: "SELECT id, kind, note, source, distinct_ids FROM concept WHERE row = ?",
                                          arguments: [row])
            guard let fields else { throw GlossaryError(file: "index", line: nil, "no concept at row \(row)") }
            var concept = Self.concept(fields)
            concept.terms = try Row.fetchAll(db, sql: """
                SELECT lang, status, text, plural, note, source FROM term WHERE concept = ? ORDER BY position
                """, arguments: [row]).map { Self.term($0, from: 0) }
            return concept
        }
    }

    /// Rows repeat a handful of language codes; parsing each once keeps loading fast.
    private static let knownLanguages = Mutex<[String: LanguageCode]>([:])

    private static func language(_ code: String) -> LanguageCode {
        knownLanguages.withLock { known in
            if let language = known[code] { return language }
            let language = LanguageCode(code) ?? .french
            known[code] = language
            return language
        }
    }

    private static func concept(_ row: Row) -> Concept {
        let distinct: String = row[4]
        return Concept(id: row[0], kind: ConceptKind(rawValue: row[1]) ?? .term, note: row[2], source: row[3],
                       distinct: distinct.isEmpty ? [] : distinct.split(separator: "|").map(String.init))
    }

    private static func term(_ row: Row, from first: Int) -> Term {
        Term(text: row[first + 2], language: language(row[first]),
             status: TermStatus(rawValue: row[first + 1]) ?? .admitted, plural: row[first + 3], note: row[first + 4],
             source: row[first + 5])
    }

    private func forms(where condition: String, _ arguments: StatementArguments) throws -> [Form] {
        try database.read { db in
            // Cached: a checker asks the same few queries (by the number of hashes) thousands of times.
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT concept, term, lang, status, text, origin, exact, folded, orthographic, key FROM form WHERE \(condition) ORDER BY row
                """), arguments: arguments).map { row in
                Form(conceptRow: row[0], termIndex: row[1], language: Self.language(row[2]),
                     status: TermStatus(rawValue: row[3]) ?? .admitted, text: row[4],
                     origin: MatchForm.Origin(rawValue: row[5]) ?? .listed,
                     exact: row[6], folded: row[7], orthographic: row[8], key: row[9])
            }
        }
    }
}

/// Typo tolerance on keys: two keys within one edit share a single-deletion variant
/// (the symmetric-deletion method), so each key is stored under the hashes of itself and of
/// each of its one-letter deletions. Short keys are too ambiguous to take part; long ones
/// are no names (glossary keys run to a few dozen letters), and their deletions would cost
/// the square of their length.
public enum KeyNeighbourhood {
    /// Three consonants: "Kaboul" (kbl) and "Hérat" (hrt) are among the commonest names.
    public static let minimumKeyLength = 3
    public static let maximumKeyLength = 64

    /// Whether `folded`, whose key has `keyLength` letters, may be a typo of the neighbour
    /// `name` (also folded, key of `nameKeyLength`): a short name is one letter away from
    /// many words and names ("Kabel" and "Kabul", "Ghani" and "Ghazni"), so where either key
    /// has three consonants, only a slip of the keyboard in a word of six letters or more
    /// counts ("Kaboull", "Heratt"). The similarity floor is the caller's.
    public static func mayBeTypo(_ folded: String, keyLength: Int, of name: String, nameKeyLength: Int) -> Bool {
        guard keyLength <= minimumKeyLength || nameKeyLength <= minimumKeyLength else { return true }
        return max(folded.count, name.count) > longestShortName && Similarity.isSlip(folded, name)
    }

    /// A short name is one vowel away from other names ("Baden" and "Biden"); the scanner's
    /// unlisted variants and the typo neighbours both stop at it.
    public static let longestShortName = 5

    public static func hashes(of key: String) -> [Int32] {
        var key = key
        if let ascii = key.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiHashes(bytes) : nil }) { return ascii }
        let letters = Array(key.unicodeScalars)
        guard (minimumKeyLength...maximumKeyLength).contains(letters.count) else { return [] }
        var variants: Set<String> = [key]
        for index in letters.indices {
            var copy = letters
            copy.remove(at: index)
            variants.insert(String(String.UnicodeScalarView(copy)))
        }
        return variants.sorted().map { Int32(truncatingIfNeeded: Fingerprint.stableHash($0)) }
    }

    /// The same hashes for an ASCII key, without building the variants: a checker asks for
    /// every capitalised word it does not know. Deleting either of two equal neighbours gives
    /// the same variant, so only the first is hashed.
    private static func asciiHashes(_ key: UnsafeBufferPointer<UInt8>) -> [Int32] {
        guard (minimumKeyLength...maximumKeyLength).contains(key.count) else { return [] }
        func hash(skipping skipped: Int) -> Int32 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in key.indices where index != skipped {
                hash ^= UInt64(key[index])
                hash = hash &* 0x100_0000_01b3
            }
            return Int32(truncatingIfNeeded: Int64(bitPattern: hash))
        }
        var hashes = [hash(skipping: -1)]
        for index in key.indices where index == 0 || key[index] != key[index - 1] {
            hashes.append(hash(skipping: index))
        }
        return hashes
    }
}

/// Identifies the glossary files' state and the matching rules an index was built with.
enum Fingerprint {
    static func of(_ store: GlossaryStore) throws -> String {
        var parts = ["schema \(GlossaryIndex.schemaVersion)", "rules \(VariantKeyBuilder.rulesVersion)", "icu \(ICU.version)"]
        for url in try store.fileURLs() {
            var info = stat()
            guard stat(url.path, &info) == 0 else {
                throw GlossaryError(file: store.displayName(url), line: nil, "cannot read: \(String(cString: strerror(errno)))")
            }
            parts.append("\(url.lastPathComponent) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)")
        }
        return parts.joined(separator: "\n")
    }

    static func stableHash(_ text: String) -> Int64 { StableHash.of(text) }
}
