/// A file that cannot be read as a bilingual document, worded for one line of stderr.
public struct BilingualReadError: Error, CustomStringConvertible, Sendable {
    public let file: String
    /// 1-based; nil when the problem is not tied to a line (an unreadable file).
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
