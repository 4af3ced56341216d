import GlossaGlossary

/// Writes TBX 2008 (`martif`, `termEntry/langSet/tig`), the TBX that OmegaT and
/// translate-toolkit read. Those tools ignore statuses, so deprecated terms are left out:
/// they would be offered as translations. Use TBX v3 or TMX for a lossless copy.
struct MartifWriter {
    let write: (String) throws -> Void

    func export(_ glossary: Glossary) throws {
        try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en">
              <martifHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Glossa \(GlossaExchangeVersion.current) glossary export</p>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc>
                  <p type="XCSURI">TBXXCSV02.xcs</p>
                </encodingDesc>
              </martifHeader>
              <text>
                <body>

            """)
        for concept in glossary.concepts { try write(entry(concept)) }
        try write("    </body>\n  </text>\n</martif>\n")
    }

    private func entry(_ concept: Concept) -> String {
        let e = XMLText.escaped
        var text = "      <termEntry id=\"\(e(TBXConceptID.xmlID(concept.id)))\">\n"
        if let note = concept.note { text += "        <descrip type=\"definition\">\(e(note))</descrip>\n" }
        for language in GlossaryTMXUnit.languagesInOrder(concept) {
            // Preferred first: readers that keep one term per language keep the house spelling.
            let terms = concept.terms(in: language).filter { $0.status != .deprecated }
            guard !terms.isEmpty else { continue }
            text += "        <langSet xml:lang=\"\(language)\">\n"
            for term in terms {
                text += "          <tig>\n            <term>\(e(term.text))</term>\n"
                text += "            <termNote type=\"administrativeStatus\">\(term.status.rawValue)Term-admn-sts</termNote>\n"
                if let note = term.note { text += "            <note>\(e(note))</note>\n" }
                text += "          </tig>\n"
            }
            text += "        </langSet>\n"
        }
        return text + "      </termEntry>\n"
    }
}
