import GlossaText

/// A problem in a glossary file, reported as `file:line: message`.
public typealias GlossaryError = FileError

/// Every problem found while loading, so that a user can fix them all in one pass.
public struct GlossaryErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [GlossaryError]

    public init(_ errors: [GlossaryError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
