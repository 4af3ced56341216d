import Foundation

/// Arrays of fixed-width integers laid end to end in one blob, behind a table of their byte
/// lengths: the scan tables are stored this way so that loading them is a few copies, with no
/// parsing and no per-row objects.
///
/// Layout (little-endian): magic `UInt32`, section count `UInt32`, one `UInt64` byte length
/// per section, then the sections, each starting at a multiple of 8 bytes.
struct PackedBlobWriter {
    private let magic: UInt32
    private var sections: [[UInt8]] = []

    init(magic: UInt32) {
        self.magic = magic
    }

    mutating func append<T: FixedWidthInteger>(_ values: [T]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * MemoryLayout<T>.size)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        sections.append(bytes)
    }

    mutating func append(_ column: StringColumn) {
        append(column.offsets)
        append(column.bytes)
    }

    mutating func append(_ column: OptionalStringColumn) {
        append(column.present)
        append(column.strings)
    }

    var data: Data { Data(bytes) }

    var bytes: [UInt8] {
        var data: [UInt8] = []
        Self.append(magic, to: &data)
        Self.append(UInt32(sections.count), to: &data)
        for section in sections { Self.append(UInt64(section.count), to: &data) }
        for section in sections {
            data.append(contentsOf: Array(repeating: 0, count: Self.padding(data.count)))
            data.append(contentsOf: section)
        }
        return data
    }

    static func padding(_ offset: Int) -> Int { (8 - offset % 8) % 8 }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}

/// Where a packed blob is read from: memory, or a blob in SQLite read in pieces.
protocol PackedBlobSource {
    var count: Int { get }
    /// Copies `range` of the blob to `destination`; the range lies within `0..<count`.
    func copy(_ range: Range<Int>, to destination: UnsafeMutableRawPointer) throws
}

/// Reads back what `PackedBlobWriter` wrote, section by section, each straight into the array
/// it becomes; every length is checked against the blob, so a damaged blob is a
/// `PackedBlobError`, never a read out of bounds.
struct PackedBlobReader {
    private let source: any PackedBlobSource
    private let lengths: [Int]
    private var section = 0
    private var offset: Int

    init(_ source: any PackedBlobSource, magic: UInt32) throws {
        self.source = source
        let header: [UInt32] = try Self.read(source, 0..<8)
        guard header.count == 2, header[0] == magic else { throw PackedBlobError("unexpected header") }
        let count = Int(header[1])
        guard count <= (source.count - 8) / 8 else { throw PackedBlobError("truncated section table") }
        let lengths: [UInt64] = try Self.read(source, 8..<8 + 8 * count)
        var end = 8 + 8 * count
        for length in lengths {
            guard length <= UInt64(source.count) else { throw PackedBlobError("truncated section") }
            end += PackedBlobWriter.padding(end) + Int(length)
            guard end <= source.count else { throw PackedBlobError("truncated section") }
        }
        self.lengths = lengths.map { Int($0) }
        offset = 8 + 8 * count
    }

    mutating func next<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
        guard section < lengths.count else { throw PackedBlobError("missing section") }
        let length = lengths[section]
        guard length % MemoryLayout<T>.size == 0 else { throw PackedBlobError("misaligned section") }
        offset += PackedBlobWriter.padding(offset)
        let range = offset..<offset + length
        section += 1
        offset += length
        return try Self.read(source, range)
    }

    mutating func nextStringColumn() throws -> StringColumn {
        try StringColumn(offsets: next(), bytes: next())
    }

    mutating func nextOptionalStringColumn() throws -> OptionalStringColumn {
        try OptionalStringColumn(present: next(), strings: nextStringColumn())
    }

    /// Throws unless every section has been read: a blob with more is not the expected layout.
    func finish() throws {
        guard section == lengths.count else { throw PackedBlobError("unexpected sections") }
    }

    /// `range` must lie within the source and hold whole values.
    private static func read<T: FixedWidthInteger>(_ source: any PackedBlobSource, _ range: Range<Int>) throws -> [T] {
        guard range.upperBound <= source.count else { throw PackedBlobError("truncated blob") }
        let count = range.count / MemoryLayout<T>.size
        return try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { try source.copy(range, to: UnsafeMutableRawPointer(buffer.baseAddress!)) }
            #if _endian(big)
            for index in 0..<count { buffer[index] = T(littleEndian: buffer[index]) }
            #endif
            initialized = count
        }
    }
}

/// A packed blob already in memory.
struct PackedBytes: PackedBlobSource {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    func copy(_ range: Range<Int>, to destination: UnsafeMutableRawPointer) throws {
        bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + range.lowerBound, byteCount: range.count) }
    }
}

struct PackedBlobError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension PackedBlobError {
    static func unless(_ condition: Bool, _ description: @autoclosure () -> String) throws {
        if !condition { throw PackedBlobError(description()) }
    }
}

/// Many strings as UTF-8 in one byte array; string `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
struct StringColumn: Sendable {
    let offsets: [UInt32]
    let bytes: [UInt8]

    /// Checks that every string lies inside `bytes`.
    init(offsets: [UInt32], bytes: [UInt8]) throws {
        try PackedBlobError.unless(offsets.first == 0 && offsets.last.map(Int.init) == bytes.count, "string column bounds")
        var previous: UInt32 = 0
        for offset in offsets {
            try PackedBlobError.unless(offset >= previous, "string column order")
            previous = offset
        }
        self.offsets = offsets
        self.bytes = bytes
    }

    init<S: Sequence<String>>(_ strings: S) {
        var offsets: [UInt32] = [0]
        var bytes: [UInt8] = []
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            offsets.append(UInt32(bytes.count))
        }
        self.offsets = offsets
        self.bytes = bytes
    }

    var count: Int { offsets.count - 1 }

    subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = Int(offsets[index])..<Int(offsets[index + 1])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

/// A `StringColumn` whose strings may be absent (a term without a note).
struct OptionalStringColumn: Sendable {
    let present: [UInt8]
    let strings: StringColumn

    init(present: [UInt8], strings: StringColumn) throws {
        try PackedBlobError.unless(present.count == strings.count, "optional string column count")
        self.present = present
        self.strings = strings
    }

    init(_ strings: [String?]) {
        present = strings.map { $0 == nil ? 0 : 1 }
        self.strings = StringColumn(strings.map { $0 ?? "" })
    }

    var count: Int { present.count }

    subscript(index: Int) -> String? {
        present[index] == 0 ? nil : strings[index]
    }
}
