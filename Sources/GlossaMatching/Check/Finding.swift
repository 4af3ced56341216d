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
    /// The tuid or 1-based pair index, in bilingual mode.
    public var segment: String?
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

    /// `findings` in report order: by file, line, column, then rule. Sorts positions, not the findings themselves, which are
    /// large to move, and compares file names only between files.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        var fileRanks: [String: Int] = [:]
        for name in Set(findings.map(\.file)).sorted() { fileRanks[name] = fileRanks.count }
        let order = findings.indices.sorted { i, j in
            let a = findings[i], b = findings[j]
            let left = (fileRanks[a.file]!, a.start.line, a.start.column, a.rule.rawValue)
            let right = (fileRanks[b.file]!, b.start.line, b.start.column, b.rule.rawValue)
            return left != right ? left < right : a.found < b.found
        }
        return order.map { findings[$0] }
    }
}

/// Part of a line, with the 1-based column (in scalars) where a finding starts within it.
public struct Excerpt: Sendable, Equatable {
    public let text: String
    public let column: Int

    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }
}
