import GlossaGlossary
import GlossaText

/// The glossary in memory, shaped for scanning running text: every form by variant key in a
/// byte trie, so that a name spread over several tokens ("Lashkar Gah", "Mazar-e Sharif") is
/// found by walking the keys of successive tokens.
///
/// Everything comes ready-made from the index (`ScanTables`): building it is a few reads.
public final class TermIndex: Sendable {
    public let concepts: ConceptTable
    public let forms: FormTable
    /// The SQLite index, for typo candidates (see `KeyNeighbourhood`).
    public let index: GlossaryIndex
    private let trie: KeyTrie
    /// Exact forms of every listed spelling, to tell a glossary term from a misspelling.
    private let listedExactForms: ByteStringSet
    private let neighbours: NeighbourIndex

    /// `index` may be rebuilt on the way, when its tables are damaged; `self.index` is then the rebuilt one.
    public init(index: GlossaryIndex) throws {
        let tables: ScanTables
        (tables, self.index) = try index.scanTables()
        concepts = tables.concepts
        forms = tables.forms
        trie = tables.trie
        listedExactForms = tables.listedExactForms
        neighbours = tables.neighbours
    }

    public var root: KeyTrie.Node { KeyTrie.root }

    /// Follows `key` from `node`; nil when no glossary key continues that way.
    public func walk(from node: KeyTrie.Node, _ key: [UInt8]) -> KeyTrie.Node? {
        trie.walk(from: node, key)
    }

    public func walk(from node: KeyTrie.Node, _ key: UnsafeBufferPointer<UInt8>) -> KeyTrie.Node? {
        trie.walk(from: node, key)
    }

    /// The forms whose whole key ends at `node`, in form order.
    public func forms(endingAt node: KeyTrie.Node) -> [Int32] {
        trie.values(at: node)
    }

    /// Whether the key of a form that starts with a lower-case letter passes through `node`:
    /// only such a form can confirm a span that starts with one (see `TermScanner.confirm`).
    public func leadsToLowercaseForm(_ node: KeyTrie.Node) -> Bool {
        trie.isMarked(node)
    }

    /// Whether some form's whole key ends at `node`: `forms(endingAt:)` without the array.
    public func endsForm(_ node: KeyTrie.Node) -> Bool {
        trie.hasValues(at: node)
    }

    public func concept(of form: GlossaryIndex.Form) -> Concept {
        concepts[Int(form.conceptRow) - 1]
    }

    /// The position in `forms` of the listed spelling that `form` is or inflects.
    public func position(ofListed form: GlossaryIndex.Form) -> Int32? {
        forms.listedPosition(conceptRow: form.conceptRow, termIndex: form.termIndex)
    }

    public func isListed(exact: String) -> Bool {
        listedExactForms.contains(exact)
    }

    /// The positions in `forms` of the listed forms whose key lies within one edit of a key
    /// with these neighbourhood hashes (see `KeyNeighbourhood`), in form order: what
    /// `index.forms(neighbourHashes:)` finds, without a query.
    public func listedNeighbours(_ hashes: [Int32]) -> [Int32] {
        neighbours.forms(sharingAnyOf: hashes)
    }
}
