import Foundation
import GlossaGlossary
import GlossaMatching
import GlossaReporting

/// Applies `--fix` (atomically, file by file) or prints `--diff`.
struct FixWriter {
    let findings: [Finding]
    let includeMisspellings: Bool
    let asDiff: Bool

    /// The findings that no replacement covers.
    var unfixed: [Finding] {
        let byFile = Dictionary(grouping: findings, by: \.file)
        return byFile.flatMap { file, findings -> [Finding] in
            let replaced = FixPlan(findings, includeMisspellings: includeMisspellings).replacements
            return findings.filter { finding in
                !replaced.contains { $0.utf8Offset == finding.start.utf8Offset && $0.utf8Length == finding.utf8Length }
            }
        }
    }

    func run(_ sources: [InputSource]) throws {
        let byFile = Dictionary(grouping: findings, by: \.file)
        var fixedFiles = 0, fixes = 0
        for source in sources {
            let plan = FixPlan(byFile[source.displayName] ?? [], includeMisspellings: includeMisspellings)
            guard !plan.isEmpty else { continue }
            let before = try source.bytes()
            let after = plan.applied(to: before)
            if asDiff {
                Terminal.standardOutput.write(UnifiedDiff.render(path: source.displayName, before: before, after: after))
                continue
            }
            switch source {
            case .file(let url, _):
                try AtomicFile.write(Data(after), to: url, keepingPermissionsOf: url)
            case .standardInput:
                Terminal.standardOutput.write(String(decoding: after, as: UTF8.self))
            }
            fixedFiles += 1
            fixes += plan.replacements.count
        }
        if !asDiff {
            Terminal.standardError.write("fixed \(fixes) finding\(fixes == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s")\n")
        }
    }
}
