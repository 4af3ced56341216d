import GlossaGlossary

/// Writes the long CSV layout that `glossa import` recognises by its header: the columns of a
/// glossary file, a concept row then one row per term (RFC 4180 quoting).
struct TermRowsCSVWriter {
    let write: (String) throws -> Void

    func export(_ glossary: Glossary) throws {
        try write("id,kind,lang,status,term,plural,note,source,distinct\r\n")
        for concept in glossary.concepts {
            var text = row([concept.id, concept.kind.rawValue, "", "", "", "", concept.note ?? "", concept.source ?? "",
                            concept.distinct.joined(separator: "|")])
            for term in concept.terms {
                text += row([concept.id, "", term.language.rawValue, term.status.rawValue, term.text, term.plural ?? "",
                             term.note ?? "", term.source ?? "", ""])
            }
            try write(text)
        }
    }

    private func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || field.hasPrefix("#") else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
