/// A map from 64-bit keys, open-addressed with a multiplicative hash.
///
/// The checker looks up a memoised verdict and a tally for every name of a text. With the key
/// packed into one integer, a lookup is a multiply and a probe or two; a `Dictionary` of a
/// struct key fed every field to SipHash, and its lookups and regrowth took 3 % of a check of
/// dense text.
struct PackedKeyTable<Value> {
    /// A key and its value side by side: a lookup reads one slot, where separate arrays of
    /// slots, keys and values missed the cache up to three times for a verdict not used lately.
    fileprivate struct Slot {
        var key: UInt64 = 0
        /// nil for an empty slot.
        var value: Value?
    }

    private var slots = [Slot](repeating: Slot(), count: 1 << 10)
    private(set) var count = 0

    subscript(key: UInt64) -> Value? {
        get {
            let mask = slots.count - 1
            var slot = Self.slot(key, mask: mask)
            while slots[slot].value != nil {
                if slots[slot].key == key { return slots[slot].value }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Adds `value` under `key`, which must not be in the table yet.
    mutating func insert(_ value: Value, for key: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while slots[slot].value != nil { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        var larger = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = larger.count - 1
        for entry in slots where entry.value != nil {
            var slot = Self.slot(entry.key, mask: mask)
            while larger[slot].value != nil { slot = (slot + 1) & mask }
            larger[slot] = entry
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
extension PackedKeyTable.Slot: Sendable where Value: Sendable {}
