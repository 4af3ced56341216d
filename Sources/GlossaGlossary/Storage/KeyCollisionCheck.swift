/// Two concepts whose terms share a variant key would be confused by every matcher, so a
/// glossary must say that they are distinct (Ghazni and Ghani, Kandahar city and province).
enum KeyCollisionCheck {
    static func errors(in loaded: LoadedGlossary, forms: [MatchForm]) -> [GlossaryError] {
        let concepts = loaded.glossary.concepts
        var firstOwner: [String: MatchForm] = [:]
        var reported: Set<[Int]> = []
        var errors: [GlossaryError] = []
        for form in forms where form.origin == .listed && !form.key.isEmpty {
            guard let owner = firstOwner[form.key] else {
                firstOwner[form.key] = form
                continue
            }
            guard owner.conceptIndex != form.conceptIndex else { continue }
            let mine = concepts[form.conceptIndex], theirs = concepts[owner.conceptIndex]
            guard !mine.distinct.contains(theirs.id), !theirs.distinct.contains(mine.id) else { continue }
            guard reported.insert([owner.conceptIndex, form.conceptIndex]).inserted else { continue }
            let here = loaded.termLocations[mine.id]![form.termIndex]
            let there = loaded.termLocations[theirs.id]![owner.termIndex]
            errors.append(GlossaryError(
                file: here.file, line: here.line,
                "'\(form.text)' (\(mine.id)) has the same variant key '\(form.key)' as '\(owner.text)' (\(theirs.id), \(there)); "
                    + "if they differ, add \(theirs.id) to the distinct column of \(mine.id)"))
        }
        return errors
    }
}
