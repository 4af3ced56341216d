import Foundation
import GlossaGlossary
import GlossaText

/// What a project has decided not to hear about.
///
/// - A list file (by default `.glossa-ignore` beside the `glossary/` folder): one concept id
///   or one spelling per line, matched in any case; `#` starts a comment.
/// - An inline marker: a line containing `glossa-ignore`, in any case (in a Markdown comment,
///   `<!-- glossa-ignore -->`, or anywhere in plain text) is not reported. Writers put such
///   markers in capitals as often as not (`GLOSSA-IGNORE`, as `TODO`).
public struct IgnoreRules: Sendable {
    public static let marker = "glossa-ignore"
    public static let fileName = ".glossa-ignore"

    /// Concept ids and spellings alike, in `Self.key` form: a spelling matches in any case and
    /// with either apostrophe ("Herat" silences "HERAT" in a dateline).
    private var conceptsOrSpellings: Set<String> = []

    private static func key(_ text: some StringProtocol) -> String { Typography.plain(text.lowercased()) }

    public init() {}

    /// A BOM (as Windows editors write) is skipped; invalid UTF-8 is an error naming its line.
    public init(contentsOf url: URL, displayName: String? = nil) throws {
        let text = try TextFile.decodeUTF8(try TextFile.read(url, displayName: displayName ?? TextFile.displayName(url)),
                                           displayName: displayName ?? TextFile.displayName(url))
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            if !entry.isEmpty { conceptsOrSpellings.insert(Self.key(entry)) }
        }
    }

    /// Byte offsets, within `bytes`, where the inline marker occurs, in any ASCII case. Every
    /// byte of every text passes here: the search jumps from hyphen to hyphen with `memchr`,
    /// then compares the marker around each, where Foundation's `contains` cost more than the
    /// whole check.
    static func markerOffsets(in bytes: [UInt8]) -> [Int] {
        let marker = Array(marker.utf8)
        guard let hyphen = marker.firstIndex(of: 0x2D), bytes.count >= marker.count else { return [] }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var offsets: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var from = hyphen
            while from < buffer.count, let found = memchr(base + from, 0x2D, buffer.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                from = at + 1
                let start = at - hyphen
                guard start >= 0, start + marker.count <= buffer.count,
                      marker.indices.allSatisfy({ lowered(buffer[start + $0]) == marker[$0] }) else { continue }
                offsets.append(start)
            }
        }
        return offsets
    }

    /// The ignore list; inline markers are applied where the text is read (`DocumentChecker`).
    public func ignores(_ finding: Finding) -> Bool {
        guard !conceptsOrSpellings.isEmpty else { return false }
        if let concept = finding.concept, conceptsOrSpellings.contains(Self.key(concept)) { return true }
        if conceptsOrSpellings.contains(Self.key(finding.found)) { return true }
        // A finding that took in the article before the name ("le Kabul airport", see
        // `FrenchArticles`) is about the name.
        let utf8 = finding.found.utf8
        guard let space = utf8.firstIndex(of: 0x20), FrenchArticles.isArticle(ArraySlice(utf8[..<space])) else { return false }
        return conceptsOrSpellings.contains(Self.key(finding.found[finding.found.index(after: space)...]))
    }
}
