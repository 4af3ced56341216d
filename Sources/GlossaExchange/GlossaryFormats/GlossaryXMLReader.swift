import Foundation
import GlossaGlossary
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a TMX (1.1–1.4), TBX v3 or TBX 2008 (martif) file as glossary concepts, handing each
/// to `emit` as soon as its unit or entry closes, so a large file is merged as it streams.
///
/// It goes through the same hardened path as `BilingualReader`: `XMLInputDecoder` (BOMs,
/// UTF-16, validation), `MarkupGuard` (no entity or DTD declarations), a parser that never
/// resolves external entities, and `TagStartLocator` for the line of each unit.
public final class GlossaryXMLReader: NSObject, XMLParserDelegate {
    public enum Format: String, Sendable { case tmx, tbx, martif }

    private var locator: TagStartLocator
    private let emit: ConceptSink
    private var handler: GlossaryXMLHandler?
    private var path: [String] = []
    private var failure: Error?
    private var unresolvedEntity: String?
    public private(set) var format: Format?
    private var warnings: [String] = []

    private init(bytes: UnsafeRawBufferPointer, emit: @escaping ConceptSink) {
        locator = TagStartLocator(bytes: bytes)
        self.emit = emit
    }

    /// Reads the file; returns its format and warnings (`line: message`) that did not stop it.
    /// Errors are `GlossaryError`s naming the file and line.
    public static func read(contentsOf url: URL, displayName: String,
                            emit: @escaping (IncomingConcept) throws -> Void) throws -> (Format, [String]) {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw GlossaryError(file: displayName, line: nil, "cannot read: \(TextFile.describe(error))")
        }
        do {
            let utf8 = try XMLInputDecoder.utf8(from: data)
            if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                throw ReadFailure(line: nil, "the file is empty")
            }
            return try utf8.withUnsafeBytes { bytes in
                try MarkupGuard.check(bytes)
                let reader = GlossaryXMLReader(bytes: bytes, emit: emit)
                // A UTF-8 file the decoder left as it was is parsed from the file itself: an
                // InputStream over Data copies the whole buffer first.
                let unchanged = utf8.count == data.count && utf8.prefix(256).elementsEqual(data.prefix(256))
                let stream = unchanged ? InputStream(url: url) : nil
                return try reader.parse(stream ?? InputStream(data: utf8))
            }
        } catch let failure as ReadFailure {
            throw GlossaryError(file: displayName, line: failure.line, failure.message)
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: displayName, line: nil, "\(error)")
        }
    }

    private func parse(_ stream: InputStream) throws -> (Format, [String]) {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = self
        let succeeded = parser.parse()
        parser.delegate = nil
        if let failure { throw failure }
        // XMLParser on Linux may return true after an error; a missing root is one such case.
        guard succeeded, let format else { throw ReadFailure(line: parser.lineNumber, "not well-formed XML") }
        return (format, warnings)
    }

    public func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                       qualifiedName: String?, attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        let startLine = { self.locator.startLine(endingAt: parser.lineNumber, column: parser.columnNumber) ?? parser.lineNumber }
        do {
            if handler == nil { try chooseHandler(root: elementName, line: startLine()) }
            try handler?.start(elementName, attributes: attributes, parent: path.last, line: startLine)
            path.append(elementName)
        } catch {
            fail(parser, error)
        }
    }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        _ = path.popLast()
        do {
            try handler?.end(elementName, parent: path.last)
        } catch {
            fail(parser, error)
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        handler?.characters(string)
    }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        handler?.characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    public func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        unresolvedEntity = name
        return nil
    }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        if ParserErrorMessage.ignoredWarnings.contains(code) { return }
        let entity = ParserErrorMessage.undeclaredEntity.contains(code) ? unresolvedEntity : nil
        failure = ReadFailure(line: parser.lineNumber, ParserErrorMessage.describe(code: code, entity: entity))
        parser.abortParsing()
    }

    private func chooseHandler(root: String, line: Int) throws {
        let warn: (Int, String) -> Void = { [unowned self] line, message in warnings.append("\(line): \(message)") }
        switch root {
        case "tmx":
            format = .tmx
            handler = TMXGlossaryHandler(emit: emit, warn: warn)
        case "tbx":
            format = .tbx
            handler = TBXGlossaryHandler(emit: emit, warn: warn)
        case "martif":
            format = .martif
            handler = TBXGlossaryHandler(emit: emit, warn: warn)
        default:
            throw ReadFailure(line: line, "unknown root element <\(root)>; expected <tmx>, <tbx> or <martif>")
        }
    }

    private func fail(_ parser: XMLParser, _ error: Error) {
        failure = error is ReadFailure || error is GlossaryError || error is GlossaryErrors
            ? error : ReadFailure(line: parser.lineNumber, "\(error)")
        parser.abortParsing()
    }
}
