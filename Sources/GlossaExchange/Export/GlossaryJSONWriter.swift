import Foundation
import GlossaGlossary

/// Writes `{"format":"glossa-glossary","version":1,"concepts":[…]}`, one concept per line.
///
/// A concept is `{"id","kind","note","source","distinct":[ids],"terms":[…]}` and a term
/// `{"text","language","status","plural","note","source"}`; absent optional values are left out
/// (`distinct` is always there, possibly empty) and
/// keys are sorted.
struct GlossaryJSONWriter {
    let write: (String) throws -> Void

    func export(_ glossary: Glossary) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try write("{\"format\":\"glossa-glossary\",\"version\":1,\"concepts\":[")
        for (index, concept) in glossary.concepts.enumerated() {
            try write((index == 0 ? "\n" : ",\n") + String(decoding: try encoder.encode(concept), as: UTF8.self))
        }
        try write("\n]}\n")
    }
}
