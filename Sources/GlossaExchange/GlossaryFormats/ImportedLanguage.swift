import GlossaGlossary

/// The glossary language of a file's language tag: any `fr-…` is French and any `en-…`
/// English (the working pair has no regional variants); other tags are kept whole.
enum ImportedLanguage {
    static func code(_ tag: String) -> LanguageCode? {
        guard let code = LanguageCode(tag) else { return nil }
        switch code.primary {
        case "fr": return .french
        case "en": return .english
        default: return code
        }
    }

    /// Notes in XML are often wrapped and indented; a line break and its indentation become one space.
    static func unwrapped(_ text: String) -> String? {
        var result = ""
        var pendingBreak = false
        var pendingSpaces = ""
        for character in text {
            if character.isNewline {
                pendingBreak = true
            } else if character == " " || character == "\t" {
                pendingSpaces.append(character)
            } else {
                if pendingBreak { result += result.isEmpty ? "" : " " } else { result += pendingSpaces }
                pendingBreak = false
                pendingSpaces = ""
                result.append(character)
            }
        }
        let trimmed = result.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
