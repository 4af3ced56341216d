import Foundation

/// A command-line tool installed on the machine (xmllint, jing, omegat, tmx2po), found on PATH;
/// tests that need one are skipped when it is absent.
struct ExternalTool {
    let url: URL

    init?(_ name: String) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found else { return nil }
        url = found
    }

    static func installed(_ name: String) -> Bool { ExternalTool(name) != nil }

    /// Runs the tool and returns its exit status and its standard output and error together.
    func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// The shared folder of real files and schemas, absent on a fresh clone.
enum SharedInterop {
    static let folder = URL(fileURLWithPath: "/work/shared/interop")
    static var present: Bool { FileManager.default.fileExists(atPath: folder.path) }
    static let tmxDTD = folder.appendingPathComponent("tmx14.dtd")
    static let tbxSchema = folder.appendingPathComponent("tbx/TBXcoreStructV03.rng")
}
