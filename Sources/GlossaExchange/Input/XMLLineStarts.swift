import Foundation

/// Where lines start in an XML file, counted in the bytes the report's offsets count, as a
/// draft's are: a UTF-8 file's own (a BOM included), the UTF-8 transcoded from UTF-16 (its BOM
/// not counted) or from a single-byte encoding. Lines end at LF, as the XML reader counts them.
public enum XMLLineStarts {
    /// The offset of each of `lines` that the file has; none when it cannot be read.
    public static func offsets(of lines: Set<Int>, in url: URL) -> [Int: Int] {
        guard let last = lines.max(), let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return [:] }
        // The reader has read the file already: its encoding is no longer in doubt.
        if let text = try? XMLInputDecoder.transcodedText(of: data) {
            return text.withUnsafeBytes { offsets(of: lines, upTo: last, in: $0) }
        }
        return data.withUnsafeBytes { offsets(of: lines, upTo: last, in: $0) }
    }

    private static func offsets(of lines: Set<Int>, upTo last: Int, in bytes: UnsafeRawBufferPointer) -> [Int: Int] {
        var starts: [Int: Int] = [:]
        var offset = 0
        for line in stride(from: 1, through: last, by: 1) {
            if lines.contains(line) { starts[line] = offset }
            guard let newline = bytes[offset...].firstIndex(of: 0x0A) else { break }
            offset = newline + 1
        }
        return starts
    }
}
