/// Why `TMXWriter` refused to write: each case would have made the file invalid.
public enum TMXWriterError: Error, Equatable, CustomStringConvertible {
    case badSegmentType(String)
    case missingLanguage
    case noVariants(String?)
    case invalidCharacter(UInt32, in: String)
    case finished

    public var description: String {
        switch self {
        case .badSegmentType(let type):
            "TMX segment type '\(type)' is not one of block, paragraph, sentence, phrase"
        case .missingLanguage:
            "TMX variant without a language"
        case .noVariants(let id):
            "TMX unit \(id.map { "'\($0)' " } ?? "")has no variant"
        case .invalidCharacter(let value, let text):
            "character U+\(String(value, radix: 16, uppercase: true)) cannot be written in XML (in '\(text.prefix(40))')"
        case .finished:
            "TMX unit written after finish()"
        }
    }
}
