import GlossaText

public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case info, warning, error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

public enum Rule: String, Codable, CaseIterable, Sendable {
    /// A form of a concept that is not the preferred form of the text's language.
    case variant
    /// One concept written in several forms in one document (or corpus).
    case inconsistent
    /// A form that belongs only to the other language: Kabul in French.
    case wrongLanguage = "wrong-language"
    /// A near miss of a glossary name: Ben Landen.
    case misspelling
    /// A word that mixes scripts or hides look-alike characters.
    case confusable
    /// A source segment names a concept that its target segment does not.
    case missingTargetTerm = "missing-target-term"
    /// Doctor: two concepts declared distinct share a variant key.
    case sharedKey = "shared-key"
    /// Doctor: a deprecated spelling of one concept is the preferred spelling of another.
    case deprecatedIsPreferred = "deprecated-is-preferred"
    /// Doctor: a concept without a preferred term in one of the working languages.
    case missingLanguage = "missing-language"
    /// Doctor: two concepts whose preferred spellings are nearly the same.
    case nearDuplicate = "near-duplicate"

    /// The rules of `glossa check`, and those of `glossa doctor`.
    public static let checkRules: [Rule] = [.variant, .inconsistent, .wrongLanguage, .misspelling, .confusable, .missingTargetTerm]
    public static let doctorRules: [Rule] = [.sharedKey, .deprecatedIsPreferred, .missingLanguage, .nearDuplicate]

    /// What each rule checks, for help texts and SARIF rule descriptions.
    public var summary: String {
        switch self {
        case .variant: "A glossary concept written in a form other than the house spelling."
        case .inconsistent: "One concept written in several forms in the same document or corpus."
        case .wrongLanguage: "A spelling that belongs to the other language."
        case .misspelling: "A near miss of a glossary name."
        case .confusable: "A word that mixes scripts or uses look-alike characters."
        case .missingTargetTerm: "A source segment names a concept that its translation does not."
        case .sharedKey: "Two concepts declared distinct share a variant key."
        case .deprecatedIsPreferred: "A deprecated spelling of one concept is the preferred spelling of another."
        case .missingLanguage: "A concept has no preferred term in one of the working languages."
        case .nearDuplicate: "Two concepts have nearly the same preferred spelling."
        }
    }

    /// Rules whose suggestions `--fix` applies without asking for more.
    public var fixedByDefault: Bool { self == .variant || self == .inconsistent || self == .wrongLanguage }
}

/// One problem at one place in one file.
public struct Finding: Sendable {
    public var file: String
    public var start: SourcePosition
    public var utf8Length: Int
    /// The exact text at that position.
    public var found: String
    public var suggestion: String?
    public var concept: String?
    public var rule: Rule
    public var severity: Severity
    public var message: String
    /// How sure a misspelling is, 0 to 1.
    public var confidence: Double?
    /// In bilingual mode, the unit's id (`tuid`, trans-unit `id`, XLIFF 2 `unit/segment`), or the
    /// pair's 1-based index, which is its line.
    public var segment: String?
    /// In a TMX or XLIFF file, where the position is the unit's line (column 1), not the name's,
    /// which the XML's markup and entities keep from being known exactly: the name's byte
    /// offset in its segment's text. Nil elsewhere.
    public var unitOffset: Int?
    public var isAtUnit: Bool { unitOffset != nil }
    /// The line around the finding, cut to a readable width, for printing with a caret.
    public var excerpt: Excerpt

    public init(file: String, start: SourcePosition, utf8Length: Int, found: String, suggestion: String?,
                concept: String?, rule: Rule, severity: Severity, message: String, confidence: Double? = nil,
                segment: String? = nil, excerpt: Excerpt) {
        self.file = file
        self.start = start
        self.utf8Length = utf8Length
        self.found = found
        self.suggestion = suggestion
        self.concept = concept
        self.rule = rule
        self.severity = severity
        self.message = message
        self.confidence = confidence
        self.segment = segment
        self.excerpt = excerpt
    }

    /// `findings` in report order: by file, line, column (then `unitOrder`), rule, and text.
    /// Sorts small keys, not the findings themselves, which are large to move; file names and
    /// rules are ranked once.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        var fileRanks: [String: Int] = [:]
        for name in Set(findings.map(\.file)).sorted() { fileRanks[name] = fileRanks.count }
        let keys = findings.indices.map { index in
            let finding = findings[index]
            return (file: fileRanks[finding.file]!, line: finding.start.line, column: finding.start.column,
                    unit: finding.unitOrder, rule: Rule.reportRank[finding.rule]!, index: index)
        }
        let order = keys.sorted { a, b in
            let left = (a.file, a.line, a.column, a.unit, a.rule), right = (b.file, b.line, b.column, b.unit, b.rule)
            return left != right ? left < right : findings[a.index].found < findings[b.index].found
        }
        return order.map { findings[$0.index] }
    }

    /// Report order within one file.
    func precedesInFile(_ other: Finding) -> Bool {
        let left = (start.line, start.column, unitOrder, Rule.reportRank[rule]!)
        let right = (other.start.line, other.start.column, other.unitOrder, Rule.reportRank[other.rule]!)
        return left != right ? left < right : found < other.found
    }

    /// Within one TMX or XLIFF unit: the source's findings (terms missing from the target)
    /// first, then the target's, each in the order of the text.
    private var unitOrder: Int {
        guard let unitOffset else { return 0 }
        return rule == .missingTargetTerm ? unitOffset : Int(UInt32.max) + unitOffset
    }
}

extension Rule {
    /// Rules order findings at one place by name.
    fileprivate static let reportRank = Dictionary(
        uniqueKeysWithValues: allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($0.element, $0.offset) })
}

/// Part of a line, with the 1-based column (in scalars) where a finding starts within it.
public struct Excerpt: Sendable, Equatable {
    public let text: String
    public let column: Int

    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }

    /// No excerpt: the report does not print one.
    public static let none = Excerpt(text: "", column: 1)
}
