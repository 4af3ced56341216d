/// A BCP 47-style language tag in canonical case: "fr", "en-GB", "pt-BR".
///
/// Imported files write codes in any case and with "_" or "-"; all of them end up here.
public struct LanguageCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// "fr" for "fr-CA": the part that decides spelling rules such as elision and plurals.
    /// Stored: scanning asks for it for every candidate name.
    public let primary: String

    public static let french = LanguageCode(canonical: "fr")
    public static let english = LanguageCode(canonical: "en")
    /// The working pair, in display order.
    public static let workingPair = [french, english]

    /// The language's name in messages: "French", "English", else the tag.
    public var name: String {
        switch primary {
        case "fr": "French"
        case "en": "English"
        default: rawValue
        }
    }

    /// The other language of the working pair: English for French ("fr-CA" too), and the
    /// reverse; nil for a language outside the pair.
    public var otherWorkingLanguage: LanguageCode? {
        guard Self.workingPair.contains(where: { $0.primary == primary }) else { return nil }
        return Self.workingPair.first { $0.primary != primary }
    }

    private init(canonical: String) {
        rawValue = canonical
        primary = canonical
    }

    /// Nil when the text is not a plausible language tag.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var canonical = [primary.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return nil
            }
            canonical.append(part.count == 2 ? part.uppercased() : part.count == 4 ? part.capitalized : part.lowercased())
        }
        rawValue = canonical.joined(separator: "-")
        self.primary = canonical[0]
    }

    public var description: String { rawValue }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool {
        let order = { (code: LanguageCode) in workingPair.firstIndex(of: code) ?? workingPair.count }
        return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = LanguageCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad language code \(text)"))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
