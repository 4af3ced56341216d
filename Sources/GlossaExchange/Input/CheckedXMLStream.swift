import Foundation

/// The input stream XMLParser reads: UTF-8 from an `XMLByteSource`, in chunks of `chunkSize`
/// bytes, each checked by `UTF8Validator` and `MarkupGuard` before the parser gets it and then
/// handed to `onChunk` (the tag-start locator). A UTF-8 sequence cut by the end of a chunk is
/// held back and checked with the next one.
///
/// A failed check stops the stream: `read` returns -1 and `failure` holds the check's error,
/// with its line, which the reader reports instead of the parser's. Memory is the chunk buffer,
/// whatever the size of the file.
final class CheckedXMLStream: InputStream {
    static let defaultChunkSize = 65_536

    /// The check that stopped the stream, or a read error.
    private(set) var failure: ReadFailure?
    /// Whether anything but XML white space went through; a file of only white space is empty.
    private(set) var sawContent = false
    /// Gets every checked chunk, in order, before the parser does.
    var onChunk: ((UnsafeRawBufferPointer) -> Void)?

    private let source: XMLByteSource
    private let chunkSize: Int
    private var validator = UTF8Validator()
    private var markupGuard = MarkupGuard()
    private var buffer: [UInt8]
    /// Checked bytes of `buffer` not yet read; after them, the held-back bytes up to `filled`.
    private var ready = 0..<0
    private var filled = 0
    private var ended = false

    /// `chunkSize` is at least 4, the longest UTF-8 sequence; tests use small ones.
    init(source: XMLByteSource, chunkSize: Int = CheckedXMLStream.defaultChunkSize) {
        self.source = source
        self.chunkSize = max(4, chunkSize)
        buffer = [UInt8](repeating: 0, count: self.chunkSize)
        super.init(data: Data())
    }

    override func open() {}

    override func close() {}

    override var hasBytesAvailable: Bool { failure == nil && (!ready.isEmpty || !ended) }

    override var streamError: Error? { failure }

    override func read(_ destination: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        while ready.isEmpty, !ended, failure == nil { fill() }
        if failure != nil { return -1 }
        let count = min(maxLength, ready.count)
        buffer[ready.lowerBound..<ready.lowerBound + count].withUnsafeBufferPointer {
            destination.update(from: $0.baseAddress!, count: count)
        }
        ready = ready.lowerBound + count..<ready.upperBound
        return count
    }

    /// Reads and checks the next chunk into `ready`.
    private func fill() {
        // Held-back bytes move to the front; the chunk's new bytes follow them.
        let held = ready.upperBound..<filled
        if !held.isEmpty, held.lowerBound > 0 {
            for index in held.indices { buffer[index - held.lowerBound] = buffer[index] }
        }
        filled = held.count
        do {
            let got = try buffer.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            filled += got
            ended = got == 0
        } catch {
            failure = ReadFailure(line: nil, "cannot read the file (\(error.localizedDescription))")
            return
        }
        let firstLine = validator.line
        buffer.withUnsafeBytes { raw in
            let bytes = UnsafeRawBufferPointer(rebasing: raw[..<filled])
            switch validator.check(bytes, isFinal: ended) {
            case .problem(let problem):
                failure = ReadFailure(line: problem.line, problem.message)
            case .valid(let count):
                let checked = UnsafeRawBufferPointer(rebasing: bytes[..<count])
                do {
                    try markupGuard.check(checked, firstLine: firstLine, isFinal: ended)
                } catch {
                    failure = error as? ReadFailure ?? ReadFailure(line: nil, "\(error)")
                    return
                }
                if !sawContent {
                    sawContent = checked.contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
                }
                onChunk?(checked)
                ready = 0..<count
            }
        }
    }
}
