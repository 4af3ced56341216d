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
    /// The pair asked for. One language given is half of it: the other is the other language.
    let from: LanguageCode?
    let to: LanguageCode?
    let wordlist: String?
    /// Of the plain files of a pair, as of drafts (`--encoding`).
    let encoding: String.Encoding
    private let detector = LanguageDetector()
    private(set) var findings: [Finding] = []
    private(set) var checkedFiles: [CheckedFile] = []

    init(terms: TermIndex, from: LanguageCode?, to: LanguageCode?, wordlist: String?, encoding: String.Encoding) throws {
        self.terms = terms
        self.from = from ?? to?.otherWorkingLanguage
        self.to = to ?? from?.otherWorkingLanguage
        self.wordlist = wordlist
        self.encoding = encoding
    }

    static func isBilingualFile(_ url: URL) -> Bool {
        extensions.contains(url.pathExtension.lowercased())
    }

    mutating func checkBilingualFile(_ url: URL, displayName: String) throws {
        func read(_ from: LanguageCode?, _ to: LanguageCode?) throws -> BilingualDocument {
            try BilingualReader.read(contentsOf: url, displayName: displayName, sourceLanguage: from?.rawValue, targetLanguage: to?.rawValue)
        }
        var document = try read(from, to)
        if from == nil, document.format == .tmx, Self.workingPair(of: document) == nil {
            // A multilingual memory ("*all*", or French, English and German): French against
            // English, from the file's source language when it is one of them.
            let source = LanguageCode(document.sourceLanguage).flatMap { language in
                LanguageCode.workingPair.first { $0.primary == language.primary }
            } ?? .french
            document = try read(source, source.otherWorkingLanguage)
        }
        if document.segments.isEmpty, document.skippedUnits == 0 {
            // No unit at all: nothing to check, whatever the languages.
            checkedFiles.append(CheckedFile(path: displayName, language: "\(from ?? .french)→\(to ?? .english)", languageDetected: from == nil))
            return
        }
        guard !document.sourceLanguage.isEmpty, !document.targetLanguage.isEmpty else {
            throw DocumentReader.ReadError(file: displayName, line: nil,
                                           message: "the file names no usable language pair; pass --from and --to")
        }
        guard let (source, target) = Self.workingPair(of: document) else {
            throw DocumentReader.ReadError(file: displayName, line: nil,
                                           message: "the file is \(document.sourceLanguage)→\(document.targetLanguage); glossa checks French against English, either way")
        }
        if let declared = Self.overriddenPair(of: document) {
            Terminal.standardError.write("glossa: note: \(displayName) declares \(declared); checked \(source)→\(target), as --from/--to say\n")
        }
        // A check that read nothing must not pass as clean: a gate on the exit status would let it through.
        if document.segments.isEmpty, document.skippedUnits > 0 {
            throw DocumentReader.ReadError(file: displayName, line: nil,
                                           message: "no unit has both \(source.rawValue) and \(target.rawValue) text to check (or all are marked not to translate), so nothing was checked")
        }
        noteReversedText(of: document, file: displayName, source: source, target: target)
        if document.skippedUnits > 0 {
            // A unit without both languages of the pair (or marked not to translate) is no
            // translation to check; a reviewer should still hear that it was left out.
            let count = document.skippedUnits
            Terminal.standardError.write("glossa: note: \(displayName): \(count) unit\(count == 1 ? "" : "s") without both \(source.rawValue) and \(target.rawValue) text, or not to translate, \(count == 1 ? "was" : "were") not checked\n")
        }
        let lineStarts = XMLLineStarts.offsets(of: Set(document.segments.map(\.line)), in: url)
        let segments = document.segments.map {
            AlignedSegment(id: $0.id, source: $0.source, target: $0.target,
                           origin: SourcePosition(utf8Offset: lineStarts[$0.line] ?? 0, line: $0.line, column: 1),
                           protectedSource: $0.protectedSource, protectedTarget: $0.protectedTarget)
        }
        try check(segments, file: displayName, targetFile: displayName, source: source, target: target, columns: false)
    }

    /// The document's languages, when they are French and English, either way round.
    private static func workingPair(of document: BilingualDocument) -> (LanguageCode, LanguageCode)? {
        guard let source = LanguageCode(document.sourceLanguage), let target = LanguageCode(document.targetLanguage),
              source.otherWorkingLanguage?.primary == target.primary
        else { return nil }
        return (source, target)
    }

    /// What an XLIFF file declares where `--from`/`--to` replaced it: tools declare wrong
    /// languages (translate-toolkit's `en-US` over French sources), so the options win, but the
    /// user hears what the file said.
    private static func overriddenPair(of document: BilingualDocument) -> String? {
        switch (document.overriddenSourceLanguage, document.overriddenTargetLanguage) {
        case (let source?, let target?): "\(source)→\(target)"
        case (let source?, nil): "the source language \(source)"
        case (nil, let target?): "the target language \(target)"
        case (nil, nil): nil
        }
    }

    /// Two plain files, one segment a line, paired line by line.
    mutating func checkPlainPair(source: String, target: String) throws {
        let (sourceText, sourceStart) = try read(source)
        let (targetText, targetStart) = try read(target)
        // Blank lines at the end pair with nothing: an editor's extra line break is no segment.
        let sourceLines = Self.droppingTrailingBlankLines(TextFile.lines(sourceText))
        let targetLines = Self.droppingTrailingBlankLines(TextFile.lines(targetText))
        guard sourceLines.count == targetLines.count else {
            throw DocumentReader.ReadError(file: target, line: nil,
                                           message: "\(targetLines.count) line\(targetLines.count == 1 ? "" : "s"), but \(source) has \(sourceLines.count); the files must be aligned line by line")
        }
        // Offsets into the file: the BOM the reader dropped still counts, as in a monolingual check.
        let sourceStarts = Self.lineStartOffsets(sourceText).map { $0 + sourceStart }
        let targetStarts = Self.lineStartOffsets(targetText).map { $0 + targetStart }
        let segments = zip(sourceLines, targetLines).enumerated().map { index, pair in
            AlignedSegment(id: String(index + 1), source: pair.0, target: pair.1,
                           origin: SourcePosition(utf8Offset: sourceStarts[index], line: index + 1, column: 1),
                           targetOrigin: SourcePosition(utf8Offset: targetStarts[index], line: index + 1, column: 1))
        }
        if let from, let to {
            // The pair given is used as given; a side that plainly reads as the other language
            // gets a note, since nearly every finding would then be wrong.
            for (file, text, given, option) in [(source, sourceText, from, "--from"), (target, targetText, to, "--to")] {
                guard let read = detector.decidedLanguage(of: text), read.primary != given.primary else { continue }
                Terminal.standardError.write("glossa: note: \(file) reads as \(read.name), but \(option) says \(given.name)\n")
            }
            try check(segments, file: source, targetFile: target, source: from, target: to, columns: true)
            return
        }
        // Each side by its own text; a side that does not decide is the other language.
        switch (detector.decidedLanguage(of: sourceText), detector.decidedLanguage(of: targetText)) {
        case (let from?, let to?) where from == to:
            throw DocumentReader.ReadError(file: target, line: nil,
                                           message: "both \(source) and \(target) read as \(from.name); pass --from and --to")
        case (let from?, let to?):
            try check(segments, file: source, targetFile: target, source: from, target: to, columns: true)
        case (let from?, nil):
            try check(segments, file: source, targetFile: target, source: from, target: from.otherWorkingLanguage!, columns: true)
        case (nil, let to?):
            try check(segments, file: source, targetFile: target, source: to.otherWorkingLanguage!, target: to, columns: true)
        case (nil, nil):
            throw DocumentReader.ReadError(file: target, line: nil,
                                           message: "the language of neither \(source) nor \(target) can be told from its text; pass --from and --to")
        }
    }

    /// A file whose labels swap its languages (`srcLang="en"` over French sources and English
    /// targets) would be checked backwards, nearly every finding wrong. It is checked as
    /// declared, since a text can mislead, but the user hears how to turn it round.
    private func noteReversedText(of document: BilingualDocument, file: String, source: LanguageCode, target: LanguageCode) {
        guard detector.decidedLanguage(ofSegments: document.segments.lazy.map(\.source))?.primary == target.primary,
              detector.decidedLanguage(ofSegments: document.segments.lazy.map(\.target))?.primary == source.primary
        else { return }
        Terminal.standardError.write("glossa: note: \(file) is checked \(source)→\(target), but its source text reads as \(target.name) and its target text as \(source.name); to check it the other way, pass --from \(target.primary) --to \(source.primary)\n")
    }

    /// A whole plain file read as a draft is, in `encoding` (UTF-16 named as such, invalid
    /// bytes an error with their line), and where its text starts (after a BOM).
    private func read(_ path: String) throws -> (text: String, start: Int) {
        let handle: FileHandle
        do { handle = try TextFile.handle(reading: URL(fileURLWithPath: path)) } catch {
            throw DocumentReader.ReadError(file: path, line: nil, message: "cannot read: \(TextFile.describe(error))")
        }
        defer { try? handle.close() }
        var reader = DocumentReader(handle: handle, displayName: path, isMarkdown: false, encoding: encoding)
        var text = ""
        var start: Int?
        while let chunk = try reader.next() {
            if start == nil { start = chunk.origin.utf8Offset }
            text += chunk.text
        }
        return (text, start ?? 0)
    }

    private static func droppingTrailingBlankLines(_ lines: [String]) -> [String] {
        var lines = lines
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines
    }

    private mutating func check(_ segments: [AlignedSegment], file: String, targetFile: String, source: LanguageCode,
                                target: LanguageCode, columns: Bool) throws {
        let checker = try BilingualChecker(terms: terms, source: source, target: target,
                                           sourceDictionary: try dictionary(source), targetDictionary: try dictionary(target))
        findings += try checker.check(segments, file: file, targetFile: targetFile, columns: columns)
        // Both files of a pair are read, and findings name either: a report lists both.
        for path in file == targetFile ? [file] : [file, targetFile] {
            checkedFiles.append(CheckedFile(path: path, language: "\(source)→\(target)", languageDetected: from == nil))
        }
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
        try WordList.load(wordlist, language: language.primary, cacheFolder: terms.index.cacheDirectory)
    }
}
