import CICU
import Synchronization

/// ICU's spoof checker: flags words that mix scripts or hide look-alike characters,
/// such as a Cyrillic "К" inside "Кabul".
public final class SpoofChecker: Sendable {
    private let handle: Mutex<OpaquePointer>
    /// The ASCII letters by their skeletons ("l" holds "I" and "l"), to read a look-alike back.
    private let lettersBySkeleton: [String: [Character]]

    public init() throws {
        var status: Int32 = 0
        guard let opened = glossa_spoof_open(&status), status <= 0 else {
            throw ICUError(code: status, context: "spoof checker")
        }
        var letters: [String: [Character]] = [:]
        for value in Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z")) {
            let letter = Character(Unicode.Scalar(value))
            do {
                letters[try Self.skeleton(String(letter), checker: opened), default: []].append(letter)
            } catch {
                glossa_spoof_close(opened)
                throw error
            }
        }
        lettersBySkeleton = letters
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

    /// ICU's confusable skeleton: the text with each character replaced by the prototype of its
    /// look-alikes ("Кabul" and "Kabul" have the same one).
    public func skeleton(_ text: String) throws -> String {
        try handle.withLock { try Self.skeleton(text, checker: $0) }
    }

    private static func skeleton(_ text: String, checker: OpaquePointer) throws -> String {
        let units = Array(text.utf16)
        var capacity = max(16, units.count * 2)
        while true {
            var status: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity)
            let length = glossa_spoof_skeleton(checker, units, Int32(units.count), &buffer, Int32(capacity), &status)
            if status == ICUError.bufferOverflow, Int(length) > capacity {
                capacity = Int(length)
                continue
            }
            try ICUError.check(status, "spoof skeleton")
            return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
        }
    }

    /// The word with each letter from beyond the Latin blocks replaced by the ASCII letter of
    /// the same case that looks like it ("Kаbul", with a Cyrillic "а", reads "Kabul"); nil when
    /// the word has no such letter or one has no ASCII look-alike. Where "i" and "l" are both
    /// near enough (a Cyrillic palochka "ӏ", which ICU reads "i"), every reading is given,
    /// ICU's first, at most eight.
    public func latinReadings(of word: String) throws -> [String] {
        var readings = [""], changed = false
        for scalar in word.unicodeScalars {
            guard scalar.value > 0x24F, scalar.properties.isAlphabetic else {
                for index in readings.indices { readings[index].unicodeScalars.append(scalar) }
                continue
            }
            let isUppercase = scalar.properties.isUppercase
            let skeleton = try self.skeleton(String(scalar))
            var lookalikes = lettersBySkeleton[skeleton, default: []].filter { $0.isUppercase == isUppercase }
            if !isUppercase, skeleton == "i" || skeleton == "l" {
                lookalikes += (lettersBySkeleton[skeleton == "i" ? "l" : "i"] ?? []).filter { !$0.isUppercase }
            }
            guard !lookalikes.isEmpty, lookalikes.count * readings.count <= 8 else { return [] }
            readings = readings.flatMap { reading in lookalikes.map { reading + String($0) } }
            changed = true
        }
        return changed ? readings : []
    }
}
