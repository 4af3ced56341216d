/// Where something starts in the original text.
///
/// `utf8Offset` counts bytes from the start of the text; `line` and `column` are 1-based and
/// `column` counts Unicode scalars, so an editor and `glossa check --format json` agree on "é".
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var utf8Offset: Int
    public var line: Int
    public var column: Int

    public init(utf8Offset: Int, line: Int, column: Int) {
        self.utf8Offset = utf8Offset
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(utf8Offset: 0, line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.utf8Offset < rhs.utf8Offset
    }

    public var description: String { "\(line):\(column)" }

    /// Moves past one scalar. A CR LF pair counts as one line break, and so does a lone CR.
    public mutating func advance(over scalar: Unicode.Scalar, previous: Unicode.Scalar?) {
        utf8Offset += UTF8.width(scalar)
        switch scalar {
        case "\n" where previous == "\r":
            column = 1
        case "\n", "\r":
            line += 1
            column = 1
        default:
            column += 1
        }
    }
}
