import GlossaGlossary

/// Writes TBX v3 (ISO 30042:2019), TBX-Basic dialect: `conceptEntry/langSec/termSec/term`,
/// with `administrativeStatus` on every term. What TBX-Basic has no category for (the kind,
/// `distinct`, a plural) goes in `admin` and `termNote` elements of Glossa's own types.
struct TBXWriter {
    let write: (String) throws -> Void

    func export(_ glossary: Glossary) throws {
        try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Glossa \(GlossaExchangeVersion.current) glossary export</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """)
        for concept in glossary.concepts { try write(entry(concept)) }
        try write("    </body>\n  </text>\n</tbx>\n")
    }

    private func entry(_ concept: Concept) -> String {
        let e = XMLText.escaped
        var text = "      <conceptEntry id=\"\(e(TBXConceptID.xmlID(concept.id)))\">\n"
        if TBXConceptID.xmlID(concept.id) != concept.id {
            text += "        <admin type=\"\(TBXConceptID.originalIDType)\">\(e(concept.id))</admin>\n"
        }
        text += "        <admin type=\"\(GlossaryProperty.kind)\">\(concept.kind.rawValue)</admin>\n"
        if let source = concept.source { text += "        <admin type=\"source\">\(e(source))</admin>\n" }
        if !concept.distinct.isEmpty {
            text += "        <admin type=\"\(GlossaryProperty.distinct)\">\(e(concept.distinct.joined(separator: "|")))</admin>\n"
        }
        if let note = concept.note { text += "        <note>\(e(note))</note>\n" }
        for language in GlossaryTMXUnit.languagesInOrder(concept) {
            text += "        <langSec xml:lang=\"\(language)\">\n"
            for term in concept.terms where term.language == language {
                text += "          <termSec>\n            <term>\(e(term.text))</term>\n"
                text += "            <termNote type=\"administrativeStatus\">\(term.status.rawValue)Term-admn-sts</termNote>\n"
                if let plural = term.plural { text += "            <termNote type=\"\(GlossaryProperty.plural)\">\(e(plural))</termNote>\n" }
                if let source = term.source { text += "            <admin type=\"source\">\(e(source))</admin>\n" }
                if let note = term.note { text += "            <note>\(e(note))</note>\n" }
                text += "          </termSec>\n"
            }
            text += "        </langSec>\n"
        }
        return text + "      </conceptEntry>\n"
    }
}
