import Foundation

/// Language codes as bilingual files write them: any case, `_` or `-` (`FR_fr`, `EN-US`, `fr-ca`).
enum LanguageTag {
    /// The value TMX uses in `srclang` to say "no particular source".
    static let allLanguages = "*all*"

    /// BCP 47 case conventions, so that tags compare with `==`: `fr_ca` → `fr-CA`,
    /// `ZH-hant-tw` → `zh-Hant-TW`. Everything after a singleton (`x-…`) is lowercased.
    static func canonical(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == allLanguages || trimmed.isEmpty { return trimmed }
        var parts: [String] = []
        var afterSingleton = false
        for (index, subtag) in trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).enumerated() {
            let lower = subtag.lowercased()
            if index == 0 || afterSingleton {
                parts.append(lower)
            } else if subtag.count == 1 {
                afterSingleton = true
                parts.append(lower)
            } else if subtag.count == 2, subtag.allSatisfy(\.isLetter) {
                parts.append(lower.uppercased())
            } else if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                parts.append(lower.prefix(1).uppercased() + lower.dropFirst())
            } else {
                parts.append(lower)
            }
        }
        return parts.joined(separator: "-")
    }

    /// The language without region or script: `fr` for `fr-CA`. Expects a canonical tag.
    static func primary(_ canonicalTag: String) -> Substring {
        canonicalTag.prefix { $0 != "-" }
    }

    static func samePrimary(_ a: String, _ b: String) -> Bool {
        primary(a) == primary(b)
    }
}
