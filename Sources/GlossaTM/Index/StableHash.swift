/// FNV-1a, 64-bit: the same value in every process and Swift version, unlike `Hasher`,
/// so that keys written into the index cache mean the same thing when read back.
enum StableHash {
    static func of(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    static func hex(_ text: String) -> String {
        String(UInt64(bitPattern: of(text)), radix: 16)
    }
}
