/// Picks the bilingual format handler from the root element and remembers the choice, for
/// `XMLEventReader`.
final class BilingualHandlerChoice {
    private let requested: RequestedLanguages
    private let emit: SegmentSink
    private(set) var format: BilingualFormat?
    private(set) var handler: BilingualFormatHandler?

    init(requested: RequestedLanguages, emit: @escaping SegmentSink) {
        self.requested = requested
        self.emit = emit
    }

    func makeHandler(root: String, attributes: [String: String], line: Int) throws -> XMLElementHandler {
        let chosen: (BilingualFormat, BilingualFormatHandler)
        switch root {
        case "tmx":
            chosen = (.tmx, TMXHandler(requested: requested, emit: emit))
        case "xliff":
            let version = attributes["version"] ?? (attributes["srcLang"] != nil ? "2.0" : "1.2")
            if version.hasPrefix("1.") {
                chosen = (.xliff12, XLIFF12Handler(requested: requested, emit: emit))
            } else if version.hasPrefix("2.") {
                chosen = (.xliff2, XLIFF2Handler(requested: requested, emit: emit))
            } else {
                throw ReadFailure(line: line, "unsupported XLIFF version '\(version)'; expected 1.2, 2.0 or 2.1")
            }
        default:
            throw ReadFailure(line: line, "unknown root element <\(root)>; expected <tmx> or <xliff>")
        }
        (format, handler) = chosen
        return chosen.1
    }
}
