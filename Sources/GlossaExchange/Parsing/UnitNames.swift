/// Names the translation units of an XLIFF document, for the findings that point at them.
///
/// A unit's id is unique only within its `<file>`: a unit whose id an earlier file already
/// used is named with its file's name as well ("f2/u1"), so that every name points at one
/// unit, and units whose ids are unique keep them as they are. A unit without an id is named
/// by its position in the document.
struct UnitNames {
    private var idsOfEarlierFiles: Set<String> = []
    private var idsOfThisFile: Set<String> = []
    private var fileName = ""
    private var fileCount = 0
    private var unitCount = 0

    /// `name` is the file's own: `id` in XLIFF 2, `original` in XLIFF 1.2; its position if none.
    mutating func enterFile(named name: String?) {
        fileCount += 1
        idsOfEarlierFiles.formUnion(idsOfThisFile)
        idsOfThisFile = []
        fileName = name.flatMap { $0.isEmpty ? nil : $0 } ?? String(fileCount)
    }

    mutating func name(ofUnitWithID id: String?) -> String {
        unitCount += 1
        guard let id, !id.isEmpty else { return String(unitCount) }
        idsOfThisFile.insert(id)
        return idsOfEarlierFiles.contains(id) ? "\(fileName)/\(id)" : id
    }
}
