import Foundation

/// Runs the built `glossa` executable, as a user would, and captures what it printed.
struct GlossaRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Glossa {
    /// The executable next to the test bundle in the build products folder, or `$GLOSSA_BINARY`.
    static let binary: URL = {
        if let explicit = ProcessInfo.processInfo.environment["GLOSSA_BINARY"] { return URL(fileURLWithPath: explicit) }
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [
            products.appendingPathComponent("glossa"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("glossa"),
            packageRoot.appendingPathComponent(".build/debug/glossa"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @discardableResult
    static func run(_ arguments: [String], in directory: URL, stdin: Data? = nil,
                    environment extra: [String: String] = [:], executable: URL? = nil,
                    standardOutput: FileHandle? = nil) throws -> GlossaRun {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GLOSSA_CACHE_DIR"] = directory.appendingPathComponent(".cache").path
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        try output.fileHandleForWriting.close()
        let out = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return GlossaRun(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A scratch project folder with a `glossary/` subfolder.
struct Project {
    let root: URL

    init(glossary: String? = Project.sampleGlossary) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        if let glossary { try write("glossary/news.tsv", glossary) }
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func run(_ arguments: String..., stdin: String? = nil) throws -> GlossaRun {
        try Glossa.run(arguments, in: root, stdin: stdin.map { Data($0.utf8) })
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static let sampleGlossary = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        # Places
        herat\tplace\t\t\t\t\tThird city of Afghanistan.\t\t
        herat\t\tfr\tpreferred\tHérat\t\t\t\t
        herat\t\tfr\tdeprecated\tHerat\t\tUnaccented.\tReuters\t
        herat\t\ten\tpreferred\tHerat\t\t\t\t
        kabul\tplace\t\t\t\t\t\t\t
        kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
        kabul\t\ten\tpreferred\tKabul\t\t\t\t
        # Groups
        taliban\tgroup\t\t\t\t\t\t\t
        taliban\t\tfr\tpreferred\ttaliban\ttalibans\t\t\t
        taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t

        """
}
