import GlossaText

/// A spelling that text can match: a term as listed, or its plural.
public struct MatchForm: Hashable, Sendable {
    public enum Origin: Int, Sendable {
        case listed = 0
        case listedPlural = 1
        case regularPlural = 2
    }

    public let conceptIndex: Int
    public let termIndex: Int
    /// The spelling as the glossary gives it, or the generated plural.
    public let text: String
    public let origin: Origin
    /// `TextForms.exact`: case and typography folded.
    public let exact: String
    /// `TextForms.folded`: accents folded too.
    public let folded: String
    /// `VariantKeyBuilder.orthographic`, on which key candidates are confirmed.
    public let orthographic: String
    /// `VariantKeyBuilder.key`.
    public let key: String

    /// Every form a glossary's terms can take in text.
    public static func forms(of glossary: Glossary, keys: VariantKeyBuilder = .shared) throws -> [MatchForm] {
        var forms: [MatchForm] = []
        forms.reserveCapacity(glossary.count * 6)
        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            for (termIndex, term) in concept.terms.enumerated() {
                var spellings: [(String, Origin)] = [(term.text, .listed)]
                if let plural = term.plural {
                    spellings.append((plural, .listedPlural))
                } else if concept.takesRegularPlural, let plural = Plural.regular(term.text, language: term.language.primary) {
                    spellings.append((plural, .regularPlural))
                }
                for (text, origin) in spellings {
                    let exact = try TextForms.exact(text)
                    let (orthographic, key) = try keys.forms(text)
                    forms.append(MatchForm(
                        conceptIndex: conceptIndex, termIndex: termIndex, text: text, origin: origin,
                        exact: exact, folded: try ICUTransforms.stripMarks(exact),
                        orthographic: orthographic, key: key))
                }
            }
        }
        return forms
    }
}
