/// The `<header>` of a TMX file that `TMXWriter` writes.
public struct TMXHeader: Sendable {
    /// The language written first in every `<tu>`; "*all*" keeps each unit's own order.
    public var sourceLanguage: String
    /// "phrase" for glossary entries, "sentence" for translation memory segments.
    public var segmentType: String
    public var properties: [(type: String, value: String)]

    public init(sourceLanguage: String, segmentType: String = "sentence",
                properties: [(type: String, value: String)] = []) {
        self.sourceLanguage = sourceLanguage
        self.segmentType = segmentType
        self.properties = properties
    }
}

/// One `<tuv>`: the segment is plain text, written as-is (whitespace included).
public struct TMXVariant: Sendable {
    public var language: String
    public var segment: String
    public var properties: [(type: String, value: String)]
    public var notes: [String]

    public init(language: String, segment: String,
                properties: [(type: String, value: String)] = [], notes: [String] = []) {
        self.language = language
        self.segment = segment
        self.properties = properties
        self.notes = notes
    }
}

/// One `<tu>`.
public struct TMXOutputUnit: Sendable {
    public var id: String?
    public var properties: [(type: String, value: String)]
    public var notes: [String]
    public var variants: [TMXVariant]

    public init(id: String?, properties: [(type: String, value: String)] = [], notes: [String] = [],
                variants: [TMXVariant]) {
        self.id = id
        self.properties = properties
        self.notes = notes
        self.variants = variants
    }
}

/// Writes a TMX 1.4b file one unit at a time, valid against the TMX 1.4 DTD, so a memory of
/// any size streams through without being held.
///
/// `write` receives the text in order: the XML declaration and header at `init`, one chunk
/// per unit, the closing tags at `finish()`. The caller chooses where it goes and how it is
/// buffered.
public final class TMXWriter {
    private let header: TMXHeader
    private let emit: (String) throws -> Void
    private var finished = false

    public init(header: TMXHeader, write: @escaping (String) throws -> Void) throws {
        guard ["block", "paragraph", "sentence", "phrase"].contains(header.segmentType) else {
            throw TMXWriterError.badSegmentType(header.segmentType)
        }
        guard !header.sourceLanguage.isEmpty else { throw TMXWriterError.missingLanguage }
        self.header = header
        emit = write
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        // OmegaT treats a file whose creationtool is "OmegaT" as its own project memory,
        // so the tool is always named Glossa.
        text += "  <header creationtool=\"Glossa\" creationtoolversion=\"\(Self.escaped(GlossaExchangeVersion.current))\""
        text += " segtype=\"\(header.segmentType)\" o-tmf=\"Glossa\" adminlang=\"en\""
        text += " srclang=\"\(Self.escaped(header.sourceLanguage))\" datatype=\"plaintext\""
        if header.properties.isEmpty {
            text += "/>\n"
        } else {
            text += ">\n"
            try Self.appendProperties(header.properties, indent: "    ", to: &text)
            text += "  </header>\n"
        }
        text += "  <body>\n"
        try emit(text)
    }

    public func write(_ unit: TMXOutputUnit) throws {
        guard !finished else { throw TMXWriterError.finished }
        guard !unit.variants.isEmpty else { throw TMXWriterError.noVariants(unit.id) }
        var text = "    <tu"
        if let id = unit.id { text += " tuid=\"\(try Self.checked(id))\"" }
        text += ">\n"
        try Self.appendProperties(unit.properties, indent: "      ", to: &text)
        try Self.appendNotes(unit.notes, indent: "      ", to: &text)
        for variant in sourceFirst(unit.variants) {
            guard !variant.language.isEmpty else { throw TMXWriterError.missingLanguage }
            text += "      <tuv xml:lang=\"\(try Self.checked(variant.language))\">\n"
            try Self.appendProperties(variant.properties, indent: "        ", to: &text)
            try Self.appendNotes(variant.notes, indent: "        ", to: &text)
            // No indentation inside <seg>: its whitespace belongs to the segment.
            text += "        <seg>\(try Self.checked(variant.segment))</seg>\n"
            text += "      </tuv>\n"
        }
        text += "    </tu>\n"
        try emit(text)
    }

    public func finish() throws {
        guard !finished else { return }
        finished = true
        try emit("  </body>\n</tmx>\n")
    }

    /// translate-toolkit takes the first `<tuv>` as the source, so the header's language
    /// goes first; the others keep their order.
    private func sourceFirst(_ variants: [TMXVariant]) -> [TMXVariant] {
        let source = header.sourceLanguage.lowercased().replacingOccurrences(of: "_", with: "-")
        guard source != "*all*" else { return variants }
        let isSource = { (variant: TMXVariant) in
            variant.language.lowercased().replacingOccurrences(of: "_", with: "-") == source
        }
        return variants.filter(isSource) + variants.filter { !isSource($0) }
    }

    private static func appendProperties(_ properties: [(type: String, value: String)], indent: String,
                                         to text: inout String) throws {
        for property in properties {
            text += "\(indent)<prop type=\"\(try checked(property.type))\">\(try checked(property.value))</prop>\n"
        }
    }

    private static func appendNotes(_ notes: [String], indent: String, to text: inout String) throws {
        for note in notes {
            text += "\(indent)<note>\(try checked(note))</note>\n"
        }
    }

    /// The escaped text, or an error for a character XML 1.0 cannot carry (NUL, most C0
    /// controls, unpaired surrogates cannot occur in a Swift String).
    private static func checked(_ text: String) throws -> String {
        for scalar in text.unicodeScalars where !isXMLCharacter(scalar) {
            throw TMXWriterError.invalidCharacter(scalar.value, in: text)
        }
        return escaped(text)
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The five predefined entities only; everything else is written as UTF-8. A carriage
    /// return is the one exception: a parser would read a literal CR back as a line feed.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "&<>\"'\r".unicodeScalars.contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
