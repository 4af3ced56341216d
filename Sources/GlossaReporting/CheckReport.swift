import GlossaMatching

/// Everything a `glossa check` run produced, handed to a reporter.
public struct CheckReport: Sendable {
    public typealias CheckedFile = GlossaMatching.CheckedFile

    public let files: [CheckedFile]
    /// In report order (`Finding.inReportOrder`).
    public let findings: [Finding]

    public init(files: [CheckedFile], findings: [Finding]) {
        self.files = files
        self.findings = Finding.inReportOrder(findings)
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// A format for a check report.
public protocol CheckReporter {
    func render(_ report: CheckReport) throws -> String
}
