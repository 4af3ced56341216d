/// A unified diff of a file before and after `--fix`, as `--diff` prints it. Fixes replace
/// text within lines and never add or remove lines, so lines pair up one to one.
public enum UnifiedDiff {
    public static func render(path: String, before: [UInt8], after: [UInt8], context: Int = 3) -> String {
        let old = lines(before), new = lines(after)
        guard old.count == new.count else { return "" }
        let changed = old.indices.filter { old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var hunkStart = 0
        while hunkStart < changed.count {
            var hunkEnd = hunkStart
            while hunkEnd + 1 < changed.count, changed[hunkEnd + 1] - changed[hunkEnd] <= 2 * context { hunkEnd += 1 }
            let first = max(0, changed[hunkStart] - context)
            let last = min(old.count - 1, changed[hunkEnd] + context)
            let count = last - first + 1
            output += "@@ -\(first + 1),\(count) +\(first + 1),\(count) @@\n"
            for line in first...last {
                if old[line] == new[line] {
                    output += " " + text(old[line])
                } else {
                    output += "-" + text(old[line]) + "+" + text(new[line])
                }
            }
            hunkStart = hunkEnd + 1
        }
        return output
    }

    /// Lines with their line break; a last line without one gets the usual marker.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    private static func text(_ line: ArraySlice<UInt8>) -> String {
        // Bytes, not Characters: "\r\n" is one Character, which does not end with "\n".
        let string = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? string : string + "\n\\ No newline at end of file\n"
    }
}
