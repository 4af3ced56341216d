/// Fixture text with line markers (`1️⃣` … `9️⃣`) that are removed, remembering the line each
/// one stood on, so expected line numbers come from the fixture rather than from counting.
struct MarkedText {
    let text: String
    private let markerLines: [Character: Int]

    init(_ marked: String) {
        let markers: Set<Character> = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
        var text = ""
        var lines: [Character: Int] = [:]
        var line = 1
        for character in marked {
            if markers.contains(character) {
                lines[character] = line
                continue
            }
            if character == "\n" { line += 1 }
            text.append(character)
        }
        self.text = text
        self.markerLines = lines
    }

    /// The 1-based line of `marker`; 0 when the fixture lacks it, which fails any comparison.
    func line(_ marker: Character) -> Int {
        markerLines[marker] ?? 0
    }
}
