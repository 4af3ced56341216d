import CICU
import Synchronization

/// A compiled ICU transliterator built from custom rules.
///
/// Compiling costs tens of milliseconds, so build one per rule set and reuse it.
/// ICU transliterators are not safe to share between threads, hence the lock.
public final class Transliterator: Sendable {
    public struct RuleError: Error, CustomStringConvertible {
        public let line: Int32
        public let offset: Int32
        public let icu: ICUError
        public var description: String { "transliterator rules, line \(line), offset \(offset): \(icu)" }
    }

    private let handle: Mutex<OpaquePointer>

    /// One of ICU's own transforms, such as "Any-Latin".
    public convenience init(systemID: String) throws {
        try self.init(id: systemID, rules: "")
    }

    /// Custom rules; `id` only names them.
    public init(id: String, rules: String) throws {
        let idUnits = Array(id.utf16)
        let ruleUnits = Array(rules.utf16)
        var line: Int32 = 0
        var offset: Int32 = 0
        var status: Int32 = 0
        let opened = ruleUnits.withUnsafeBufferPointer { rulePointer in
            glossa_translit_open(idUnits, Int32(idUnits.count), rulePointer.baseAddress, Int32(ruleUnits.count),
                                 &line, &offset, &status)
        }
        guard status <= 0, let opened else {
            throw RuleError(line: line, offset: offset, icu: ICUError(code: status, context: "transliterator"))
        }
        handle = Mutex(opened)
    }

    deinit {
        handle.withLock { glossa_translit_close($0) }
    }

    public func transform(_ text: String) throws -> String {
        var units = Array(text.utf16)
        let originalCount = units.count
        var capacity = originalCount * 2 + 16
        return try handle.withLock { translit in
            for _ in 0..<3 {
                var buffer = units + [UInt16](repeating: 0, count: capacity - originalCount)
                var status: Int32 = 0
                let length = glossa_translit_apply(translit, &buffer, Int32(originalCount), Int32(capacity), &status)
                if status == ICUError.bufferOverflow {
                    capacity *= 4
                    continue
                }
                try ICUError.check(status, "transliteration")
                units = Array(buffer[0..<Int(length)])
                return String(utf16Units: units)
            }
            throw ICUError(code: ICUError.bufferOverflow, context: "transliteration")
        }
    }
}

/// A transliterator opened on its first use. Opening any transliterator first loads ICU's
/// registry of transforms, about 150 million instructions, and most checks of Latin text never
/// need one: their keys are built without ICU (`ASCIIKeyRules`).
public final class DeferredTransliterator: Sendable {
    private let id: String
    private let rules: String
    private let opened = Mutex<Result<Transliterator, any Error>?>(nil)

    /// One of ICU's own transforms, such as "Any-Latin".
    public convenience init(systemID: String) {
        self.init(id: systemID, rules: "")
    }

    /// Custom rules; `id` only names them. Rules that do not compile fail at the first use.
    public init(id: String, rules: String) {
        self.id = id
        self.rules = rules
    }

    public func transform(_ text: String) throws -> String {
        let transliterator = try opened.withLock { opened in
            if opened == nil { opened = Result { try Transliterator(id: id, rules: rules) } }
            return try opened!.get()
        }
        return try transliterator.transform(text)
    }
}
