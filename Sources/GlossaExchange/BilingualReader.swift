import Foundation

/// Reads the aligned segments of a TMX (1.1–1.4), XLIFF 1.2 or XLIFF 2.x file.
///
/// Hostile input is expected: bytes are validated and transcoded to UTF-8 first (NUL refused),
/// `MarkupGuard` refuses entity and other DTD declarations and the markup that crashes
/// XMLParser here, and the parser never loads external entities or DTDs. Segments are produced
/// as each unit closes, by a SAX-style pass, so memory follows the output, not a document tree.
public enum BilingualReader {
    /// Detects the format from the root element (`tmx`, or `xliff` with `version` 1.2, 2.0 or 2.1).
    ///
    /// For TMX, `sourceLanguage` and `targetLanguage` choose the pair among the file's languages;
    /// for XLIFF, which declares its pair, they fill in a language the file omits and replace
    /// one of another language (the document says which it replaced).
    public static func read(
        contentsOf url: URL, displayName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        let source: XMLByteSource
        do {
            source = try XMLByteSource(contentsOf: url)
        } catch {
            throw BilingualReadError(file: displayName, line: nil, message: "cannot read the file (\(reason(error)))")
        }
        return try read(displayName: displayName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) {
            try XMLEventReader.read(source, makeHandler: $0)
        }
    }

    public static func read(
        data: Data, displayName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        try read(displayName: displayName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) {
            try XMLEventReader.read(XMLByteSource(data: data), makeHandler: $0)
        }
    }

    /// `parse` runs `XMLEventReader` with the handler factory it is given.
    private static func read(
        displayName: String, sourceLanguage: String?, targetLanguage: String?,
        parse: (@escaping XMLEventReader.HandlerFactory) throws -> Void
    ) throws -> BilingualDocument {
        var segments: [BilingualSegment] = []
        let choice = BilingualHandlerChoice(
            requested: RequestedLanguages(source: sourceLanguage, target: targetLanguage)) { segments.append($0) }
        do {
            try parse(choice.makeHandler)
            guard let format = choice.format, let handler = choice.handler else {
                throw ReadFailure(line: nil, "not well-formed XML: no root element")
            }
            let summary = try handler.finish()
            return BilingualDocument(
                format: format,
                sourceLanguage: summary.sourceLanguage,
                targetLanguage: summary.targetLanguage,
                overriddenSourceLanguage: summary.overriddenSourceLanguage,
                overriddenTargetLanguage: summary.overriddenTargetLanguage,
                segments: segments,
                skippedUnits: summary.skippedUnits
            )
        } catch let failure as ReadFailure {
            throw BilingualReadError(file: displayName, line: failure.line, message: failure.message)
        }
    }

    private static func reason(_ error: Error) -> String {
        // Foundation wraps the POSIX error; its strerror text is the short, familiar wording.
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain, let message = strerror(Int32(posix.code)) {
                return String(cString: message)
            }
        }
        return (error as NSError).localizedDescription
    }
}
