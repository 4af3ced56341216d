import Foundation
import GlossaMatching

/// SARIF 2.1.0, the format GitHub code scanning reads: one run, the rules in
/// `tool.driver.rules`, one result per finding with its region and, when there is a
/// suggestion, a fix. Columns count Unicode code points, as `columnKind` says.
public struct SARIFReporter: CheckReporter {
    let toolVersion: String
    let rules: [Rule]

    public init(toolVersion: String, rules: [Rule] = Rule.checkRules) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name = "glossa"
        let version: String
        let rules: [RuleDescriptor]
    }

    struct RuleDescriptor: Encodable {
        let id: String
        let shortDescription: Text
        let defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { let level: String }
    struct Text: Encodable { let text: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
        let fixes: [Fix]?
    }

    struct Location: Encodable { let physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct ArtifactLocation: Encodable { let uri: String }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endColumn: Int
        let snippet: Text?
    }

    struct Fix: Encodable {
        let description: Text
        let artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }

    struct Replacement: Encodable {
        let deletedRegion: Region
        let insertedContent: Text
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static let defaultSeverity: [Rule: Severity] = [
        .variant: .warning, .inconsistent: .warning, .wrongLanguage: .error,
        .misspelling: .warning, .confusable: .error, .missingTargetTerm: .error,
        .sharedKey: .info, .deprecatedIsPreferred: .error, .missingLanguage: .warning, .nearDuplicate: .warning,
    ]

    public func render(_ report: CheckReport) throws -> String {
        let results = report.findings.map { finding -> Result in
            let region = Region(startLine: finding.start.line, startColumn: finding.start.column,
                                endColumn: finding.start.column + finding.found.unicodeScalars.count, snippet: nil)
            let location = ArtifactLocation(uri: Self.uri(finding.file))
            let fixes = finding.suggestion.map { suggestion in
                [Fix(description: Text(text: "Replace with '\(suggestion)'"),
                     artifactChanges: [ArtifactChange(artifactLocation: location, replacements: [
                        Replacement(deletedRegion: region, insertedContent: Text(text: suggestion)),
                     ])])]
            }
            let shown = Region(startLine: region.startLine, startColumn: region.startColumn, endColumn: region.endColumn,
                               snippet: Text(text: finding.found))
            return Result(ruleId: finding.rule.rawValue, ruleIndex: rules.firstIndex(of: finding.rule) ?? 0,
                          level: Self.level(finding.severity), message: Text(text: finding.message),
                          locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: shown))],
                          fixes: fixes)
        }
        let driver = Driver(version: toolVersion, rules: rules.map {
            RuleDescriptor(id: $0.rawValue, shortDescription: Text(text: $0.summary),
                           defaultConfiguration: Configuration(level: Self.level(Self.defaultSeverity[$0] ?? .warning)))
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try encoder.encode(Log(runs: [Run(tool: Tool(driver: driver), results: results)])), as: UTF8.self) + "\n"
    }

    /// Relative paths as URI references, percent-encoded where needed.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
