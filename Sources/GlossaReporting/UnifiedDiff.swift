/// A unified diff of a file before and after `--fix`, as `--diff` prints it. Fixes replace
/// text within lines and do not add or remove lines, so lines pair up one to one; should the
/// counts ever differ, the changed stretch is one hunk, so that nothing goes unshown.
public enum UnifiedDiff {
    public static func render(path: String, before: [UInt8], after: [UInt8], context: Int = 3) -> String {
        let old = lines(before), new = lines(after)
        guard old.count == new.count else { return oneHunk(path: path, old: old, new: new, context: context) }
        let changed = old.indices.filter { old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        var output = header(path)
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

    /// `patch` reads a file name up to the first blank unless a tab ends it, as GNU diff and
    /// git end names that hold a space; a name with a tab, a line break, a quote or a backslash
    /// is quoted with C escapes, as git does, and patch reads it so.
    private static func header(_ path: String) -> String {
        func name(_ side: String) -> String {
            let plain = side + "/" + path
            guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\"" || $0 == "\\" || $0 == "\u{7F}" }) else {
                return plain + (path.contains(" ") ? "\t" : "")
            }
            var quoted = "\""
            for scalar in plain.unicodeScalars {
                switch scalar {
                case "\"": quoted += "\\\""
                case "\\": quoted += "\\\\"
                case "\t": quoted += "\\t"
                case "\n": quoted += "\\n"
                case "\r": quoted += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        quoted += "\\" + String(scalar.value, radix: 8).leftPadded(to: 3)
                    } else {
                        quoted.unicodeScalars.append(scalar)
                    }
                }
            }
            return quoted + "\""
        }
        return "--- \(name("a"))\n+++ \(name("b"))\n"
    }

    private static func oneHunk(path: String, old: [ArraySlice<UInt8>], new: [ArraySlice<UInt8>], context: Int) -> String {
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let first = max(0, prefix - context)
        let oldEnd = min(old.count, old.count - suffix + context), newEnd = min(new.count, new.count - suffix + context)
        func range(_ start: Int, _ end: Int) -> String { "\(end > start ? start + 1 : start),\(end - start)" }
        var output = header(path) + "@@ -\(range(first, oldEnd)) +\(range(first, newEnd)) @@\n"
        for line in old[first..<prefix] { output += " " + text(line) }
        for line in old[prefix..<(old.count - suffix)] { output += "-" + text(line) }
        for line in new[prefix..<(new.count - suffix)] { output += "+" + text(line) }
        for line in old[(old.count - suffix)..<oldEnd] { output += " " + text(line) }
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

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
