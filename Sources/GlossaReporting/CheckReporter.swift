import GlossaMatching

/// A format for a check report. Findings are read once, in report order, and written as they
/// come: a dense draft yields hundreds of thousands of them.
public protocol CheckReporter {
    /// Writes the report on `files` and `findings` to `output`; returns what was reported.
    func write(files: [CheckedFile], findings: inout some FindingStream, to output: ReportOutput) throws -> FindingTally
}

/// How many findings of each severity a report holds.
public struct FindingTally: Sendable, Equatable {
    public private(set) var total = 0
    private var bySeverity: [Severity: Int] = [:]

    public init() {}

    public mutating func add(_ finding: Finding) {
        total += 1
        bySeverity[finding.severity, default: 0] += 1
    }

    public func count(_ severity: Severity) -> Int { bySeverity[severity] ?? 0 }

    /// True when some finding is at `level` or above: the exit status is then 1.
    public func reaches(_ level: Severity) -> Bool {
        Severity.allCases.contains { $0 >= level && count($0) > 0 }
    }
}

/// Where a report goes. Bytes are handed on in blocks, so a report of any length is written
/// without being held whole.
public final class ReportOutput {
    private var pending: [UInt8] = []
    private let deliver: ([UInt8]) -> Void

    static let blockSize = 1 << 16

    /// `deliver` receives the bytes in order, block by block.
    public init(_ deliver: @escaping ([UInt8]) -> Void) {
        self.deliver = deliver
    }

    public func write(_ text: String) {
        pending += text.utf8
        if pending.count >= Self.blockSize { flush() }
    }

    func write(_ bytes: [UInt8]) {
        pending += bytes
        if pending.count >= Self.blockSize { flush() }
    }

    /// Hands on what is pending; call once the report is written.
    public func flush() {
        guard !pending.isEmpty else { return }
        deliver(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
