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
    /// What closes the HTML block (a comment, `<pre>`…) open at the end of the last chunk.
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
    private static let htmlBlockElements = ["pre", "script", "style"].map { Array($0.utf8) }
    private static let commentOpening = Array("<!--".utf8), commentClosing = Array("-->".utf8)

    /// HTML comments and code elements. One that opens a line (an HTML block in CommonMark: a
    /// comment, `<pre>`, `<script>`, `<style>`) runs to its closing, over blank lines and on into
    /// the next chunk. Any other must close within its paragraph, or only its tag is skipped:
    /// "une balise <script> dans le site" leaves the rest of the text checked. An escaped
    /// "\<code>" is text, and Markdown code is left out of the search ("`<code>`").
    private mutating func htmlRanges(in bytes: [UInt8], outside code: [Range<Int>]) -> [Range<Int>] {
        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= bytes.count
                && zip(bytes[position..<(position + pattern.count)], pattern).allSatisfy { ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }
        }
        func isBlankLine(from start: Int) -> Bool {
            var index = start
            while index < bytes.count, bytes[index] != 0x0A {
                guard bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D else { return false }
                index += 1
            }
            return true
        }
        /// Where `closing` ends, searching from `start`; nil at the end of the bytes, or at a
        /// blank line when `withinParagraph`.
        func end(of closing: [UInt8], from start: Int, withinParagraph: Bool) -> Int? {
            var index = start
            while index < bytes.count {
                if matches(closing, at: index) { return index + closing.count }
                if withinParagraph, bytes[index] == 0x0A, isBlankLine(from: index + 1) { return nil }
                index += 1
            }
            return nil
        }
        var ranges: [Range<Int>] = []
        var index = 0
        if let closing = openHTML {
            guard let blockEnd = end(of: closing, from: 0, withinParagraph: false) else { return [0..<bytes.count] }
            ranges.append(0..<blockEnd)
            index = blockEnd
            openHTML = nil
        }
        let code = code.sorted { $0.lowerBound < $1.lowerBound }
        var nextCode = 0
        while index < bytes.count {
            while nextCode < code.count, code[nextCode].upperBound <= index { nextCode += 1 }
            if nextCode < code.count, code[nextCode].contains(index) {
                index = code[nextCode].upperBound
                continue
            }
            guard bytes[index] == UInt8(ascii: "<"), index == 0 || bytes[index - 1] != UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            let closing: [UInt8], tagEnd: Int, mayBeBlock: Bool
            if matches(Self.commentOpening, at: index) {
                (closing, tagEnd, mayBeBlock) = (Self.commentClosing, index + Self.commentOpening.count, true)
            } else if let name = Self.htmlCodeElements.first(where: { name in
                matches(name, at: index + 1) && index + 1 + name.count < bytes.count
                    && [UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 1 + name.count])
            }) {
                let nameEnd = index + 1 + name.count
                let bracket = bytes[nameEnd...].prefix(256).firstIndex(of: UInt8(ascii: ">"))
                (closing, tagEnd, mayBeBlock) = (Array("</".utf8) + name + [UInt8(ascii: ">")], bracket.map { $0 + 1 } ?? nameEnd,
                                                 Self.htmlBlockElements.contains(name))
            } else {
                index += 1
                continue
            }
            var lineStart = index
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let opensLine = index - lineStart <= 3 && bytes[lineStart..<index].allSatisfy { $0 == 0x20 }
            if mayBeBlock, opensLine {
                guard let blockEnd = end(of: closing, from: tagEnd, withinParagraph: false) else {
                    ranges.append(index..<bytes.count)
                    openHTML = closing
                    return ranges
                }
                ranges.append(index..<blockEnd)
                index = blockEnd
            } else if let elementEnd = end(of: closing, from: tagEnd, withinParagraph: true) {
                ranges.append(index..<elementEnd)
                index = elementEnd
            } else {
                ranges.append(index..<tagEnd)
                index = tagEnd
            }
        }
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
