/// A loaded, validated set of concepts in file order.
public struct Glossary: Sendable {
    public private(set) var concepts: [Concept]
    private var positions: [String: Int]

    public init(concepts: [Concept]) {
        self.concepts = concepts
        positions = [:]
        for (index, concept) in concepts.enumerated() where positions[concept.id] == nil {
            positions[concept.id] = index
        }
    }

    public subscript(id: String) -> Concept? {
        positions[id].map { concepts[$0] }
    }

    public var count: Int { concepts.count }
}
