import Foundation
import GlossaMatching
import GlossaText

/// SARIF 2.1.0, the format GitHub code scanning reads: one run, the rules in
/// `tool.driver.rules`, one result per finding with its region and, when there is a
/// suggestion in the text at that place, a fix. Columns count Unicode code points, as
/// `columnKind` says. A missing target term has no fix: its suggestion belongs in the target,
/// and the place is in the source. Files that could not be checked are tool execution
/// notifications of the run's invocation, which is then not successful.
public struct SARIFReporter: CheckReporter {
    let toolVersion: String
    let rules: [Rule]
    let inputErrors: [FileError]

    public init(toolVersion: String, rules: [Rule] = Rule.checkRules, inputErrors: [FileError] = []) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.inputErrors = inputErrors
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

    /// Written with `JSONWriter`, keys in sorted order and without indentation: a dense draft
    /// yields hundreds of thousands of results, which `JSONEncoder` took seconds and a
    /// gigabyte to pretty-print.
    public func write(files: [CheckedFile], findings: inout some FindingStream, to output: ReportOutput) throws -> FindingTally {
        var json = JSONWriter()
        var tally = FindingTally()
        json.open("{")
        json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        json.key("runs")
        json.open("[")
        json.open("{")
        json.field("columnKind", "unicodeCodePoints")
        writeInvocation(to: &json)
        json.key("results")
        json.open("[")
        // A file whose language nothing decided is not fixed, so it offers no fixes either.
        let unfixable = Set(files.filter(\.languageUndecided).map(\.path))
        while let finding = try findings.next() {
            tally.add(finding)
            writeResult(finding, offersFix: !unfixable.contains(finding.file), to: &json)
            json.drain(into: output)
        }
        json.close("]")
        json.key("tool")
        json.open("{")
        json.key("driver")
        json.open("{")
        json.field("name", "glossa")
        json.key("rules")
        json.open("[")
        for rule in rules {
            json.open("{")
            json.key("defaultConfiguration")
            json.open("{")
            json.field("level", Self.level(Self.defaultSeverity[rule] ?? .warning))
            json.close("}")
            json.field("id", rule.rawValue)
            writeText("shortDescription", rule.summary, to: &json)
            json.close("}")
        }
        json.close("]")
        json.field("version", toolVersion)
        json.close("}")
        json.close("}")
        json.close("}")
        json.close("]")
        json.field("version", "2.1.0")
        json.close("}")
        json.newline()
        json.drain(into: output, atLeast: 0)
        return tally
    }

    private func writeInvocation(to json: inout JSONWriter) {
        json.key("invocations")
        json.open("[")
        json.open("{")
        json.field("executionSuccessful", inputErrors.isEmpty)
        if !inputErrors.isEmpty {
            json.key("toolExecutionNotifications")
            json.open("[")
            for error in inputErrors {
                json.open("{")
                json.field("level", "error")
                json.key("locations")
                json.open("[")
                json.open("{")
                json.key("physicalLocation")
                json.open("{")
                json.key("artifactLocation")
                json.open("{")
                json.field("uri", Self.uri(error.file))
                json.close("}")
                if let line = error.line {
                    json.key("region")
                    json.open("{")
                    json.field("startLine", line)
                    json.close("}")
                }
                json.close("}")
                json.close("}")
                json.close("]")
                writeText("message", error.message, to: &json)
                json.close("}")
            }
            json.close("]")
        }
        json.close("}")
        json.close("]")
    }

    /// One result: its rule, level, message and place, and the fix when there is one.
    private func writeResult(_ finding: Finding, offersFix: Bool, to json: inout JSONWriter) {
        let uri = Self.uri(finding.file)
        let endColumn = finding.start.column + finding.found.unicodeScalars.count
        func writeRegion(_ name: StaticString, snippet: String?) {
            json.key(name)
            json.open("{")
            // Only the unit's line is known: the whole line, and no snippet that is not there.
            if finding.isAtUnit {
                json.field("startLine", finding.start.line)
                json.close("}")
                return
            }
            json.field("endColumn", endColumn)
            if let snippet { writeText("snippet", snippet, to: &json) }
            json.field("startColumn", finding.start.column)
            json.field("startLine", finding.start.line)
            json.close("}")
        }
        func writeArtifact() {
            json.key("artifactLocation")
            json.open("{")
            json.field("uri", uri)
            json.close("}")
        }
        json.open("{")
        // A translation is the translator's to change, in the CAT tool, as --fix leaves it alone;
        // a missing term's suggestion belongs in the target, not at its place in the source.
        if offersFix, let suggestion = finding.suggestion, finding.segment == nil {
            json.key("fixes")
            json.open("[")
            json.open("{")
            json.key("artifactChanges")
            json.open("[")
            json.open("{")
            writeArtifact()
            json.key("replacements")
            json.open("[")
            json.open("{")
            writeRegion("deletedRegion", snippet: nil)
            writeText("insertedContent", suggestion, to: &json)
            json.close("}")
            json.close("]")
            json.close("}")
            json.close("]")
            writeText("description", "Replace with '\(suggestion)'", to: &json)
            json.close("}")
            json.close("]")
        }
        json.field("level", Self.level(finding.severity))
        json.key("locations")
        json.open("[")
        json.open("{")
        json.key("physicalLocation")
        json.open("{")
        writeArtifact()
        writeRegion("region", snippet: finding.found)
        json.close("}")
        json.close("}")
        json.close("]")
        writeText("message", finding.message, to: &json)
        json.field("ruleId", finding.rule.rawValue)
        json.field("ruleIndex", rules.firstIndex(of: finding.rule) ?? 0)
        json.close("}")
    }

    /// SARIF's message object: `{"text": …}`.
    private func writeText(_ name: StaticString, _ text: String, to json: inout JSONWriter) {
        json.key(name)
        json.open("{")
        json.field("text", text)
        json.close("}")
    }

    /// Relative paths as URI references, absolute ones as `file://` URIs (a bare "/tmp/a.txt"
    /// would be read as relative to the repository), percent-encoded where needed.
    static func uri(_ path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
