import CICU
import Synchronization

/// ICU's spoof checker: flags words that mix scripts or hide look-alike characters,
/// such as a Cyrillic "К" inside "Кabul".
public final class SpoofChecker: Sendable {
    private let handle: Mutex<OpaquePointer>

    public init() throws {
        var status: Int32 = 0
        guard let opened = glossa_spoof_open(&status), status <= 0 else {
            throw ICUError(code: status, context: "spoof checker")
        }
        handle = Mutex(opened)
    }

    deinit {
        handle.withLock { glossa_spoof_close($0) }
    }

    /// True when the word mixes scripts or contains invisible or mixed-number characters.
    public func isSuspicious(_ word: String) throws -> Bool {
        let units = Array(word.utf16)
        return try handle.withLock { checker in
            var status: Int32 = 0
            let failed = glossa_spoof_check(checker, units, Int32(units.count), &status)
            try ICUError.check(status, "spoof check")
            return failed != 0
        }
    }
}
