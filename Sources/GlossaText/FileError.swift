/// A problem with an input file, worded for one line of stderr: `file:line: message`, or
/// `file: message` when it is not tied to a line. Every reader and store reports with it.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the problem is not tied to a line (an unreadable file).
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public init(file: String, line: Int?, message: String) {
        self.init(file: file, line: line, message)
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// FNV-1a, 64-bit: the same value in every process and Swift version, unlike `Hasher`, so
/// that hashes written into a cache mean the same thing when read back.
public enum StableHash {
    public static func of(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    public static func hex(_ text: String) -> String {
        String(UInt64(bitPattern: of(text)), radix: 16)
    }
}
