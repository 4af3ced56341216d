import GlossaGlossary
import GlossaText

/// Looks over a valid glossary for what validation lets through but a terminologist should
/// see: look-alike concepts, a deprecated spelling that another concept prefers, missing
/// languages, near-duplicates. Findings point at the glossary's own rows.
public struct GlossaryDoctor {
    let loaded: LoadedGlossary
    let forms: [MatchForm]

    public init(loaded: LoadedGlossary, forms: [MatchForm]) {
        self.loaded = loaded
        self.forms = forms
    }

    /// Two preferred spellings at least this similar (accent-folded) are near-duplicates.
    static let nearDuplicateFloor = 0.85

    public func findings() -> [Finding] {
        sharedKeys() + deprecatedPreferred() + missingLanguages() + nearDuplicates()
    }

    private var concepts: [Concept] { loaded.glossary.concepts }

    private func finding(_ conceptIndex: Int, term termIndex: Int?, _ rule: Rule, _ severity: Severity, _ message: String) -> Finding {
        let concept = concepts[conceptIndex]
        let location = termIndex.flatMap { loaded.termLocations[concept.id]?[$0] } ?? loaded.conceptLocations[concept.id]!
        let found = termIndex.map { concept.terms[$0].text } ?? concept.id
        return Finding(file: location.file, start: SourcePosition(utf8Offset: 0, line: location.line, column: 1),
                       utf8Length: found.utf8.count, found: found, suggestion: nil, concept: concept.id, rule: rule,
                       severity: severity, message: message, excerpt: Excerpt(text: found, column: 1))
    }

    private func language(_ form: MatchForm) -> LanguageCode {
        concepts[form.conceptIndex].terms[form.termIndex].language
    }

    private func declaredDistinct(_ a: Int, _ b: Int) -> Bool {
        concepts[a].distinct.contains(concepts[b].id) || concepts[b].distinct.contains(concepts[a].id)
    }

    /// Validation refuses undeclared collisions; declared ones are worth a second look.
    private func sharedKeys() -> [Finding] {
        var owner: [String: MatchForm] = [:]
        var seen = Set<[Int]>()
        var findings: [Finding] = []
        for form in forms where form.origin == .listed && !form.key.isEmpty {
            guard let first = owner[form.key] else { owner[form.key] = form; continue }
            guard first.conceptIndex != form.conceptIndex, seen.insert([first.conceptIndex, form.conceptIndex]).inserted else { continue }
            findings.append(finding(form.conceptIndex, term: form.termIndex, .sharedKey, .info,
                                    "'\(form.text)' shares the variant key '\(form.key)' with '\(first.text)' (\(concepts[first.conceptIndex].id)), declared distinct"))
        }
        return findings
    }

    private func deprecatedPreferred() -> [Finding] {
        var preferredBy: [String: Int] = [:]
        for form in forms where form.origin == .listed {
            if concepts[form.conceptIndex].terms[form.termIndex].status == .preferred { preferredBy[form.exact] = form.conceptIndex }
        }
        return forms.compactMap { form in
            guard form.origin == .listed, concepts[form.conceptIndex].terms[form.termIndex].status == .deprecated,
                  let other = preferredBy[form.exact], other != form.conceptIndex else { return nil }
            return finding(form.conceptIndex, term: form.termIndex, .deprecatedIsPreferred, .error,
                           "deprecated '\(form.text)' is the preferred spelling of \(concepts[other].id)")
        }
    }

    private func missingLanguages() -> [Finding] {
        concepts.indices.flatMap { index in
            LanguageCode.workingPair.compactMap { language in
                concepts[index].preferred(in: language) == nil
                    ? finding(index, term: nil, .missingLanguage, .warning, "\(concepts[index].id) has no preferred \(language) term")
                    : nil
            }
        }
    }

    /// Candidates come from the one-deletion neighbourhood of keys, so this stays linear.
    private func nearDuplicates() -> [Finding] {
        let preferred = forms.filter { $0.origin == .listed && concepts[$0.conceptIndex].terms[$0.termIndex].status == .preferred }
        var byHash: [Int32: [Int]] = [:]
        for (position, form) in preferred.enumerated() {
            for hash in KeyNeighbourhood.hashes(of: form.key) { byHash[hash, default: []].append(position) }
        }
        var seen = Set<[Int]>()
        var findings: [Finding] = []
        for positions in byHash.values where positions.count > 1 {
            for i in positions.indices {
                for j in positions.indices where j > i {
                    let a = preferred[positions[i]], b = preferred[positions[j]]
                    guard a.conceptIndex != b.conceptIndex, language(a) == language(b), !declaredDistinct(a.conceptIndex, b.conceptIndex),
                          Similarity.ratio(a.folded, b.folded, reaching: Self.nearDuplicateFloor) != nil else { continue }
                    let pair = [min(a.conceptIndex, b.conceptIndex), max(a.conceptIndex, b.conceptIndex)]
                    guard seen.insert(pair).inserted else { continue }
                    let later = a.conceptIndex > b.conceptIndex ? a : b, earlier = later == a ? b : a
                    findings.append(finding(later.conceptIndex, term: later.termIndex, .nearDuplicate, .warning,
                                            "'\(later.text)' is nearly '\(earlier.text)' (\(concepts[earlier.conceptIndex].id)); the same concept twice?"))
                }
            }
        }
        return findings
    }
}
