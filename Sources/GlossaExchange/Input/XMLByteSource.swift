import Foundation

/// Where the XML reader's bytes come from, a chunk at a time: an open file, or bytes in memory
/// (a caller's `Data`, or a whole file transcoded from UTF-16 or Latin-1). Bytes put back with
/// `prepend` are read first (the decoder's look at the head of the file, possibly rewritten).
final class XMLByteSource {
    private let file: FileHandle?
    private let data: Data
    private var dataOffset = 0
    private var head: [UInt8] = []
    private var headOffset = 0

    /// Opens `url` and reads its first bytes, so that a file that cannot be read (missing, a
    /// folder, no permission) fails here; throws the error `Data(contentsOf:)` gives for it, the
    /// wording callers have always reported.
    init(contentsOf url: URL) throws {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            file = handle
            data = Data()
            head = Array(try handle.read(upToCount: 4096) ?? Data())
        } catch {
            _ = try Data(contentsOf: url, options: .mappedIfSafe)
            throw error
        }
    }

    init(data: Data) {
        file = nil
        self.data = data
    }

    deinit {
        try? file?.close()
    }

    func prepend(_ bytes: [UInt8]) {
        head = bytes + head[headOffset...]
        headOffset = 0
    }

    /// Fills the start of `buffer`; returns the count read, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !buffer.isEmpty else { return 0 }
        if headOffset < head.count {
            let count = min(buffer.count, head.count - headOffset)
            head[headOffset..<headOffset + count].withUnsafeBytes { buffer.copyMemory(from: $0) }
            headOffset += count
            if headOffset == head.count {
                head = []
                headOffset = 0
            }
            return count
        }
        if let file {
            guard let chunk = try file.read(upToCount: buffer.count), !chunk.isEmpty else { return 0 }
            chunk.withUnsafeBytes { buffer.copyMemory(from: $0) }
            return chunk.count
        }
        let count = min(buffer.count, data.count - dataOffset)
        guard count > 0 else { return 0 }
        let start = data.startIndex + dataOffset
        data[start..<start + count].withUnsafeBytes { buffer.copyMemory(from: $0) }
        dataOffset += count
        return count
    }

    /// Up to `count` bytes, fewer only at the end.
    func read(upTo count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try bytes.withUnsafeMutableBytes { try read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// Everything left, for the encodings transcoded whole.
    func readAll() throws -> Data {
        var all = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if got == 0 { return all }
            all.append(contentsOf: chunk[..<got])
        }
    }
}
