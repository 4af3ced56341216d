/// Where a concept or term was read from, for error messages.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public var description: String { "\(file):\(line)" }
}

/// A glossary with the location of every concept and term it was built from.
public struct LoadedGlossary: Sendable {
    public let glossary: Glossary
    /// Concept id → the location of its concept row.
    public let conceptLocations: [String: SourceLocation]
    /// Concept id → the location of each of its terms, in `Concept.terms` order.
    public let termLocations: [String: [SourceLocation]]
}

/// Turns the rows of one or more glossary files into concepts, checking everything that can
/// be checked row by row: statuses, kinds, languages, duplicate ids, preferred terms.
///
/// Rows are joined across files by id, so a term row may live in another file than its concept.
enum GlossaryAssembler {
    static func assemble(_ files: [GlossaryFile]) -> (LoadedGlossary, [GlossaryError]) {
        var errors: [GlossaryError] = []
        var concepts: [Concept] = []
        var positions: [String: Int] = [:]
        var conceptLocations: [String: SourceLocation] = [:]
        var pendingTerms: [(id: String, term: Term, kind: String, location: SourceLocation)] = []

        for file in files {
            for row in file.rows {
                let location = SourceLocation(file: file.displayName, line: row.line)
                func fail(_ message: String) { errors.append(GlossaryError(file: location.file, line: location.line, message)) }
                let id = row[.id]
                guard !id.isEmpty else { fail("missing field 'id'"); continue }
                guard !id.contains(where: \.isWhitespace) else { fail("concept id '\(id)' contains white space"); continue }

                if row.isConceptRow {
                    guard row[.status].isEmpty, row[.term].isEmpty else {
                        fail("missing field 'lang' (a row with a term needs its language)")
                        continue
                    }
                    guard !row[.kind].isEmpty else { fail("missing field 'kind' on the concept row of '\(id)'"); continue }
                    guard let kind = ConceptKind(rawValue: row[.kind].lowercased()) else {
                        fail("unknown kind '\(row[.kind])'; use \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    if let first = conceptLocations[id] {
                        fail("duplicate concept id '\(id)' (first defined at \(first))")
                        continue
                    }
                    conceptLocations[id] = location
                    positions[id] = concepts.count
                    let distinct = row[.distinct].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                    concepts.append(Concept(id: id, kind: kind, note: row[.note].nilIfEmpty, source: row[.source].nilIfEmpty,
                                            distinct: distinct.filter { !$0.isEmpty }))
                    continue
                }

                guard let language = LanguageCode(row[.lang]) else { fail("unknown language code '\(row[.lang])'"); continue }
                guard !row[.status].isEmpty else { fail("missing field 'status'"); continue }
                guard let status = TermStatus(rawValue: row[.status].lowercased()) else {
                    fail("unknown status '\(row[.status])'; use preferred, admitted or deprecated")
                    continue
                }
                guard !row[.term].isEmpty else { fail("missing field 'term'"); continue }
                let term = Term(text: row[.term], language: language, status: status, plural: row[.plural].nilIfEmpty,
                                note: row[.note].nilIfEmpty, source: row[.source].nilIfEmpty)
                pendingTerms.append((id, term, row[.kind], location))
            }
        }

        var termLocations: [String: [SourceLocation]] = [:]
        var preferredAt: [String: SourceLocation] = [:]
        for pending in pendingTerms {
            let location = pending.location
            guard let index = positions[pending.id] else {
                errors.append(GlossaryError(file: location.file, line: location.line,
                                            "term '\(pending.term.text)' belongs to concept '\(pending.id)', which has no concept row"))
                continue
            }
            if !pending.kind.isEmpty, pending.kind.lowercased() != concepts[index].kind.rawValue {
                errors.append(GlossaryError(file: location.file, line: location.line,
                                            "kind '\(pending.kind)' disagrees with the concept row's '\(concepts[index].kind.rawValue)'"))
                continue
            }
            if pending.term.status == .preferred {
                let key = "\(pending.id)\t\(pending.term.language)"
                if let first = preferredAt[key] {
                    errors.append(GlossaryError(file: location.file, line: location.line,
                                                "second preferred \(pending.term.language) term for '\(pending.id)' (the first is at \(first)); mark one admitted"))
                    continue
                }
                preferredAt[key] = location
            }
            concepts[index].terms.append(pending.term)
            termLocations[pending.id, default: []].append(location)
        }

        for concept in concepts {
            let location = conceptLocations[concept.id]!
            for language in concept.languages where concept.preferred(in: language) == nil {
                errors.append(GlossaryError(file: location.file, line: location.line,
                                            "concept '\(concept.id)' has \(language) terms but no preferred one"))
            }
            if concept.terms.isEmpty {
                errors.append(GlossaryError(file: location.file, line: location.line, "concept '\(concept.id)' has no terms"))
            }
            for other in concept.distinct where positions[other] == nil {
                errors.append(GlossaryError(file: location.file, line: location.line,
                                            "concept '\(concept.id)' is declared distinct from '\(other)', which does not exist"))
            }
        }

        let loaded = LoadedGlossary(glossary: Glossary(concepts: concepts), conceptLocations: conceptLocations,
                                    termLocations: termLocations)
        return (loaded, errors)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
