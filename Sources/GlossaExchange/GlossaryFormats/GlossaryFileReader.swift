import Foundation
import GlossaGlossary

/// Reads any file `glossa import` takes, by its extension: `.tmx`, `.tbx` (v3 or martif, by
/// the root element), `.xml` (any of these); `.csv`; `.tsv`, `.tab`, `.txt` tab-separated.
/// Spreadsheets have two layouts, told apart by their header (see `CSVGlossaryReader`).
public enum GlossaryFileReader {
    /// Hands each concept to `emit` as it is read; returns warnings as `file:line: message`.
    public static func read(contentsOf url: URL, displayName: String,
                            emit: @escaping (IncomingConcept) throws -> Void) throws -> [String] {
        switch url.pathExtension.lowercased() {
        case "tmx", "tbx", "xml":
            let (_, warnings) = try GlossaryXMLReader.read(contentsOf: url, displayName: displayName, emit: emit)
            return warnings.map { "\(displayName):\($0)" }
        case "csv", "tsv", "tab", "txt":
            let text = try TextFile.readUTF8(url, displayName: displayName)
            let delimiter: Unicode.Scalar = url.pathExtension.lowercased() == "csv" ? "," : "\t"
            for concept in try CSVGlossaryReader.read(text, delimiter: delimiter, displayName: displayName) {
                try emit(concept)
            }
            return []
        default:
            throw GlossaryError(file: displayName, line: nil,
                                "unknown file type '.\(url.pathExtension)'; import reads .tmx, .tbx, .csv, .tsv or .tab")
        }
    }
}
