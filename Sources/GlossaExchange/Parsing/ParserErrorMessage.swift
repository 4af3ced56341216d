/// Short wording for libxml2's error codes, which XMLParser on Linux passes on without a
/// description. Codes are `xmlParserErrors` from libxml2's `xmlerror.h`.
enum ParserErrorMessage {
    /// Warnings that do not make a file unreadable; parsing goes on.
    static let ignoredWarnings: Set<Int> = [93, 97, 98, 99, 100, 102, 106, 107]

    /// Undeclared entities: a fatal error (26) without a DTD, a warning (27) with an external one,
    /// in which case libxml2 would silently drop the reference from the text.
    static let undeclaredEntity: Set<Int> = [26, 27]

    static func describe(code: Int, entity: String?) -> String {
        let detail: String
        switch code {
        case 1: detail = "parser limit exceeded (a text or name too long?)"
        case 3, 4: detail = "no root element"
        case 5: detail = "unexpected end of file"
        case 6, 7, 8: detail = "invalid character reference"
        case 9: detail = "invalid character"
        case 23: detail = "entity reference without ';'"
        case 26, 27: detail = "undeclared entity" + (entity.map { " &\($0);" } ?? "")
        case 38: detail = "'<' in an attribute value"
        case 39, 40, 41, 65: detail = "malformed attribute"
        case 42: detail = "duplicate attribute"
        case 45: detail = "unterminated comment"
        case 63: detail = "unterminated CDATA section"
        case 68: detail = "name expected"
        case 73: detail = "'>' expected"
        case 76: detail = "mismatched end tag"
        case 77: detail = "unterminated tag"
        case 81, 31, 32: detail = "encoding error"
        case 85: detail = "unbalanced tags"
        case 86: detail = "content after the root element"
        case 89: detail = "entity loop"
        default: detail = "parser error \(code)"
        }
        return "not well-formed XML: " + detail
    }
}
