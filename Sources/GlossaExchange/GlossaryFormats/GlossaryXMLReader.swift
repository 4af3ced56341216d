import Foundation
import GlossaGlossary

/// Reads a TMX (1.1–1.4), TBX v3 or TBX 2008 (martif) file as glossary concepts, handing each
/// to `emit` as soon as its unit or entry closes, so a large file is merged as it streams.
/// It goes through the same hardened path as `BilingualReader`, `XMLEventReader`.
public enum GlossaryXMLReader {
    public enum Format: String, Sendable { case tmx, tbx, martif }

    /// Reads the file; returns its format and warnings (`line: message`) that did not stop it.
    /// Errors are `GlossaryError`s naming the file and line.
    public static func read(contentsOf url: URL, displayName: String,
                            emit: @escaping (IncomingConcept) throws -> Void) throws -> (Format, [String]) {
        let source: XMLByteSource
        do {
            source = try XMLByteSource(contentsOf: url)
        } catch {
            throw GlossaryError(file: displayName, line: nil, "cannot read: \(TextFile.describe(error))")
        }
        var format: Format?
        var warnings: [String] = []
        let warn: (Int, String) -> Void = { line, message in warnings.append("\(line): \(message)") }
        do {
            try XMLEventReader.read(source) { root, _, line in
                switch root {
                case "tmx":
                    format = .tmx
                    return TMXGlossaryHandler(emit: emit, warn: warn)
                case "tbx", "martif":
                    format = root == "tbx" ? .tbx : .martif
                    return TBXGlossaryHandler(emit: emit, warn: warn)
                default:
                    throw ReadFailure(line: line, "unknown root element <\(root)>; expected <tmx>, <tbx> or <martif>")
                }
            }
        } catch let failure as ReadFailure {
            throw GlossaryError(file: displayName, line: failure.line, failure.message)
        } catch let error as GlossaryError {
            throw error
        } catch let errors as GlossaryErrors {
            throw errors
        } catch {
            throw GlossaryError(file: displayName, line: nil, "\(error)")
        }
        guard let format else { throw GlossaryError(file: displayName, line: nil, "not well-formed XML") }
        return (format, warnings)
    }
}
