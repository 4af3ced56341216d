/// A trie over the UTF-8 bytes of keys, in a few flat arrays.
///
/// Nodes are numbered breadth-first with each node's children in byte order, so the children
/// of `n` are the consecutive nodes `firstChild[n] ..< firstChild[n + 1]` and the byte leading
/// to node `c` is `labels[c]`: a step is a binary search over a few adjacent bytes, with no
/// hashing and no per-node objects.
public struct KeyTrie: Sendable {
    public typealias Node = Int32
    public static let root: Node = 0

    /// `nodeCount + 1` entries; the last is `nodeCount`.
    private let firstChild: [Int32]
    private let labels: [UInt8]
    /// The values of node `n` are `values[valueStart[n] ..< valueStart[n + 1]]`, in insertion order.
    private let valueStart: [Int32]
    private let values: [Int32]
    /// One bit per node: set when the key of a marked value passes through the node.
    private let marks: [UInt64]

    public var nodeCount: Int { labels.count }

    /// A trie holding each non-empty key with its value; a key's values keep the order given.
    /// The nodes along the keys of the values `isMarked` accepts are marked (see `isMarked(_:)`).
    public init(_ entries: some Sequence<(key: [UInt8], value: Int32)>, marking isMarked: (Int32) -> Bool = { _ in false }) {
        var builder = Builder()
        for entry in entries where !entry.key.isEmpty {
            builder.insert(entry.key, value: entry.value, marked: isMarked(entry.value))
        }
        self = builder.build()
    }

    private init(firstChild: [Int32], labels: [UInt8], valueStart: [Int32], values: [Int32], marks: [UInt64]) {
        self.firstChild = firstChild
        self.labels = labels
        self.valueStart = valueStart
        self.values = values
        self.marks = marks
    }

    private static func markWords(nodeCount: Int) -> Int { (nodeCount + 63) / 64 }

    /// The node `byte` leads to from `node`; nil when no key continues that way.
    @inline(__always)
    public func step(from node: Node, _ byte: UInt8) -> Node? {
        let index = Int(node)
        guard index >= 0, index < labels.count else { return nil }
        var low = Int(firstChild[index])
        var high = Int(firstChild[index + 1])
        while low < high {
            let middle = (low + high) >> 1
            let label = labels[middle]
            if label == byte { return Node(middle) }
            if label < byte { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Follows `key` from `node`; nil when no key continues that way.
    public func walk(from node: Node, _ key: [UInt8]) -> Node? {
        key.withUnsafeBufferPointer { walk(from: node, $0) }
    }

    public func walk(from node: Node, _ key: UnsafeBufferPointer<UInt8>) -> Node? {
        var node = node
        for byte in key {
            guard let next = step(from: node, byte) else { return nil }
            node = next
        }
        return node
    }

    /// The values of the keys that end at `node`, in insertion order.
    public func values(at node: Node) -> [Int32] {
        let range = valueRange(at: node)
        return range.isEmpty ? [] : Array(values[range])
    }

    /// Whether any key ends at `node`, without building the array `values(at:)` returns.
    public func hasValues(at node: Node) -> Bool {
        !valueRange(at: node).isEmpty
    }

    /// Whether the key of a marked value passes through or ends at `node`: a walk that only
    /// cares for marked values can stop at the first node without the mark.
    @inline(__always)
    public func isMarked(_ node: Node) -> Bool {
        let index = Int(node)
        guard index >= 0, index < labels.count else { return false }
        return marks[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    private func valueRange(at node: Node) -> Range<Int> {
        let index = Int(node)
        guard index >= 0, index < labels.count else { return 0..<0 }
        return Int(valueStart[index])..<Int(valueStart[index + 1])
    }

    /// Inserts into a node-per-object trie, then lays it out breadth-first.
    struct Builder {
        private var children: [[(label: UInt8, node: Int32)]] = [[]]
        private var nodeValues: [[Int32]] = [[]]
        private var nodeMarked: [Bool] = [false]

        mutating func insert(_ key: [UInt8], value: Int32, marked: Bool) {
            var node = 0
            nodeMarked[node] = nodeMarked[node] || marked
            for byte in key {
                if let next = children[node].first(where: { $0.label == byte }) {
                    node = Int(next.node)
                } else {
                    children[node].append((byte, Int32(children.count)))
                    node = children.count
                    children.append([])
                    nodeValues.append([])
                    nodeMarked.append(false)
                }
                nodeMarked[node] = nodeMarked[node] || marked
            }
            nodeValues[node].append(value)
        }

        func build() -> KeyTrie {
            var order = [0]
            order.reserveCapacity(children.count)
            var firstChild: [Int32] = []
            var labels: [UInt8] = [0]
            var valueStart: [Int32] = [0]
            var values: [Int32] = []
            var marks = [UInt64](repeating: 0, count: KeyTrie.markWords(nodeCount: children.count))
            var position = 0
            while position < order.count {
                let node = order[position]
                if nodeMarked[node] { marks[position >> 6] |= 1 << UInt64(position & 63) }
                position += 1
                firstChild.append(Int32(order.count))
                for child in children[node].sorted(by: { $0.label < $1.label }) {
                    order.append(Int(child.node))
                    labels.append(child.label)
                }
                values += nodeValues[node]
                valueStart.append(Int32(values.count))
            }
            firstChild.append(Int32(order.count))
            return KeyTrie(firstChild: firstChild, labels: labels, valueStart: valueStart, values: values, marks: marks)
        }
    }
}

extension KeyTrie {
    static let blobMagic: UInt32 = 0x5454_4C47  // "GLTT"

    func write(to writer: inout PackedBlobWriter) {
        writer.append(firstChild)
        writer.append(labels)
        writer.append(valueStart)
        writer.append(values)
        writer.append(marks)
    }

    /// Checks the layout, so that no step can leave the arrays, and that values are below `valueLimit`.
    init(reading reader: inout PackedBlobReader, valueLimit: Int) throws {
        let firstChild: [Int32] = try reader.next()
        let labels: [UInt8] = try reader.next()
        let valueStart: [Int32] = try reader.next()
        let values: [Int32] = try reader.next()
        let marks: [UInt64] = try reader.next()
        let count = labels.count
        try PackedBlobError.unless(count >= 1 && firstChild.count == count + 1 && valueStart.count == count + 1
                                   && marks.count == Self.markWords(nodeCount: count), "trie array sizes")
        try PackedBlobError.unless(firstChild[0] == 1 && firstChild[count] == count
                                   && valueStart[0] == 0 && valueStart[count] == values.count, "trie bounds")
        // Ranges first, whole, so that the label check below stays inside `labels`.
        for node in 0..<count {
            try PackedBlobError.unless(firstChild[node] > node && firstChild[node] <= firstChild[node + 1], "trie child order")
            try PackedBlobError.unless(valueStart[node] <= valueStart[node + 1], "trie value order")
        }
        for node in 0..<count {
            for child in stride(from: Int(firstChild[node]) + 1, to: Int(firstChild[node + 1]), by: 1)
            where labels[child - 1] >= labels[child] {
                throw PackedBlobError("trie label order")
            }
        }
        for value in values where value < 0 || Int(value) >= valueLimit {
            throw PackedBlobError("trie value out of range")
        }
        self.init(firstChild: firstChild, labels: labels, valueStart: valueStart, values: values, marks: marks)
    }
}
