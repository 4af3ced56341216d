import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaText

// glossa-bench: reproducible measurements for the README and the issue notes.
//
//   swift run -c release glossa-bench lookup [--concepts N] [--work DIR] [--glossa PATH]
//   swift run -c release glossa-bench check [--concepts N] [--megabytes M] [--name-every N] [--names uniform|zipf]
//                                           [--words fixed|growing] [--work DIR] [--glossa PATH]
//   swift run -c release glossa-bench tm [--work DIR]       (see TMBenchmark.swift)
//
// lookup (default 100,000 concepts): generates a deterministic glossary into DIR/glossary,
// measures variant-key building, the index build, and `glossa lookup` in fresh processes.
// check (default 50,000 concepts, 50 MB): generates the glossary and French news-like text
// into DIR, builds the index, then times `glossa check` end to end on five texts: names every
// 20 words (20 % of them off-style) uniform and by Zipf's law, the latter again with a growing
// vocabulary, every 400 words, and none.

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The `glossa` binary beside this one, or the one `--glossa` names.
func glossaExecutable() -> String {
    argument("--glossa") ?? URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent().appendingPathComponent("glossa").path
}

/// `--work DIR` (else `defaultName`), emptied, with `subfolder` made inside it.
func freshWorkFolder(default defaultName: String, creating subfolder: String) throws -> URL {
    let work = URL(fileURLWithPath: argument("--work") ?? defaultName)
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.createDirectory(at: work.appendingPathComponent(subfolder), withIntermediateDirectories: true)
    return work
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

let mode = CommandLine.arguments.dropFirst().first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "lookup"
if mode == "tm" { try benchmarkTM(); exit(0) }
guard mode == "lookup" || mode == "check" else {
    FileHandle.standardError.write(Data("usage: glossa-bench lookup|check|tm [--concepts N] [--megabytes M] [--work DIR] [--glossa PATH]\n".utf8))
    exit(2)
}
let conceptCount = Int(argument("--concepts") ?? "") ?? (mode == "check" ? 50_000 : 100_000)
let work = try freshWorkFolder(default: "bench-data", creating: "glossary")
let glossaryDirectory = work.appendingPathComponent("glossary")
let cache = work.appendingPathComponent("cache")
let executable = glossaExecutable()
let keys = VariantKeyBuilder.shared

var generator = SyntheticGlossary(seed: 2021)
var rows: [String] = []
let generateTime = try seconds { rows = try generator.rows(concepts: conceptCount, keys: keys) }
try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: glossaryDirectory.appendingPathComponent("bench.tsv"))
print("generated \(conceptCount) concepts, \(rows.count - 1 - conceptCount) term rows, in \(String(format: "%.1f", generateTime)) s")
if mode == "check" {
    try benchmarkCheck(rows: rows)
    exit(0)
}

// Key building over the words of the glossary itself.
var words: [String] = []
for row in rows.dropFirst() {
    let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
    if fields.count > 4 { words += fields[4].split(separator: " ").map(String.init) }
}
let sample = Array(words.prefix(200_000))
var checksum = 0
let keyTime = try seconds { for word in sample { checksum &+= try keys.key(word).utf8.count } }
print(String(format: "variant keys: %.0f tokens/s (%d tokens, %.2f s)", Double(sample.count) / keyTime, sample.count, keyTime))

let store = GlossaryStore(directory: glossaryDirectory)
var files: [GlossaryFile] = []
let readTime = try seconds { files = try store.readFiles() }
var glossary = Glossary(concepts: [])
let formsTime = try seconds {
    glossary = try store.load().0.glossary
}
let keyOnlyTime = try seconds { _ = try MatchForm.forms(of: glossary) }
print(String(format: "glossary read and parse: %.2f s; load and validate: %.2f s, of which keying forms %.2f s",
             readTime, formsTime, keyOnlyTime))
let buildTime = try seconds { _ = try GlossaryIndex.open(store, cacheDirectory: cache) }
let cacheSize = (try FileManager.default.contentsOfDirectory(atPath: cache.path))
    .compactMap { try? FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent($0).path)[.size] as? Int }
    .reduce(0, +)
print(String(format: "index build: %.2f s, cache %.1f MB", buildTime, Double(cacheSize) / 1e6))

// Lookups in fresh processes: exact, variant and typo queries drawn from the glossary.
var queries: [String] = []
var pickQueries = SplitMix64(seed: 7)
for _ in 0..<30 {
    let line = rows[1 + Int(pickQueries.next() % UInt64(rows.count - 1))].split(separator: "\t", omittingEmptySubsequences: false)
    let term = line.count > 4 && !line[4].isEmpty ? String(line[4]) : "Kabul"
    queries.append(term)
    queries.append(SyntheticGlossary.french(term).replacingOccurrences(of: "a", with: "e"))
    queries.append(String(term.dropLast()))
}
// posix_spawn rather than Foundation's Process, whose own set-up costs tens of milliseconds
// and would be measured along with glossa.
func spawnAndWait(_ arguments: [String], environment: [String]) -> Int32 {
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
}

