import Foundation
import GlossaMatching

/// The `--format json` wire format, one object per run:
///
///     {"findings": [{"file": "draft.txt", "line": 3, "column": 12, "byte_offset": 57, "length": 5,
///                    "found": "Herat", "suggestion": "Hérat", "concept": "herat",
///                    "rule": "variant|inconsistent|wrong-language|misspelling|confusable|missing-target-term",
///                    "severity": "error|warning|info", "message": "...", "confidence": 0.9,
///                    "segment": "tuid or 1-based pair index (bilingual mode only)"}],
///      "files": [{"file": "draft.txt", "language": "fr", "language_detected": true}],
///      "summary": {"files": 1, "findings": 5, "errors": 1, "warnings": 3, "infos": 1}}
///
/// `line` and `column` are 1-based and `column` counts Unicode scalars; `byte_offset` counts
/// UTF-8 bytes from the start of the file. Absent values are omitted. Keys are sorted.
public struct JSONReporter: CheckReporter {
    public init() {}

    struct Output: Encodable {
        let findings: [FindingOutput]
        let files: [FileOutput]
        let summary: Summary
    }

    struct FindingOutput: Encodable {
        let file: String
        let line: Int
        let column: Int
        let byteOffset: Int
        let length: Int
        let found: String
        let suggestion: String?
        let concept: String?
        let rule: String
        let severity: String
        let message: String
        let confidence: Double?
        let segment: String?

        enum CodingKeys: String, CodingKey {
            case file, line, column, found, suggestion, concept, rule, severity, message, confidence, segment, length
            case byteOffset = "byte_offset"
        }
    }

    struct FileOutput: Encodable {
        let file: String
        let language: String
        let languageDetected: Bool
        enum CodingKeys: String, CodingKey {
            case file, language
            case languageDetected = "language_detected"
        }
    }

    struct Summary: Encodable {
        let files: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let infos: Int
    }

    public func render(_ report: CheckReport) throws -> String {
        let output = Output(
            findings: report.findings.map {
                FindingOutput(file: $0.file, line: $0.start.line, column: $0.start.column, byteOffset: $0.start.utf8Offset,
                              length: $0.utf8Length, found: $0.found, suggestion: $0.suggestion, concept: $0.concept,
                              rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message,
                              confidence: $0.confidence, segment: $0.segment)
            },
            files: report.files.map { FileOutput(file: $0.path, language: $0.language, languageDetected: $0.languageDetected) },
            summary: Summary(files: report.files.count, findings: report.findings.count, errors: report.count(.error),
                             warnings: report.count(.warning), infos: report.count(.info)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self) + "\n"
    }
}
