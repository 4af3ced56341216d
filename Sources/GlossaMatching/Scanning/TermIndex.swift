import GlossaGlossary
import GlossaText

/// The glossary in memory, shaped for scanning running text: every form by variant key in a
/// byte trie, so that a name spread over several tokens ("Lashkar Gah", "Mazar-e Sharif") is
/// found by walking the keys of successive tokens.
public final class TermIndex: Sendable {
    public let concepts: [Concept]
    public let forms: [GlossaryIndex.Form]
    /// The SQLite index, for typo candidates (see `KeyNeighbourhood`).
    public let index: GlossaryIndex
    private let trie: KeyTrie
    /// Exact forms of every listed spelling, to tell a glossary term from a misspelling.
    private let listedExactForms: Set<String>
    private let listedPositions: [Int64: Int32]

    public init(index: GlossaryIndex) throws {
        self.index = index
        concepts = try index.allConcepts()
        forms = try index.allForms()
        var trie = KeyTrie()
        var listed: Set<String> = []
        var positions: [Int64: Int32] = [:]
        for (position, form) in forms.enumerated() {
            if !form.key.isEmpty { trie.insert(Array(form.key.utf8), value: Int32(position)) }
            if form.origin == .listed {
                listed.insert(form.exact)
                positions[Self.termID(form)] = Int32(position)
            }
        }
        self.trie = trie
        listedExactForms = listed
        listedPositions = positions
    }

    public var root: KeyTrie.Node { KeyTrie.root }

    /// Follows `key` from `node`; nil when no glossary key continues that way.
    public func walk(from node: KeyTrie.Node, _ key: [UInt8]) -> KeyTrie.Node? {
        trie.walk(from: node, key)
    }

    /// The forms whose whole key ends at `node`.
    public func forms(endingAt node: KeyTrie.Node) -> [Int32] {
        trie.values(at: node)
    }

    public func concept(of form: GlossaryIndex.Form) -> Concept {
        concepts[Int(form.conceptRow) - 1]
    }

    private static func termID(_ form: GlossaryIndex.Form) -> Int64 { form.conceptRow << 20 | Int64(form.termIndex) }

    /// The position in `forms` of the listed spelling that `form` is or inflects.
    public func position(ofListed form: GlossaryIndex.Form) -> Int32? {
        listedPositions[Self.termID(form)]
    }

    public func isListed(exact: String) -> Bool {
        listedExactForms.contains(exact)
    }
}

/// A trie over the UTF-8 bytes of keys, stored as one flat hash table of edges.
public struct KeyTrie: Sendable {
    public typealias Node = Int32
    static let root: Node = 0

    private var edges: [Int64: Node] = [:]
    private var terminals: [Node: [Int32]] = [:]
    private var nodeCount: Int32 = 1

    private static func edge(_ node: Node, _ byte: UInt8) -> Int64 { Int64(node) << 8 | Int64(byte) }

    mutating func insert(_ key: [UInt8], value: Int32) {
        var node = Self.root
        for byte in key {
            if let next = edges[Self.edge(node, byte)] {
                node = next
            } else {
                edges[Self.edge(node, byte)] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[node, default: []].append(value)
    }

    func walk(from node: Node, _ key: [UInt8]) -> Node? {
        var node = node
        for byte in key {
            guard let next = edges[Self.edge(node, byte)] else { return nil }
            node = next
        }
        return node
    }

    func values(at node: Node) -> [Int32] { terminals[node] ?? [] }
}
