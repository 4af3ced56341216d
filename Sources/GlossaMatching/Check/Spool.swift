import Foundation

/// A record that can be parked in a `Spool`.
protocol Spoolable {
    func write(to record: inout SpoolRecordWriter)
    init(reading record: inout SpoolRecordReader) throws
}

/// Records parked in an unlinked temporary file, so that a check keeps a bounded number of
/// findings in memory however many a text yields: a dense draft yields hundreds of thousands.
/// Records are appended in runs; a run is read back in the order it was written.
final class Spool<Record: Spoolable> {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var flushed = 0
    private var scratch = SpoolRecordWriter()

    /// Where the next record goes; a run is a range of these offsets.
    var end: Int { flushed + pending.count }

    init() throws {
        descriptor = try UnlinkedTemporaryFile.create("glossa-spool")
    }

    deinit { close(descriptor) }

    func append(_ record: Record) throws {
        scratch.bytes.removeAll(keepingCapacity: true)
        record.write(to: &scratch)
        SpoolRecordWriter.appendNumber(scratch.bytes.count, to: &pending)
        pending += scratch.bytes
        if pending.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        try pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(flushed + offset))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw Failure(description: "cannot write the temporary file of findings: \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
        flushed += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// The records of `run`, read in blocks.
    func records(in run: Range<Int>) throws -> Reader {
        if run.upperBound > flushed { try flush() }
        return Reader(descriptor: descriptor, remaining: run)
    }

    struct Reader {
        private let descriptor: Int32
        private var remaining: Range<Int>
        private var buffer: [UInt8] = []
        private var position = 0

        fileprivate init(descriptor: Int32, remaining: Range<Int>) {
            self.descriptor = descriptor
            self.remaining = remaining
        }

        mutating func next() throws -> Record? {
            guard position < buffer.count || !remaining.isEmpty else { return nil }
            // The length prefix takes at most 10 bytes; then the record itself.
            try fill(atLeast: 10)
            var prefix = SpoolRecordReader(bytes: buffer, position: position)
            let length = try prefix.number()
            position = prefix.position
            try fill(atLeast: length)
            var reader = SpoolRecordReader(bytes: buffer, position: position)
            let record = try Record(reading: &reader)
            position += length
            return record
        }

        private mutating func fill(atLeast count: Int) throws {
            guard buffer.count - position < count, !remaining.isEmpty else { return }
            buffer.removeSubrange(0..<position)
            position = 0
            let wanted = min(remaining.count, max(count - buffer.count, 1 << 18))
            let start = buffer.count
            buffer += repeatElement(0, count: wanted)
            var done = 0
            while done < wanted {
                let read = buffer.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + start + done, wanted - done, off_t(remaining.lowerBound + done))
                }
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { throw Failure(description: "cannot read back the temporary file of findings: \(read < 0 ? String(cString: strerror(errno)) : "it is shorter than written")") }
                done += read
            }
            remaining = remaining.lowerBound + wanted..<remaining.upperBound
        }
    }
}

/// Numbers as LEB128 varints, strings as a length and their UTF-8 bytes.
struct SpoolRecordWriter {
    fileprivate(set) var bytes: [UInt8] = []

    mutating func number(_ value: Int) { Self.appendNumber(value, to: &bytes) }

    mutating func string(_ value: String) {
        number(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return number(0) }
        number(1)
        string(value)
    }

    fileprivate static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

struct SpoolRecordReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    fileprivate(set) var position: Int

    fileprivate init(bytes: [UInt8], position: Int) {
        self.bytes = bytes
        self.position = position
    }

    mutating func number() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        throw Malformed()
    }

    mutating func string() throws -> String {
        let count = try number()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try number() == 0 ? nil : try string()
    }
}
