import CICU

/// A segment found by ICU's break iterator, in UTF-16 offsets of the text it was given.
struct BreakSegment {
    enum Kind { case word, number, other }
    let range: Range<Int>
    let kind: Kind
}

/// ICU word and sentence segmentation over a UTF-16 copy of the text.
enum BreakIterator {
    enum Unit: Int32 { case word = 0, sentence = 1 }

    /// Calls `body` with each segment in order, without collecting them.
    static func forEachSegment(_ utf16: [UInt16], unit: Unit, locale: String, _ body: (BreakSegment) throws -> Void) throws {
        guard !utf16.isEmpty else { return }
        try utf16.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            guard let iterator = glossa_break_open(unit.rawValue, locale, buffer.baseAddress, Int32(buffer.count), &status),
                  status <= 0
            else { throw ICUError(code: status, context: "break iterator") }
            defer { glossa_break_close(iterator) }
            var start = 0
            var ruleStatus: Int32 = 0
            while true {
                let boundary = Int(glossa_break_next(iterator, &ruleStatus))
                if boundary < 0 { break }
                try body(BreakSegment(range: start..<boundary, kind: kind(ruleStatus)))
                start = boundary
            }
        }
    }

    /// ICU rule statuses: 0–99 none, 100–199 number, 200–499 letters, kana and ideographs.
    private static func kind(_ ruleStatus: Int32) -> BreakSegment.Kind {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<500: return .word
        default: return .other
        }
    }
}
