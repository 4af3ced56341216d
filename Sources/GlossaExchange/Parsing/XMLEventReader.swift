import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The hardened path every XML format is read through: `XMLInputDecoder` (BOMs, UTF-16), then
/// `CheckedXMLStream`, which feeds the parser in fixed-size chunks, each checked first by
/// `UTF8Validator` (invalid bytes, NUL) and `MarkupGuard` (no entity or DTD declarations,
/// nothing that crashes the parser); an XMLParser that never resolves external entities; and
/// `TagStartLocator` for the line where each start tag begins. The root element picks the
/// handler, through `makeHandler`; the handler then gets every element event.
///
/// A UTF-8 file is never held whole: memory is a few chunks plus what the handler keeps.
///
/// XMLParser on Linux can return `true` from `parse()` after reporting an error (a truncated
/// file, for one), so success is judged by the errors reported, not by the return value.
///
/// The parser reads from a stream, not from `Data`: `XMLParser(data:)` hands libxml2 the whole
/// buffer as one chunk and fails every file over 10 MB ("huge input lookup", error 1), while
/// the stream is fed in chunks with no such limit.
final class XMLEventReader: NSObject, XMLParserDelegate {
    /// Makes the handler for the root element, or throws a `ReadFailure` naming `line`.
    typealias HandlerFactory = (_ root: String, _ attributes: [String: String], _ line: Int) throws -> XMLElementHandler

    private let makeHandler: HandlerFactory
    private var locator = TagStartLocator()
    private var handler: XMLElementHandler?
    private var path: [String] = []
    private var failure: Error?
    private var unresolvedEntity: String?

    init(makeHandler: @escaping HandlerFactory) {
        self.makeHandler = makeHandler
    }

    /// Reads `source` through the hardened path. Errors are `ReadFailure`s, or whatever a
    /// handler threw.
    static func read(
        _ source: XMLByteSource, chunkSize: Int = CheckedXMLStream.defaultChunkSize,
        makeHandler: @escaping HandlerFactory
    ) throws {
        let stream = CheckedXMLStream(source: try XMLInputDecoder.utf8Source(from: source), chunkSize: chunkSize)
        let reader = XMLEventReader(makeHandler: makeHandler)
        stream.onChunk = { [unowned reader] chunk in reader.locator.append(chunk) }
        try reader.read(stream)
    }

    /// Parses `stream`. A `CheckedXMLStream` that stopped on a failed check has its error
    /// reported; any other stream is parsed with no checks (tests of the bare parser).
    func read(_ stream: InputStream) throws {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = self
        let succeeded = parser.parse()
        parser.delegate = nil
        if let checked = stream as? CheckedXMLStream {
            if let failure = checked.failure { throw failure }
            if !checked.sawContent { throw ReadFailure(line: nil, "the file is empty") }
        }
        if let failure { throw failure }
        guard succeeded else {
            throw ReadFailure(line: parser.lineNumber, "not well-formed XML")
        }
        guard handler != nil else {
            throw ReadFailure(line: nil, "not well-formed XML: no root element")
        }
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
                handler = try makeHandler(elementName, attributes, startLine())
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
        // No start tag ends before the parser's line: the locator may drop what it has passed.
        locator.skip(toLine: parser.lineNumber)
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

    /// Handler errors pass through as thrown: they carry their own line (a `ReadFailure`) or
    /// their own file and line (the glossary merge's errors).
    private func fail(_ parser: XMLParser, _ error: Error) {
        failure = error
        parser.abortParsing()
    }
}
