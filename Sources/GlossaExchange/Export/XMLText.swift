/// The five predefined entities, for the TBX writers.
enum XMLText {
    static func escaped(_ text: String) -> String { TMXWriter.escaped(text) }
}
