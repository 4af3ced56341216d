import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Drives XMLParser over prepared UTF-8 bytes: picks the format handler from the root element,
/// feeds it element events with their parent and start line, and turns parser errors into
/// `ReadFailure`s carrying the parser's line.
///
/// XMLParser on Linux can return `true` from `parse()` after reporting an error (a truncated
/// file, for one), so success is judged by the errors reported, not by the return value.
///
/// The parser reads from a stream, not from `Data`: `XMLParser(data:)` hands libxml2 the whole
/// buffer as one chunk and fails every file over 10 MB ("huge input lookup", error 1), while
/// the stream is fed in chunks with no such limit.
final class XMLEventReader: NSObject, XMLParserDelegate {
    private let requested: RequestedLanguages
    private let emit: SegmentSink
    private var locator: TagStartLocator
    private var format: BilingualFormat?
    private var handler: BilingualFormatHandler?
    private var path: [String] = []
    private var failure: ReadFailure?
    private var unresolvedEntity: String?

    /// `bytes` must stay valid until `read(_:)` returns and hold the same bytes as the parsed data.
    init(bytes: UnsafeRawBufferPointer, requested: RequestedLanguages, emit: @escaping SegmentSink) {
        self.requested = requested
        self.emit = emit
        self.locator = TagStartLocator(bytes: bytes)
    }

    func read(_ data: Data) throws -> (BilingualFormat, BilingualSummary) {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = self
        let succeeded = parser.parse()
        parser.delegate = nil
        if let failure { throw failure }
        guard succeeded else {
            throw ReadFailure(line: parser.lineNumber, "not well-formed XML")
        }
        guard let format, let handler else {
            throw ReadFailure(line: nil, "not well-formed XML: no root element")
        }
        return (format, try handler.finish())
    }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let startLine = {
            self.locator.startLine(endingAt: parser.lineNumber, column: parser.columnNumber) ?? parser.lineNumber
        }
        do {
            if handler == nil {
                try chooseHandler(root: elementName, attributes: attributes, line: startLine())
            }
            try handler?.start(elementName, attributes: attributes, parent: path.last, line: startLine)
            path.append(elementName)
        } catch {
            fail(parser, error)
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        guard failure == nil else { return }
        _ = path.popLast()
        do {
            try handler?.end(elementName, parent: path.last)
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        handler?.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        handler?.characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        unresolvedEntity = name
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        if ParserErrorMessage.ignoredWarnings.contains(code) { return }
        let entity = ParserErrorMessage.undeclaredEntity.contains(code) ? unresolvedEntity : nil
        failure = ReadFailure(line: parser.lineNumber, ParserErrorMessage.describe(code: code, entity: entity))
        parser.abortParsing()
    }

    // MARK: Private

    private func chooseHandler(root: String, attributes: [String: String], line: Int) throws {
        switch root {
        case "tmx":
            format = .tmx
            handler = TMXHandler(requested: requested, emit: emit)
        case "xliff":
            let version = attributes["version"] ?? (attributes["srcLang"] != nil ? "2.0" : "1.2")
            if version.hasPrefix("1.") {
                format = .xliff12
                handler = XLIFF12Handler(requested: requested, emit: emit)
            } else if version.hasPrefix("2.") {
                format = .xliff2
                handler = XLIFF2Handler(requested: requested, emit: emit)
            } else {
                throw ReadFailure(line: line, "unsupported XLIFF version '\(version)'; expected 1.2, 2.0 or 2.1")
            }
        default:
            throw ReadFailure(line: line, "unknown root element <\(root)>; expected <tmx> or <xliff>")
        }
    }

    private func fail(_ parser: XMLParser, _ error: Error) {
        failure = error as? ReadFailure ?? ReadFailure(line: parser.lineNumber, "\(error)")
        parser.abortParsing()
    }
}
