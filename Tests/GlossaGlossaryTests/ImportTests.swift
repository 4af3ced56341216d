import Foundation
import Testing
@testable import GlossaGlossary

@Suite struct ImportTests {
    private let csv = """
        id,kind,fr,en,fr_variants,en_variants,note
        ,place,Kaboul,Kabul,,,Capital.
        ,,Herat,Herat,Harat,Hirat,
        mazar,,Mazar-e-charif,Mazar-i-Sharif,,,
        ,term,"frappe aérienne","air strike","frappe aerienne",airstrike,"Strike, from the air."

        """

    @Test func readsColumnsAndVariants() throws {
        let rows = try CSVGlossaryReader.read(csv, displayName: "in.csv")
        #expect(rows.count == 4)
        #expect(rows[0].kind == .place)
        #expect(rows[1].terms[.french] == ["Herat", "Harat"])
        #expect(rows[3].terms[.english] == ["air strike", "airstrike"])
        #expect(rows[3].note == "Strike, from the air.")
        #expect(rows.map(\.line) == [2, 3, 4, 5])
    }

    @Test func mergePlansNewConceptsTermsAndConflicts() throws {
        let folder = try TemporaryGlossary(files: ["g.tsv": tsv(sampleRows)])
        defer { folder.remove() }
        let (loaded, forms) = try folder.store.load()
        let merge = try GlossaryMerge(try CSVGlossaryReader.read(csv, displayName: "in.csv"), into: loaded, forms: forms)
        let described = merge.changes.map { change -> String in
            switch change {
            case .newConcept(let concept, let line): "\(line) concept \(concept.id) \(concept.terms.map(\.text))"
            case .newTerm(let term, let id, let line): "\(line) term \(id) \(term.language) \(term.text) \(term.status.rawValue)"
            }
        }
        #expect(described == [
            "2 concept kabul [\"Kaboul\", \"Kabul\"]",
            "3 term herat fr Harat admitted",
            "3 term herat en Hirat admitted",
            "4 term mazar fr Mazar-e-charif admitted",
            "5 concept air-strike [\"frappe aérienne\", \"frappe aerienne\", \"air strike\", \"airstrike\"]",
        ])
        #expect(merge.conflicts.map(\.description) == [
            "line 3: fr 'Herat' is given as preferred for 'herat', which prefers 'Hérat'; kept 'Hérat'",
            "line 4: fr 'Mazar-e-charif' is given as preferred for 'mazar', which prefers 'Mazar-i-Sharif'; kept 'Mazar-i-Sharif'",
        ])
    }

    @Test func missingRequiredFieldsFailTheWholeFile() throws {
        let text = "fr,en\nKaboul,Kabul\nHérat,\n"
        #expect(throws: GlossaryErrors.self) { try CSVGlossaryReader.read(text, displayName: "in.csv") }
        do { _ = try CSVGlossaryReader.read(text, displayName: "in.csv") } catch let error as GlossaryErrors {
            #expect(error.description == "in.csv:3: missing field 'en'")
        }
        #expect(throws: GlossaryError.self) { try CSVGlossaryReader.read("id,fr\nx,y\n", displayName: "in.csv") }
    }
}
