/// Finds the line where a start tag begins.
///
/// XMLParser reports the position where a start tag ends (its `>` or `/>`), so a unit written as
/// `<tu\n  tuid="7">` would be reported one line late. libxml2 counts lines at LF and columns in
/// characters; walking the UTF-8 bytes the same way gives the tag's end offset, and the nearest
/// `<` before it is the tag's start (a raw `<` cannot occur inside a tag).
///
/// Parser positions only move forward, so the walk resumes from the last answer and the whole
/// file is walked at most once.
struct TagStartLocator {
    private let bytes: UnsafeRawBufferPointer
    private var line = 1
    private var lineStart = 0
    private var column = 1
    private var offset = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The 1-based line of the `<` of the start tag that ends at the parser's `line`/`column`,
    /// or nil when the position cannot be mapped.
    mutating func startLine(endingAt targetLine: Int, column targetColumn: Int) -> Int? {
        guard targetLine >= 1, targetColumn >= 1 else { return nil }
        if targetLine < line || (targetLine == line && targetColumn < column) {
            if targetLine != line { return nil }
            offset = lineStart
            column = 1
        }
        while line < targetLine {
            guard let newline = nextNewline(from: offset) else { return nil }
            line += 1
            lineStart = newline + 1
            offset = lineStart
            column = 1
        }
        while column < targetColumn {
            guard offset < bytes.count, bytes[offset] != 0x0A else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">") || bytes[offset] == UInt8(ascii: "/") else {
            return nil
        }
        var start = offset
        var newlines = 0
        while start > 0, bytes[start] != UInt8(ascii: "<") {
            start -= 1
            if bytes[start] == 0x0A { newlines += 1 }
        }
        guard bytes[start] == UInt8(ascii: "<") else { return nil }
        return targetLine - newlines
    }

    private func nextNewline(from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A { return index }
            index += 1
        }
        return nil
    }
}
