import Foundation
import GlossaGlossary
import GlossaTM

// glossa-bench tm [--pairs N] [--files F] [--work DIR] [--glossa PATH]
//
// Generates a deterministic French/English memory of N pairs (default 1,000,000) in F TMX
// files, builds its index, then runs 200 queries made by editing 10-30% of the words of
// stored sentences and 50 with no good match: warm latency (top 10, min 70), top-1 recall of
// the edited sentence's unit, and the wall time of single `glossa tm search` processes.

/// Synthetic words: a Zipf-like vocabulary, so that a few words are everywhere and most are rare.
struct SyntheticMemory {
    var random: SplitMix64
    let french: [String]
    let english: [String]

    init(seed: UInt64, vocabulary: Int) {
        random = SplitMix64(seed: seed)
        var generator = SyntheticGlossary(seed: seed ^ 0x5EED)
        var seen = Set<String>()
        var french: [String] = [], english: [String] = []
        while french.count < vocabulary {
            let word = generator.word().lowercased()
            guard seen.insert(word).inserted else { continue }
            french.append(word)
            english.append(SyntheticGlossary.french(word).replacingOccurrences(of: "ou", with: "oo") + "s")
        }
        self.french = french
        self.english = english
    }

    mutating func wordIndex() -> Int {
        let u = Double(random.next() % 1_000_000) / 1_000_000
        return min(french.count - 1, Int(Double(french.count) * pow(u, 2.2)))
    }

    mutating func sentence() -> [Int] {
        (0..<(8 + Int(random.next() % 13))).map { _ in wordIndex() }
    }

    func text(_ words: [Int], english: Bool = false) -> String {
        let list = english ? self.english : french
        return (words.map { list[$0] }.joined(separator: " ") + ".").capitalizedFirst
    }

    /// Replaces, deletes or inserts 10-30% of the words.
    mutating func edited(_ words: [Int]) -> [Int] {
        var words = words
        let edits = max(1, Int((Double(words.count) * (0.1 + Double(random.next() % 21) / 100)).rounded()))
        for _ in 0..<edits {
            let position = Int(random.next() % UInt64(words.count))
            switch random.next() % 3 {
            case 0: words[position] = wordIndex()
            case 1 where words.count > 4: words.remove(at: position)
            default: words.insert(wordIndex(), at: position)
            }
        }
        return words
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

func benchmarkTM() throws {
    let pairCount = Int(argument("--pairs") ?? "") ?? 1_000_000
    let fileCount = Int(argument("--files") ?? "") ?? 4
    let work = try freshWorkFolder(default: "bench-data-tm", creating: "tm")
    let tmDirectory = work.appendingPathComponent("tm")
    let cache = work.appendingPathComponent("cache")
    let executable = glossaExecutable()

    var memory = SyntheticMemory(seed: 2021, vocabulary: 40_000)
    var sentences: [[Int]] = []
    sentences.reserveCapacity(pairCount)
    let generateTime = try seconds {
        let perFile = (pairCount + fileCount - 1) / fileCount
        for file in 0..<fileCount {
            var xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="glossa-bench" creationtoolversion="1" segtype="sentence" \
                o-tmf="bench" adminlang="en" srclang="fr" datatype="plaintext"/><body>

                """
            for _ in 0..<min(perFile, pairCount - file * perFile) {
                let words = memory.sentence()
                sentences.append(words)
                xml += "<tu tuid=\"s\(sentences.count)\"><tuv xml:lang=\"fr\"><seg>\(memory.text(words))</seg></tuv>"
                    + "<tuv xml:lang=\"en\"><seg>\(memory.text(words, english: true))</seg></tuv></tu>\n"
            }
            xml += "</body></tmx>\n"
            try Data(xml.utf8).write(to: tmDirectory.appendingPathComponent("bench-\(file + 1).tmx"))
        }
    }
    print(String(format: "generated %d pairs in %d files in %.1f s", sentences.count, fileCount, generateTime))

    let folder = MemoryFolder(directory: tmDirectory)
    var index: MemoryIndex?
    let buildTime = try seconds { index = try MemoryIndex.open(folder, cacheDirectory: cache) }
    let size = index!.summaries.reduce(0) { $0 + $1.indexBytes }
    print(String(format: "index build: %.1f s, %.0f pairs/s, %.1f MB on disk", buildTime, Double(sentences.count) / buildTime,
                 Double(size) / 1e6))
    let reopenTime = try seconds { index = try MemoryIndex.open(folder, cacheDirectory: cache) }
    print(String(format: "index reopen (nothing changed): %.1f ms", reopenTime * 1000))

    var queries: [(text: String, truth: String?)] = []
    for _ in 0..<200 {
        let pick = Int(memory.random.next() % UInt64(sentences.count))
        queries.append((memory.text(memory.edited(sentences[pick])), "s\(pick + 1)"))
    }
    var noMatch = SyntheticMemory(seed: 99, vocabulary: 40_000)
    for _ in 0..<50 { queries.append((noMatch.text(noMatch.sentence()).replacingOccurrences(of: "a", with: "y"), nil)) }

    // For bench/baseline_tm.py: the same queries, with the tuid of the sentence each was edited from.
    try Data(queries.map { "\($0.truth ?? "-")\t\($0.text)" }.joined(separator: "\n").utf8)
        .write(to: work.appendingPathComponent("queries.tsv"))

    let search = MemorySearch(index: index!, analyzer: SegmentAnalyzer(terms: nil), from: "fr", to: "en")
    _ = try search.search(queries[0].text)
    var latencies: [Double] = []
    var found = 0, falseMatches = 0
    for query in queries {
        var matches: [FuzzyMatch] = []
        latencies.append(try seconds { matches = try search.search(query.text, minimum: 70, limit: 10) })
        if let truth = query.truth {
            if matches.first?.unit.id == truth { found += 1 }
        } else if !matches.isEmpty {
            falseMatches += 1
        }
    }
    print(String(format: "tm search, warm, %d queries (top 10, min 70): p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                 latencies.count, percentile(latencies, 0.5) * 1000, percentile(latencies, 0.95) * 1000,
                 (latencies.max() ?? 0) * 1000))
    print(String(format: "top-1 recall of the edited sentence: %d/200 (%.1f%%); no-match queries answered: %d/50",
                 found, Double(found) / 2, falseMatches))

    var environment = ProcessInfo.processInfo.environment
    environment["GLOSSA_CACHE_DIR"] = cache.path
    let environmentList = environment.map { "\($0.key)=\($0.value)" }
    var wallTimes: [Double] = []
    for query in queries.prefix(20) {
        var status: Int32 = 0
        wallTimes.append(seconds {
            status = spawnQuietly([executable, "tm", "search", query.text, "--tm", tmDirectory.path, "--min", "70", "--limit", "10"],
                                  environment: environmentList)
        })
        guard status == 0 || status == 1 else { fatalError("glossa tm search exited \(status)") }
    }
    print(String(format: "glossa tm search, fresh process, %d queries: p50 %.1f ms, max %.1f ms",
                 wallTimes.count, percentile(wallTimes, 0.5) * 1000, (wallTimes.max() ?? 0) * 1000))
}

/// posix_spawn with stdout to /dev/null; the exit status.
private func spawnQuietly(_ arguments: [String], environment: [String]) -> Int32 {
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
}
