import CICU

/// A failed ICU call, carrying ICU's `UErrorCode` and its symbolic name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let context: String

    public var description: String {
        "ICU \(context) failed: \(String(cString: glossa_icu_error_name(code)))"
    }

    static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

    /// ICU warnings are negative and count as success.
    static func check(_ code: Int32, _ context: String) throws {
        if code > 0 { throw ICUError(code: code, context: context) }
    }
}

public enum ICU {
    /// The version of the system ICU that Glossa is linked against, e.g. "72.1".
    public static var version: String { String(cString: glossa_icu_version()) }
}

/// Runs an ICU function of the usual "fill a UTF-16 buffer, return the needed length" shape,
/// retrying once with the exact capacity when the first guess was too small.
func transformUTF16(
    _ input: [UInt16], context: String,
    _ call: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws -> [UInt16] {
    if input.isEmpty { return [] }
    var capacity = input.count + input.count / 2 + 8
    for _ in 0..<2 {
        var output = [UInt16](repeating: 0, count: capacity)
        var status: Int32 = 0
        let needed = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { dest in
                call(source.baseAddress!, Int32(source.count), dest.baseAddress!, Int32(dest.count), &status)
            }
        }
        if status == ICUError.bufferOverflow || Int(needed) > capacity {
            capacity = Int(needed) + 1
            continue
        }
        try ICUError.check(status, context)
        output.removeSubrange(Int(needed)...)
        return output
    }
    throw ICUError(code: ICUError.bufferOverflow, context: context)
}

extension String {
    init(utf16Units: [UInt16]) {
        self = String(decoding: utf16Units, as: UTF16.self)
    }
}
