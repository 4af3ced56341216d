import Foundation
import GlossaExchange
import GlossaGlossary
import GlossaMatching
import GlossaText

/// The bilingual half of `glossa check`: reads TMX, XLIFF or a pair of plain files into
/// aligned segments and hands them to `BilingualChecker`.
struct BilingualSession {
    static let extensions: Set<String> = ["tmx", "xlf", "xliff"]

    let terms: TermIndex
    let from: LanguageCode?
    let to: LanguageCode?
    let wordlist: String?
    private(set) var findings: [Finding] = []
    private(set) var checkedFiles: [CheckedFile] = []

    init(terms: TermIndex, from: LanguageCode?, to: LanguageCode?, wordlist: String?) throws {
        self.terms = terms
        self.from = from
        self.to = to
        self.wordlist = wordlist
    }

    static func isBilingualFile(_ url: URL) -> Bool {
        extensions.contains(url.pathExtension.lowercased())
    }

    mutating func checkBilingualFile(_ url: URL, displayName: String) throws {
        let document = try BilingualReader.read(contentsOf: url, displayName: displayName,
                                                sourceLanguage: from?.rawValue, targetLanguage: to?.rawValue)
        guard let source = LanguageCode(document.sourceLanguage), let target = LanguageCode(document.targetLanguage) else {
            throw DocumentReader.ReadError(file: displayName, line: nil,
                                           message: "the file names no usable language pair; pass --from and --to")
        }
        if document.skippedUnits > 0 {
            // A unit without both languages of the pair (or marked not to translate) is no
            // translation to check; a reviewer should still hear that it was left out.
            let count = document.skippedUnits
            Terminal.standardError.write("glossa: note: \(displayName): \(count) unit\(count == 1 ? "" : "s") without both \(source.rawValue) and \(target.rawValue) text, or not to translate, \(count == 1 ? "was" : "were") not checked\n")
        }
        let segments = document.segments.map {
            AlignedSegment(id: $0.id, source: $0.source, target: $0.target,
                           origin: SourcePosition(utf8Offset: 0, line: $0.line, column: 1))
        }
        try check(segments, file: displayName, source: source, target: target, columns: false)
    }

    /// Two plain files, one segment a line, paired line by line.
    mutating func checkPlainPair(source: String, target: String) throws {
        let sourceData = try TextFile.read(URL(fileURLWithPath: source), displayName: source)
        let sourceText = try TextFile.decodeUTF8(sourceData, displayName: source)
        let sourceLines = TextFile.lines(sourceText)
        let targetLines = TextFile.lines(try TextFile.readUTF8(URL(fileURLWithPath: target), displayName: target))
        guard sourceLines.count == targetLines.count else {
            throw DocumentReader.ReadError(file: target, line: nil,
                                           message: "\(targetLines.count) line\(targetLines.count == 1 ? "" : "s"), but \(source) has \(sourceLines.count); the files must be aligned line by line")
        }
        // Offsets into the file: the BOM the reader dropped still counts, as in a monolingual check.
        let bom = sourceData.starts(with: TextFile.byteOrderMark) ? TextFile.byteOrderMark.count : 0
        let starts = Self.lineStartOffsets(sourceText).map { $0 + bom }
        let segments = zip(sourceLines, targetLines).enumerated().map { index, pair in
            AlignedSegment(id: String(index + 1), source: pair.0, target: pair.1,
                           origin: SourcePosition(utf8Offset: starts[index], line: index + 1, column: 1))
        }
        try check(segments, file: source, source: from ?? .french, target: to ?? .english, columns: true)
    }

    private mutating func check(_ segments: [AlignedSegment], file: String, source: LanguageCode, target: LanguageCode,
                                columns: Bool) throws {
        let checker = BilingualChecker(terms: terms, source: source, target: target,
                                       sourceDictionary: try dictionary(source), targetDictionary: try dictionary(target))
        findings += try checker.check(segments, file: file, columns: columns)
        checkedFiles.append(CheckedFile(path: file, language: "\(source)→\(target)", languageDetected: from == nil))
    }

    /// Byte offset of the start of each line (LF, CR LF or CR), as `TextFile.lines` splits them.
    static func lineStartOffsets(_ text: String) -> [Int] {
        var starts = [0]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            if bytes[index] == 0x0A || bytes[index] == 0x0D { starts.append(index + 1) }
            index += 1
        }
        return starts
    }

    private func dictionary(_ language: LanguageCode) throws -> WordList {
        try WordList.load(wordlist, language: language.primary)
    }
}