var environment = ProcessInfo.processInfo.environment
environment["GLOSSA_CACHE_DIR"] = cache.path
let environmentList = environment.map { "\($0.key)=\($0.value)" }
var wallTimes: [Double] = []
for query in queries {
    var status: Int32 = 0
    let time = seconds {
        status = spawnAndWait([executable, "lookup", query, "--glossary", glossaryDirectory.path, "--json"], environment: environmentList)
    }
    guard status == 0 || status == 1 else { fatalError("glossa lookup \(query) exited \(status)") }
    wallTimes.append(time)
}
print(String(format: "glossa lookup, fresh process, %d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
             wallTimes.count, percentile(wallTimes, 0.5) * 1000, percentile(wallTimes, 0.95) * 1000, (wallTimes.max() ?? 0) * 1000))

func benchmarkCheck(rows: [String]) throws {
    let megabytes = Int(argument("--megabytes") ?? "") ?? 50
    // Concepts in glossary order, which the Zipf ranks follow.
    var spellings: [String: [String]] = [:], preferred: [(id: String, text: String)] = []
    for row in rows.dropFirst() {
        let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count > 4, fields[2] == "fr" else { continue }
        spellings[String(fields[0]), default: []].append(String(fields[4]))
        if fields[3] == "preferred" { preferred.append((String(fields[0]), String(fields[4]))) }
    }
    let concepts = preferred.map { SyntheticNews.Concept(preferred: $0.text, spellings: spellings[$0.id]!) }
    let buildTime = try seconds { _ = try GlossaryIndex.open(GlossaryStore(directory: glossaryDirectory), cacheDirectory: cache) }
    print(String(format: "index build: %.2f s", buildTime))

    var environment = ProcessInfo.processInfo.environment
    environment["GLOSSA_CACHE_DIR"] = cache.path
    let environmentList = environment.map { "\($0.key)=\($0.value)" }
    // Dense (a name every 20 words, about as often as names occur in the seed reports) with
    // names drawn uniformly (the stress case) and by Zipf's law (as in real text), sparse, and
    // none at all, and once more dense by Zipf with ordinary words that keep coming, as real
    // text has them; `--name-every N`, `--names uniform|zipf` and `--words fixed|growing` run one text only.
    var texts: [(nameEvery: Int, names: SyntheticNews.Names, words: SyntheticNews.Words)] = [
        (20, .uniform, .fixed), (20, .zipf, .fixed), (20, .zipf, .growing), (400, .uniform, .fixed), (0, .uniform, .fixed),
    ]
    if argument("--name-every") != nil || argument("--names") != nil || argument("--words") != nil {
        guard let names = SyntheticNews.Names(rawValue: argument("--names") ?? "uniform") else { fatalError("--names: uniform or zipf") }
        guard let words = SyntheticNews.Words(rawValue: argument("--words") ?? "fixed") else { fatalError("--words: fixed or growing") }
        texts = [(argument("--name-every").flatMap(Int.init) ?? 20, names, words)]
    }
    for (nameEvery, distribution, words) in texts {
        var news = SyntheticNews(seed: 2021, concepts: concepts, nameEvery: nameEvery, distribution: distribution, words: words)
        let textURL = work.appendingPathComponent(
            "news-\(nameEvery)\(distribution == .zipf ? "-zipf" : "")\(words == .growing ? "-growing" : "").txt")
        let text = news.text(bytes: megabytes << 20)
        try text.write(to: textURL)
        // The text and the index were just written: flushed first, and one untimed run, so that
        // neither the writeback of hundreds of megabytes nor first reads are timed with the check.
        sync()
        let arguments = [executable, "check", textURL.path, "--lang", "fr", "--glossary", glossaryDirectory.path,
                         "--format", "json"]
        _ = spawnAndWait(arguments, environment: environmentList)
        var status: Int32 = 0
        let time = seconds { status = spawnAndWait(arguments, environment: environmentList) }
        guard status == 0 || status == 1 else { fatalError("glossa check exited \(status)") }
        let density = nameEvery == 0 ? "no names"
            : "a name every \(nameEvery) words, \(distribution == .zipf ? "Zipf-distributed" : "uniform over concepts")"
                + (words == .growing ? ", growing vocabulary" : "")
        print(String(format: "glossa check, %@: %.2f s for %.1f MB: %.1f MB/s end to end", density, time,
                     Double(text.count) / 1_048_576, Double(text.count) / 1_048_576 / time))
    }
}
