import Foundation
import GlossaGlossary

/// Writes a glossary in an exchange format, concept by concept, through `write`.
///
/// `source` is the language written first (TMX, TSV): French by default; the target of the
/// two-column formats is the other working language.
public struct GlossaryExporter {
    public let format: GlossaryExportFormat
    public let source: LanguageCode

    public init(format: GlossaryExportFormat, source: LanguageCode = .french) {
        self.format = format
        self.source = source
    }

    public var target: LanguageCode { source == .french ? .english : .french }

    public func export(_ glossary: Glossary, write: @escaping (String) throws -> Void) throws {
        switch format {
        case .tmx:
            let writer = try TMXWriter(
                header: TMXHeader(sourceLanguage: source.rawValue, segmentType: "phrase",
                                  properties: [(type: GlossaryProperty.export, value: "glossary")]),
                write: write)
            for concept in glossary.concepts { try writer.write(GlossaryTMXUnit.unit(for: concept)) }
            try writer.finish()
        case .tbx:
            try TBXWriter(write: write).export(glossary)
        case .tbxMartif:
            try MartifWriter(write: write).export(glossary)
        case .tsv:
            try OmegaTGlossaryWriter(source: source, target: target, write: write).export(glossary)
        case .csv:
            try TermRowsCSVWriter(write: write).export(glossary)
        case .json:
            try GlossaryJSONWriter(write: write).export(glossary)
        }
    }
}
