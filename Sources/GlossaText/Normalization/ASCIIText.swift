extension String {
    /// True when every byte is ASCII.
    public var isASCII: Bool {
        withASCIIBytes { _ in true } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// `body` over the bytes of ASCII text, or nil for other text. Iterating `utf8` as a
    /// sequence costs some twenty instructions a byte; its contiguous storage, two or three.
    @inlinable
    public func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let result = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil }
        return result ?? nil
    }
}
