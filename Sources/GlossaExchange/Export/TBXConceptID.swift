/// A concept id as an XML ID (an NCName): glossary ids such as `9-11` are not, so they are
/// written with a prefix and the original kept in an `admin` element.
enum TBXConceptID {
    static let originalIDType = "x-glossa-id"

    static func xmlID(_ id: String) -> String {
        isNCName(id) ? id : "_" + String(id.map { $0.isLetter || $0.isNumber || "-._".contains($0) ? $0 : "_" })
    }

    static func isNCName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || "-._".contains($0) }
    }
}
