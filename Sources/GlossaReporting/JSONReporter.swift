import GlossaMatching
import GlossaText

/// The `--format json` wire format, one object per run:
///
///     {"findings": [{"file": "draft.txt", "line": 3, "column": 12, "byte_offset": 57, "length": 5,
///                    "found": "Herat", "suggestion": "Hérat", "concept": "herat",
///                    "rule": "variant|inconsistent|wrong-language|misspelling|confusable|missing-target-term",
///                    "severity": "error|warning|info", "message": "...", "confidence": 0.9,
///                    "segment": "unit id (tuid, trans-unit id, XLIFF 2 unit/segment) or pair line (bilingual mode only)",
///                    "at_unit": true (in a TMX or XLIFF file: the position is the unit's line, the segment's in XLIFF 2)}],
///      "files": [{"file": "draft.txt", "language": "fr", "language_detected": true,
///                 "language_undecided": false (true: nothing in the text decided it; checked as fr)}],
///      "input_errors": [{"file": "notes.txt", "line": 4, "message": "invalid UTF-8; …"}],
///      "summary": {"files": 1, "findings": 5, "errors": 1, "warnings": 3, "infos": 1}}
///
/// `input_errors` lists the files that could not be checked (or fixed), as standard error
/// does; it is present only when there are some (the exit status is then 2).
///
/// `line` and `column` are 1-based and `column` counts Unicode scalars; `byte_offset` counts
/// UTF-8 bytes from the start of the file. Absent values are omitted. Keys are sorted.
///
/// Written by hand rather than with `JSONEncoder`: a dense draft yields hundreds of thousands
/// of findings, and the encoder cost more than the check itself (see the issue notes).
public struct JSONReporter: CheckReporter {
    let inputErrors: [FileError]

    public init(inputErrors: [FileError] = []) {
        self.inputErrors = inputErrors
    }

    public func write(files: [CheckedFile], findings: inout some FindingStream, to output: ReportOutput) throws -> FindingTally {
        var json = JSONWriter()
        var tally = FindingTally()
        json.open("{")
        json.key("files")
        json.open("[")
        for file in files {
            json.open("{")
            json.field("file", file.path)
            json.field("language", file.language)
            json.field("language_detected", file.languageDetected)
            json.field("language_undecided", file.languageUndecided)
            json.close("}")
        }
        json.close("]")
        json.key("findings")
        json.open("[")
        while let finding = try findings.next() {
            tally.add(finding)
            json.open("{")
            if finding.isAtUnit { json.field("at_unit", true) }
            json.field("byte_offset", finding.start.utf8Offset)
            json.field("column", finding.start.column)
            json.field("concept", finding.concept)
            json.field("confidence", finding.confidence)
            json.field("file", finding.file)
            json.field("found", finding.found)
            json.field("length", finding.utf8Length)
            json.field("line", finding.start.line)
            json.field("message", finding.message)
            json.field("rule", finding.rule.rawValue)
            json.field("segment", finding.segment)
            json.field("severity", finding.severity.rawValue)
            json.field("suggestion", finding.suggestion)
            json.close("}")
            json.drain(into: output)
        }
        json.close("]")
        if !inputErrors.isEmpty {
            json.key("input_errors")
            json.open("[")
            for error in inputErrors {
                json.open("{")
                json.field("file", error.file)
                if let line = error.line { json.field("line", line) }
                json.field("message", error.message)
                json.close("}")
            }
            json.close("]")
        }
        json.key("summary")
        json.open("{")
        json.field("errors", tally.count(.error))
        json.field("files", files.count)
        json.field("findings", tally.total)
        json.field("infos", tally.count(.info))
        json.field("warnings", tally.count(.warning))
        json.close("}")
        json.close("}")
        json.newline()
        json.drain(into: output, atLeast: 0)
        return tally
    }
}

/// A minimal JSON writer for flat records: strings escaped per RFC 8259, nil fields omitted.
/// It gathers UTF-8 bytes, which the caller drains into a `ReportOutput` as it goes.
struct JSONWriter {
    private var bytes: [UInt8] = []
    private var needsComma = false

    /// Moves what is written so far to `output` once there is at least `atLeast` of it.
    mutating func drain(into output: ReportOutput, atLeast threshold: Int = ReportOutput.blockSize) {
        guard bytes.count >= threshold, !bytes.isEmpty else { return }
        output.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func open(_ bracket: Unicode.Scalar) {
        separate()
        bytes.append(UInt8(ascii: bracket))
        needsComma = false
    }

    mutating func close(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        needsComma = true
    }

    /// Keys are this file's own plain names: nothing in them needs escaping.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        // Byte by byte: an array literal here is an allocation per key, nine keys a finding.
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        appendString(value)
        needsComma = true
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func field(_ name: StaticString, _ value: Double?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8)
        needsComma = true
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Scanned as one buffer: walking `utf8` index by index cost 2 % of a dense report.
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = String(byte, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
    }
}
