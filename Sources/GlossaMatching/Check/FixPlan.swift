/// The replacements `--fix` makes in one file: each finding's suggestion over the exact bytes
/// it was found at. Nothing else in the file changes: not the BOM, not the line endings.
public struct FixPlan: Sendable {
    public struct Replacement: Sendable, Equatable {
        public let utf8Offset: Int
        public let utf8Length: Int
        public let text: String
    }

    public private(set) var replacements: [Replacement] = []

    /// Keeps the longest fix at each place, and drops fixes that overlap one already kept.
    /// Where two are as long, the finding about the spelling itself (variant, wrong language)
    /// wins over the one about the document's consistency: it may point at an admitted
    /// spelling ("mollah Baradar" for "mollah Barader") where the other points at the house
    /// one. The order of `findings` does not matter.
    public init(_ findings: [Finding], includeMisspellings: Bool) {
        // Admitted forms (info) are acceptable: reported, never rewritten.
        let fixable = findings.filter {
            $0.suggestion != nil && $0.severity > .info
                && ($0.rule.fixedByDefault || (includeMisspellings && ($0.rule == .misspelling || $0.rule == .confusable)))
        }.sorted { (a: Finding, b: Finding) -> Bool in
            let order = { (finding: Finding) in (finding.rule == .inconsistent ? 1 : 0, finding.rule.rawValue) }
            return (a.start.utf8Offset, b.utf8Length, order(a).0, order(a).1) < (b.start.utf8Offset, a.utf8Length, order(b).0, order(b).1)
        }
        var end = 0
        for finding in fixable where finding.start.utf8Offset >= end {
            replacements.append(Replacement(utf8Offset: finding.start.utf8Offset, utf8Length: finding.utf8Length,
                                            text: finding.suggestion!))
            end = finding.start.utf8Offset + finding.utf8Length
        }
    }

    public var isEmpty: Bool { replacements.isEmpty }

    /// The file's bytes with every replacement made.
    public func applied(to bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var cursor = 0
        for replacement in replacements where replacement.utf8Offset + replacement.utf8Length <= bytes.count {
            output += bytes[cursor..<replacement.utf8Offset]
            output += Array(replacement.text.utf8)
            cursor = replacement.utf8Offset + replacement.utf8Length
        }
        output += bytes[cursor...]
        return output
    }
}
