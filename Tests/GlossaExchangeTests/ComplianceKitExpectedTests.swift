import Foundation
import GlossaExchange
import Testing

private let kit = URL(fileURLWithPath: "/work/shared/interop/tmx_compliance_kit")

/// The LISA kit's expected outputs: for ImportTest1A–1I, the source and target texts a TMX
/// reader must produce, whitespace included. Skipped when the kit is absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: kit.appendingPathComponent("expected_txt").path)))
struct ComplianceKitExpectedTests {
    static let cases: [(name: String, target: String)] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: kit.appendingPathComponent("expected_txt").path)) ?? []
        return names.filter { $0.contains("_") }.sorted().map { name in
            let stem = String(name.dropLast(4))
            let parts = stem.split(separator: "_")
            return (String(parts[0]), String(parts[1]))
        }
    }()

    /// Expected files hold one segment a line, in UTF-8 or (with a BOM) UTF-16.
    private static func lines(_ file: String) throws -> [String] {
        let data = try Data(contentsOf: kit.appendingPathComponent("expected_txt/\(file)"))
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        var text = utf16 ? String(data: data, encoding: .utf16) ?? "" : String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test(arguments: cases.map { "\($0.name) \($0.target)" })
    func matchesTheKitsExpectedText(_ row: String) throws {
        let parts = row.split(separator: " ").map(String.init)
        let document = try BilingualReader.read(contentsOf: kit.appendingPathComponent("\(parts[0]).tmx"),
                                                displayName: parts[0], targetLanguage: parts[1])
        #expect(document.segments.map(\.source) == (try Self.lines("\(parts[0]).txt")))
        #expect(document.segments.map(\.target) == (try Self.lines("\(parts[0])_\(parts[1]).txt")))
    }
}
