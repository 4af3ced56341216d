/// Finds the line where a start tag begins.
///
/// XMLParser reports the position where a start tag ends (its `>` or `/>`), so a unit written as
/// `<tu\n  tuid="7">` would be reported one line late. libxml2 counts lines at LF and columns in
/// characters; walking the UTF-8 bytes the same way gives the tag's end, and the last `<` before
/// it is the tag's start (a raw `<` cannot occur inside a tag).
///
/// The bytes arrive chunk by chunk (`append`), as the parser is fed. Parser positions only move
/// forward, so the locator walks forward from its last answer, remembering the line of the last
/// `<` it stepped over, and drops each chunk once it has walked past it: it keeps only the
/// chunks the parser has not finished with (in practice the current one and the one before).
struct TagStartLocator {
    private var chunks: [[UInt8]] = []
    /// The cursor: the byte at `offset` in `chunks[0]` is on `line`, at `column` (a UTF-8
    /// continuation byte has the column of the character after it).
    private var offset = 0
    private var line = 1
    private var column = 1
    private var lastOpenLine: Int?

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if !bytes.isEmpty { chunks.append(Array(bytes)) }
    }

    /// The 1-based line of the `<` of the start tag that ends at the parser's `line`/`column`,
    /// or nil when the position cannot be mapped (it is behind the cursor or past the bytes).
    mutating func startLine(endingAt targetLine: Int, column targetColumn: Int) -> Int? {
        guard targetLine >= 1, targetColumn >= 1 else { return nil }
        guard walk(toLine: targetLine, column: targetColumn), let byte = currentByte,
            byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
        else { return nil }
        return lastOpenLine
    }

    /// Moves the cursor to the start of `targetLine`, the parser having read that far (for text,
    /// where no start tag asks), so that the chunks before it can be dropped.
    mutating func skip(toLine targetLine: Int) {
        _ = walk(toLine: targetLine, column: 1)
    }

    /// Walks to the character at `targetLine`/`targetColumn`; false when it is behind the cursor,
    /// past the end of its line or past the bytes received.
    private mutating func walk(toLine targetLine: Int, column targetColumn: Int) -> Bool {
        if targetLine < line || (targetLine == line && targetColumn < column) { return false }
        while !chunks.isEmpty {
            let (found, end) = chunks[0].withUnsafeBufferPointer { walk(in: $0, toLine: targetLine, column: targetColumn) }
            offset = end
            if let found { return found }
            chunks.removeFirst()
            offset = 0
        }
        return false
    }

    /// Walks within one chunk from `offset`: the answer, or nil with the chunk's end when the
    /// walk goes on in the next chunk; and the offset reached.
    private mutating func walk(
        in bytes: UnsafeBufferPointer<UInt8>, toLine targetLine: Int, column targetColumn: Int
    ) -> (Bool?, Int) {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            let isContinuation = byte & 0xC0 == 0x80
            if line == targetLine {
                if column == targetColumn, !isContinuation { return (true, index) }
                if byte == 0x0A { return (false, index) }
            }
            if byte == UInt8(ascii: "<") {
                lastOpenLine = line
            } else if byte == 0x0A {
                line += 1
                column = 1
                index += 1
                continue
            }
            if !isContinuation { column += 1 }
            index += 1
        }
        return (nil, index)
    }

    private var currentByte: UInt8? {
        chunks.isEmpty ? nil : chunks[0][offset]
    }
}
