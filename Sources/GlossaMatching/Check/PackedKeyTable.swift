/// A map from 64-bit keys, open-addressed with a multiplicative hash.
///
/// The checker looks up a memoised verdict and a tally for every name of a text. With the key
/// packed into one integer, a lookup is a multiply and a probe or two; a `Dictionary` of a
/// struct key fed every field to SipHash, and its lookups and regrowth took 3 % of a check of
/// dense text.
struct PackedKeyTable<Value> {
    /// Each slot holds an index into `values` + 1, or 0 when empty.
    private var slots = [Int32](repeating: 0, count: 1 << 10)
    private var keys: [UInt64] = []
    private var values: [Value] = []

    var count: Int { keys.count }

    subscript(key: UInt64) -> Value? {
        get {
            let mask = slots.count - 1
            var slot = Self.slot(key, mask: mask)
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                if keys[entry - 1] == key { return values[entry - 1] }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds `value` under `key`, which must not be in the table yet.
    mutating func insert(_ value: Value, for key: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        keys.append(key)
        values.append(value)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Self.slot(key, mask: mask)
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }

    /// Fibonacci hashing: the high bits of the product mix every bit of the key.
    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

extension PackedKeyTable: Sendable where Value: Sendable {}
