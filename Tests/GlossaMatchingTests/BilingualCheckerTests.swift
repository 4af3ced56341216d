import Foundation
import Testing
@testable import GlossaGlossary
@testable import GlossaMatching
@testable import GlossaText

@Suite final class BilingualCheckerTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-bilingual-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func checker() throws -> BilingualChecker {
        let terms = try TermIndexFixture.terms("""
            herat\tplace\t\t\t\t\t\t\t
            herat\t\tfr\tpreferred\tHérat\t\t\t\t
            herat\t\tfr\tdeprecated\tHerat\t\t\t\t
            herat\t\ten\tpreferred\tHerat\t\t\t\t
            kabul\tplace\t\t\t\t\t\t\t
            kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
            kabul\t\ten\tpreferred\tKabul\t\t\t\t

            """, in: directory)
        return try BilingualChecker(terms: terms, source: .english, target: .french,
                                    sourceDictionary: WordList(words: ["the", "in"]), targetDictionary: WordList(words: ["la", "à"]))
    }

    /// The UTF-8 range of the first `part` of `text`.
    private static func range(of part: String, in text: String) -> Range<Int> {
        let found = text.range(of: part)!
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + part.utf8.count)
    }

    /// Text marked not to translate names nothing on either side: no translation is asked of
    /// it, none is found in it, and its spellings are not checked. The rest keeps its places.
    @Test func protectedTextIsNotMatched() throws {
        let source = "The Kabul Bank branch in Herat, near Kabul."
        let target = "L'agence de la Kabul Bank à Herat, près de Kaboul."
        let segment = AlignedSegment(
            id: "u1", source: source, target: target, origin: SourcePosition(utf8Offset: 40, line: 3, column: 1),
            protectedSource: [Self.range(of: "Kabul Bank", in: source)],
            protectedTarget: [Self.range(of: "Kabul Bank", in: target), Self.range(of: "Kaboul", in: target)])
        let findings = try checker().check([segment], file: "t.xlf", targetFile: "t.xlf", columns: false)
        #expect(findings.map { "\($0.rule.rawValue) \($0.found) @\($0.unitOffset!)" } == [
            "missing-target-term Kabul @\(Self.range(of: "Kabul.", in: source).lowerBound)",
            "variant Herat @\(Self.range(of: "Herat", in: target).lowerBound)",
        ])
        #expect(findings.map(\.excerpt) == [Excerpt(text: source, column: 38), Excerpt(text: target, column: 29)])
        #expect(findings.allSatisfy { $0.start == segment.origin })
        // Unmarked, the bank's name is a name of the city, in the wrong language in the target.
        let unmarked = AlignedSegment(id: "u1", source: source, target: target, origin: segment.origin)
        let all = try checker().check([unmarked], file: "t.xlf", targetFile: "t.xlf", columns: false)
        #expect(all.map { "\($0.rule.rawValue) \($0.found)" }.contains("wrong-language Kabul"))
    }
}
