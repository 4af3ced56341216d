import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaReporting
import GlossaText

/// Applies `--fix` (atomically, file by file) or prints `--diff`. Findings arrive in report
/// order, so one file's are together; only those are held at a time.
struct FixWriter {
    let includeMisspellings: Bool
    let asDiff: Bool
    /// Files whose findings are reported but not fixed.
    var leftAlone: Set<String> = []

    struct Outcome {
        /// Every finding read, fixed or not.
        var tally = FindingTally()
        /// The documents as they now are: standard input replaced by its fixed text.
        var sources: [InputSource] = []
        /// Files that could not be written; each was named on standard error.
        var failures: [FileError] = []
    }

    func run(_ findings: inout some FindingStream, sources: [InputSource]) throws -> Outcome {
        let byName = Dictionary(sources.map { ($0.displayName, $0) }, uniquingKeysWith: { first, _ in first })
        var outcome = Outcome()
        var fixedStandardInput: Data?
        var fixedFiles = 0, fixes = 0
        var group: [Finding] = []
        func fixGroup() throws {
            defer { group.removeAll() }
            guard let first = group.first else { return }
            let plan = FixPlan(group, includeMisspellings: includeMisspellings)
            guard !plan.isEmpty, !leftAlone.contains(first.file), let source = byName[first.file] else { return }
            let before = try source.bytes()
            let after = plan.applied(to: before)
            if asDiff {
                Terminal.standardOutput.write(UnifiedDiff.render(path: source.displayName, before: before, after: after))
                return
            }
            switch source {
            case .file(let url, _):
                do { try AtomicFile.write(Data(after), to: url, keepingPermissionsOf: url) } catch let error as AtomicFile.WriteError {
                    // The other files are still fixed; this one is left as it was.
                    let failure = FileError(file: source.displayName, line: nil, message: "cannot write: \(error.reason); not fixed")
                    Terminal.standardError.write("glossa: error: \(failure)\n")
                    outcome.failures.append(failure)
                    return
                }
            case .standardInput:
                after.withUnsafeBytes { Terminal.standardOutput.write($0) }
                fixedStandardInput = Data(after)
            }
            fixedFiles += 1
            fixes += plan.replacements.count
        }
        while let finding = try findings.next() {
            outcome.tally.add(finding)
            if let first = group.first, first.file != finding.file { try fixGroup() }
            group.append(finding)
        }
        try fixGroup()
        // Standard input goes through whole, fixed or not: `--fix - < draft > fixed` must never
        // leave an empty file behind.
        if !asDiff, fixedStandardInput == nil, let input = sources.first(where: \.isStandardInput) {
            try input.bytes().withUnsafeBytes { Terminal.standardOutput.write($0) }
        }
        outcome.sources = sources.map { source in
            if case .standardInput = source, let fixedStandardInput { return .standardInput(fixedStandardInput) }
            return source
        }
        if !asDiff {
            Terminal.standardError.write("fixed \(fixes) finding\(fixes == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s")\n")
        }
        return outcome
    }
}
