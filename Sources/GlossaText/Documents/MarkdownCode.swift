/// Finds the code in Markdown, which a terminology check must not touch: fenced blocks
/// (``` or ~~~) and inline code spans. It reads line by line and carries the fence state,
/// so a document can be fed in chunks that end at line breaks.
public struct MarkdownCode: Sendable {
    private var fence: (marker: UInt8, length: Int)?

    public init() {}

    /// Byte ranges of code within `text`, relative to its start.
    public mutating func codeRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if let open = fence {
                ranges.append(lineStart..<lineEnd)
                if let closing = Self.fenceMarker(line), closing.marker == open.marker, closing.length >= open.length {
                    fence = nil
                }
            } else if let opening = Self.fenceMarker(line) {
                fence = opening
                ranges.append(lineStart..<lineEnd)
            } else {
                ranges += Self.inlineCode(line)
            }
            lineStart = lineEnd + 1
        }
        return ranges
    }

    /// A line that opens or closes a fence: up to three spaces, then three or more ` or ~.
    private static func fenceMarker(_ line: ArraySlice<UInt8>) -> (marker: UInt8, length: Int)? {
        var index = line.startIndex
        var indent = 0
        while index < line.endIndex, line[index] == 0x20, indent < 3 { index += 1; indent += 1 }
        guard index < line.endIndex, line[index] == 0x60 || line[index] == 0x7E else { return nil }
        let marker = line[index]
        var length = 0
        while index < line.endIndex, line[index] == marker { index += 1; length += 1 }
        return length >= 3 ? (marker, length) : nil
    }

    /// Backtick spans on one line: a run of n backticks up to the next run of exactly n.
    private static func inlineCode(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index] == 0x60 else { index += 1; continue }
            let open = index
            while index < line.endIndex, line[index] == 0x60 { index += 1 }
            let length = index - open
            var search = index
            var closed = false
            while search < line.endIndex {
                guard line[search] == 0x60 else { search += 1; continue }
                let run = search
                while search < line.endIndex, line[search] == 0x60 { search += 1 }
                if search - run == length {
                    ranges.append(open..<search)
                    index = search
                    closed = true
                    break
                }
            }
            if !closed { break }
        }
        return ranges
    }
}
