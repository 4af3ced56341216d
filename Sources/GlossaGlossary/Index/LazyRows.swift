import Synchronization

/// Values built from table columns on first access and kept, by row position: a document
/// touches a few thousand rows of a large glossary, and a check asks for the same ones often.
///
/// Slots are an array, not a dictionary: the lookup sits on the scanner's path.
final class LazyRows<Value: Sendable>: Sendable {
    private struct Storage {
        /// Per row, 1 + the value's position in `values`; 0 until built.
        var slots: [Int32]
        var values: [Value] = []
    }

    private let storage: Mutex<Storage>

    init(count: Int) {
        storage = Mutex(Storage(slots: [Int32](repeating: 0, count: count)))
    }

    func value(at row: Int, orMake make: (Int) -> Value) -> Value {
        storage.withLock { storage in
            let slot = Int(storage.slots[row])
            if slot > 0 { return storage.values[slot - 1] }
            let value = make(row)
            storage.values.append(value)
            storage.slots[row] = Int32(storage.values.count)
            return value
        }
    }
}
