import Foundation
import Testing

/// Interrupted writes and concurrent writers: whatever happens, a file on disk is either the
/// old one or the new one, whole, and no update is lost.
@Suite(.serialized) final class FaultInjectionTests {
    let project: Project

    init() throws { project = try CheckFixtures.project() }
    deinit { project.remove() }

    /// Starts glossa, kills it with SIGKILL after `delay` microseconds, waits for it.
    private func killed(_ arguments: [String], after delay: UInt32) throws {
        let process = Process()
        process.executableURL = Glossa.binary
        process.arguments = arguments
        process.currentDirectoryURL = project.root
        var environment = ProcessInfo.processInfo.environment
        environment["GLOSSA_CACHE_DIR"] = project.root.appendingPathComponent(".cache").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Delays spread over a run's lifetime, the same on every machine.
    private func delays(_ count: Int, upTo limit: UInt32) -> [UInt32] {
        var state: UInt64 = 2021
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt32((state >> 33) % UInt64(limit))
        }
    }

    @Test func killedAddLeavesTheGlossaryWhole() throws {
        let before = try project.read("glossary/news.tsv")
        var sawNew = false
        for (trial, delay) in delays(100, upTo: 60_000).enumerated() {
            try killed(["add", "term", "kabul", "Caboul\(trial)", "--lang", "fr"], after: delay)
            let now = try project.read("glossary/news.tsv")
            if now != before {
                #expect(now.contains("kabul\t\tfr\tadmitted\tCaboul\(trial)\t\t\t\t\n"))
                #expect(now.split(separator: "\n").count == before.split(separator: "\n").count + 1)
                sawNew = true
                try project.write("glossary/news.tsv", before)
            }
            #expect(try project.run("lookup", "Kaboul").status == 0)
        }
        #expect(sawNew, "no trial let the write finish: the delays are too short to test both outcomes")
        // Temporary files of killed writers are swept by the next write.
        _ = try project.run("add", "term", "kabul", "Caboul", "--lang", "fr")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("glossary").path)
        #expect(leftovers.filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func killedFixLeavesTheDraftWhole() throws {
        let draft = String(repeating: "La prise de Herat par les taliban.\n", count: 2_000)
        let fixed = String(repeating: "La prise de Hérat par les talibans.\n", count: 2_000)
        var outcomes = Set<String>()
        // Kill points spread over one whole run, however fast this machine and build are.
        try project.write("draft.txt", draft)
        let started = Date()
        _ = try project.run("check", "draft.txt", "--lang", "fr", "--fix", "--wordlist", "words.txt")
        let runTime = UInt32(Date().timeIntervalSince(started) * 1_000_000)
        #expect(try project.read("draft.txt") == fixed)
        for delay in delays(100, upTo: runTime + runTime / 4) {
            try project.write("draft.txt", draft)
            try killed(["check", "draft.txt", "--lang", "fr", "--fix", "--wordlist", "words.txt"], after: delay)
            let now = try project.read("draft.txt")
            #expect(now == draft || now == fixed)
            outcomes.insert(now == draft ? "old" : "new")
        }
        #expect(outcomes == ["old", "new"], "both outcomes should occur over 100 trials")
    }

    @Test func killedImportLeavesTheGlossaryWhole() throws {
        var rows = "id,kind,fr,en\n"
        for index in 0..<300 { rows += "imported-\(index),place,Vallée \(index),Valley \(index)\n" }
        try project.write("big.csv", rows)
        let before = try project.read("glossary/news.tsv")
        var outcomes = Set<String>()
        for delay in delays(100, upTo: 150_000) {
            try killed(["import", "big.csv"], after: delay)
            let now = try project.read("glossary/news.tsv")
            if now == before {
                outcomes.insert("old")
            } else {
                #expect(now.hasPrefix(before))
                #expect(now.components(separatedBy: "\n").count == before.components(separatedBy: "\n").count + 900)
                outcomes.insert("new")
                try project.write("glossary/news.tsv", before)
            }
        }
        #expect(outcomes == ["old", "new"], "both outcomes should occur over 100 trials")
    }

    @Test func killedIndexBuildsAreRebuilt() throws {
        let cache = project.root.appendingPathComponent(".cache")
        for delay in delays(100, upTo: 120_000) {
            try? FileManager.default.removeItem(at: cache)
            try killed(["lookup", "Kaboul"], after: delay)
            let run = try project.run("lookup", "Herat", "--json", "--limit", "1")
            #expect(run.status == 0)
            #expect(run.stdout.contains(#""concept":"herat""#))
        }
    }

    @Test func concurrentAddsAreSerialised() throws {
        let processes = try (0..<8).map { index -> Process in
            let process = Process()
            process.executableURL = Glossa.binary
            process.arguments = ["add", "term", "kabul", "Kaboul-\(index)", "--lang", "en"]
            process.currentDirectoryURL = project.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let text = try project.read("glossary/news.tsv")
        for index in 0..<8 { #expect(text.contains("\tKaboul-\(index)\t")) }
    }
}
