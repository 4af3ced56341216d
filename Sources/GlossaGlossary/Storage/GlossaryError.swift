/// A problem in a glossary file, reported as `file:line: message`.
public struct GlossaryError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Every problem found while loading, so that a user can fix them all in one pass.
public struct GlossaryErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [GlossaryError]

    public init(_ errors: [GlossaryError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
