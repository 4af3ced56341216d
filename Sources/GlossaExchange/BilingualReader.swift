import Foundation

/// Reads the aligned segments of a TMX (1.1–1.4), XLIFF 1.2 or XLIFF 2.x file.
///
/// Hostile input is expected: bytes are validated and transcoded to UTF-8 first, documents that
/// declare entities are refused before parsing, and the parser never loads external entities
/// or DTDs. See `EntityDeclarationScanner` for what XMLParser does by itself on this platform.
public enum BilingualReader {
    /// Detects the format from the root element (`tmx`, or `xliff` with `version` 1.2, 2.0 or 2.1).
    ///
    /// For TMX, `sourceLanguage` and `targetLanguage` choose the pair among the file's languages;
    /// for XLIFF, which fixes the pair, they fill in a language the file omits and must otherwise
    /// agree with it.
    public static func read(
        contentsOf url: URL, displayName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw BilingualReadError(file: displayName, line: nil, message: "cannot read the file (\(reason(error)))")
        }
        return try read(
            data: data, displayName: displayName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    public static func read(
        data: Data, displayName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws -> BilingualDocument {
        let requested = RequestedLanguages(source: sourceLanguage, target: targetLanguage)
        do {
            let utf8 = try XMLInputDecoder.utf8(from: data)
            return try utf8.withUnsafeBytes { bytes in
                try EntityDeclarationScanner.check(bytes)
                var segments: [BilingualSegment] = []
                let reader = XMLEventReader(bytes: bytes, requested: requested) { segments.append($0) }
                let (format, summary) = try reader.read(utf8)
                return BilingualDocument(
                    format: format,
                    sourceLanguage: summary.sourceLanguage,
                    targetLanguage: summary.targetLanguage,
                    segments: segments,
                    skippedUnits: summary.skippedUnits
                )
            }
        } catch let failure as ReadFailure {
            throw BilingualReadError(file: displayName, line: failure.line, message: failure.message)
        }
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return (error as NSError).localizedDescription
    }
}
