/// The case of a word's first letter. Most words start with an ASCII letter, whose case the
/// first byte gives; building a `Character` to ask costs hundreds of instructions, and these
/// are asked of every distinct word of a text.
extension String {
    /// `first?.isUppercase == true`.
    public var startsWithCapital: Bool {
        guard let byte = utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return first?.isUppercase == true
    }

    /// `first?.isLowercase == true`.
    public var startsWithLowercase: Bool {
        guard let byte = utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return first?.isLowercase == true
    }
}

extension String {
    /// Two letters or more, none of them lower-case: a word of a headline ("SE", "MÉFIENT").
    public var isInCapitals: Bool {
        withASCIIBytes { $0.count > 1 && !$0.contains { $0 >= 0x61 && $0 <= 0x7A } }
            ?? (count > 1 && !contains(where: \.isLowercase))
    }

    /// Every character upper-case, as `allSatisfy(\.isUppercase)`: "ONU", not "A380".
    public var isAllUppercase: Bool {
        withASCIIBytes { $0.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } } ?? allSatisfy(\.isUppercase)
    }
}
