/// Finds the code in Markdown, which a terminology check must not touch: fenced blocks
/// (``` or ~~~), indented blocks (four spaces or a tab after a blank line) and inline code
/// spans, which may run over the lines of one paragraph; and in the HTML Markdown allows,
/// comments and the elements that hold code or keys (`<code>`, `<pre>`, `<kbd>`, `<samp>`,
/// `<script>`, `<style>`). It reads line by line and carries the block state, so a document
/// can be fed in chunks that end at line breaks.
///
/// An indented line after a blank one is taken as code even inside a list item, where
/// CommonMark would need more indent: a name left unchecked there is better than a "fix"
/// written into code.
public struct MarkdownCode: Sendable {
    private var fence: (marker: UInt8, length: Int)?
    private var afterBlankLine = true
    private var inIndentedBlock = false
    /// What closes the HTML comment or code element open at the end of the last chunk.
    private var openHTML: [UInt8]?

    public init() {}

    /// Byte ranges of code within `text`, relative to its start.
    public mutating func codeRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let bytes = Array(text.utf8)
        var paragraphStart: Int?
        func endParagraph(at end: Int) {
            if let start = paragraphStart { ranges += Self.inlineCode(bytes[start..<end]) }
            paragraphStart = nil
        }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if let open = fence {
                ranges.append(lineStart..<lineEnd)
                if let closing = Self.fenceMarker(line), closing.marker == open.marker, closing.length >= open.length {
                    fence = nil
                }
            } else if let opening = Self.fenceMarker(line) {
                endParagraph(at: lineStart)
                fence = opening
                ranges.append(lineStart..<lineEnd)
            } else if !isBlank, Self.isIndented(line), paragraphStart == nil, afterBlankLine || inIndentedBlock {
                inIndentedBlock = true
                ranges.append(lineStart..<lineEnd)
            } else if isBlank {
                endParagraph(at: lineStart)
            } else {
                inIndentedBlock = false
                if paragraphStart == nil { paragraphStart = lineStart }
            }
            afterBlankLine = isBlank
            lineStart = lineEnd + 1
        }
        endParagraph(at: bytes.count)
        return Self.merged(ranges + htmlRanges(in: bytes, outside: ranges))
    }

    private static let htmlCodeElements = ["code", "pre", "kbd", "samp", "script", "style"].map { Array($0.utf8) }
    private static let commentOpening = Array("<!--".utf8), commentClosing = Array("-->".utf8)

    /// HTML comments and code elements, from their opening to their closing (or to the end of
    /// the chunk, and on in the next one). Markdown code is left out of the search: "`<code>`"
    /// in backticks opens nothing.
    private mutating func htmlRanges(in bytes: [UInt8], outside code: [Range<Int>]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let code = code.sorted { $0.lowerBound < $1.lowerBound }
        var nextCode = 0
        var index = 0
        var openedAt = 0
        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= bytes.count
                && zip(bytes[position..<(position + pattern.count)], pattern).allSatisfy { ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }
        }
        while index < bytes.count {
            while nextCode < code.count, code[nextCode].upperBound <= index { nextCode += 1 }
            if nextCode < code.count, code[nextCode].contains(index) {
                index = code[nextCode].upperBound
                continue
            }
            if let closing = openHTML {
                if matches(closing, at: index) {
                    ranges.append(openedAt..<(index + closing.count))
                    index += closing.count
                    openHTML = nil
                } else {
                    index += 1
                }
                continue
            }
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(Self.commentOpening, at: index) {
                openHTML = Self.commentClosing
                openedAt = index
                index += Self.commentOpening.count
                continue
            }
            if let name = Self.htmlCodeElements.first(where: { name in
                matches(name, at: index + 1) && index + 1 + name.count < bytes.count
                    && [UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 1 + name.count])
            }) {
                openHTML = Array("</".utf8) + name + [UInt8(ascii: ">")]
                openedAt = index
            }
            index += 1
        }
        if openHTML != nil { ranges.append(openedAt..<bytes.count) }
        return ranges
    }

    /// Sorted, with overlapping ranges joined.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    private static func isIndented(_ line: ArraySlice<UInt8>) -> Bool {
        line.first == 0x09 || line.prefix(4).elementsEqual([0x20, 0x20, 0x20, 0x20])
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

    /// Backtick spans in a paragraph: a run of n backticks up to the next run of exactly n. A
    /// backslash before a backtick makes it text.
    private static func inlineCode(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == 0x5C { index += 2; continue }
            guard line[index] == 0x60 else { index += 1; continue }
            let open = index
            while index < line.endIndex, line[index] == 0x60 { index += 1 }
            let length = index - open
            var search = index
            while search < line.endIndex {
                guard line[search] == 0x60 else { search += 1; continue }
                let run = search
                while search < line.endIndex, line[search] == 0x60 { search += 1 }
                if search - run == length {
                    ranges.append(open..<search)
                    index = search
                    break
                }
            }
            // An unmatched run is text: spans may still follow it.
        }
        return ranges
    }
}
