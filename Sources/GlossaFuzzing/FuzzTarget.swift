import Foundation
import Synchronization
import GlossaExchange
import GlossaGlossary
import GlossaMatching
import GlossaText

/// What the fuzzers feed arbitrary bytes to. Each target calls the same public entry point a
/// user's file reaches; any error it throws is expected behaviour, a crash is a bug.
///
/// `glossa-fuzz` runs them under libFuzzer, and `FuzzRegressionTests` replays every input
/// kept in `Tests/FuzzRegressions/<target>/`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// TMX and XLIFF, as `glossa check` reads them, and their segments checked (French to
    /// English) against a small built-in glossary.
    case bilingual
    /// TMX and TBX, as `glossa import` reads them.
    case glossaryImport = "glossary-import"
    /// The glossary TSV loader and its validation.
    case glossary
    /// Spreadsheet import (CSV and tab-separated).
    case csv
    /// Tokenizer, elision, text forms and variant keys.
    case text
    /// `check` on arbitrary text, against a small built-in glossary.
    case check
    /// The UTF-8 word breaker against ICU's: any difference on any input is a bug.
    case tokenizer

    public func run(_ data: Data) {
        switch self {
        case .bilingual:
            guard let document = try? BilingualReader.read(data: data, displayName: "fuzz") else { return }
            let segments = document.segments.map {
                AlignedSegment(id: $0.id, source: $0.source, target: $0.target, origin: SourcePosition(utf8Offset: 0, line: $0.line, column: 1),
                               protectedSource: $0.protectedSource, protectedTarget: $0.protectedTarget)
            }
            Scratch.shared.withCheckers { _, bilingual in
                _ = try? bilingual.check(segments, file: "fuzz", targetFile: "fuzz", columns: false)
            }
        case .glossaryImport:
            for suffix in ["tmx", "tbx"] {
                let url = Scratch.shared.file("input.\(suffix)")
                guard (try? data.write(to: url)) != nil else { return }
                _ = try? GlossaryFileReader.read(contentsOf: url, displayName: "fuzz") { _ in }
            }
        case .glossary:
            guard let text = String(data: data, encoding: .utf8) else { return }
            let (file, errors) = GlossaryFile.parse(text, url: Scratch.shared.file("g.tsv"), displayName: "fuzz")
            if errors.isEmpty { _ = try? GlossaryStore.validate([file]) }
            _ = file.render()
        case .csv:
            guard let text = String(data: data, encoding: .utf8) else { return }
            _ = try? CSVGlossaryReader.read(text, delimiter: ",", displayName: "fuzz")
            _ = try? CSVGlossaryReader.read(text, delimiter: "\t", displayName: "fuzz")
        case .text:
            let text = String(decoding: data, as: UTF8.self)
            for locale in ["fr", "en"] {
                _ = try? Tokenizer(locale: locale).tokens(in: text)
            }
            _ = try? VariantKeyBuilder.shared.key(text)
            _ = try? TextForms.folded(text)
            _ = FrenchElision.prefixLength(of: text)
        case .check:
            let text = String(decoding: data, as: UTF8.self)
            Scratch.shared.withCheckers { checker, _ in
                var usages = ConceptUsages()
                guard (try? checker.check(TextChunk(text: text), file: "fuzz", usages: &usages)) != nil else { return }
                _ = try? InconsistencyCheck.findings(usages, terms: checker.terms, language: checker.language)
            }
        case .tokenizer:
            let text = String(decoding: data, as: UTF8.self)
            for locale in ["fr", "en"] {
                let tokenizer = Tokenizer(locale: locale)
                guard let fast = try? tokenizer.tokenize(text), let reference = try? tokenizer.tokenizeWithICUOnly(text) else {
                    continue
                }
                precondition(fast.spans == reference.spans, "the word breaker and ICU disagree on \(text.debugDescription)")
            }
        }
    }
}

/// A temporary folder and a checker on a small glossary, made once per process.
final class Scratch: Sendable {
    static let shared = Scratch()

    let directory: URL
    /// Checkers keep per-run tables, so the test runner's parallel replays take turns.
    private let checkers = Mutex<(DocumentChecker, BilingualChecker)??>(nil)

    private init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-fuzz-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Scratch.shared.directory) }
        try? FileManager.default.createDirectory(at: directory.appendingPathComponent("glossary"), withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func withCheckers(_ body: (DocumentChecker, BilingualChecker) -> Void) {
        checkers.withLock { slot in
            if slot == nil { slot = .some(makeCheckers()) }
            if case let made?? = slot { body(made.0, made.1) }
        }
    }

    private func makeCheckers() -> (DocumentChecker, BilingualChecker)? {
        let glossary = """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            herat\tplace\t\t\t\t\t\t\t
            herat\t\tfr\tpreferred\tHérat\t\t\t\t
            herat\t\tfr\tdeprecated\tHerat\t\t\t\t
            herat\t\ten\tpreferred\tHerat\t\t\t\t
            mazar\tplace\t\t\t\t\t\t\t
            mazar\t\tfr\tpreferred\tMazar-i-Sharif\t\t\t\t
            mazar\t\ten\tpreferred\tMazar-i-Sharif\t\t\t\t
            taliban\tgroup\t\t\t\t\t\t\t
            taliban\t\tfr\tpreferred\ttaliban\ttalibans\t\t\t
            taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t
            onu\torganization\t\t\t\t\t\t\t
            onu\t\tfr\tpreferred\tONU\t\t\t\t
            onu\t\ten\tpreferred\tUN\t\t\t\t
            interior\torganization\t\t\t\t\t\t\t
            interior\t\tfr\tpreferred\tministère de l'Intérieur\t\t\t\t
            interior\t\ten\tpreferred\tInterior Ministry\t\t\t\t
            baradar\tperson\t\t\t\t\t\t\t
            baradar\t\tfr\tpreferred\tAbdul Ghani Baradar\t\t\t\t
            baradar\t\tfr\tadmitted\tmollah Baradar\t\t\t\t
            baradar\t\ten\tadmitted\tMullah Baradar\t\t\t\t
            kabul\tplace\t\t\t\t\t\t\t
            kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
            kabul\t\ten\tpreferred\tKabul\t\t\t\t

            """
        let glossaryDirectory = directory.appendingPathComponent("glossary")
        guard (try? Data(glossary.utf8).write(to: glossaryDirectory.appendingPathComponent("g.tsv"))) != nil,
              let index = try? GlossaryIndex.open(GlossaryStore(directory: glossaryDirectory),
                                                  cacheDirectory: directory.appendingPathComponent("cache")),
              let terms = try? TermIndex(index: index)
        else { return nil }
        let words = WordList(words: ["la", "le", "les", "the"])
        guard let checker = try? DocumentChecker(terms: terms, language: .french, dictionary: words),
              let bilingual = try? BilingualChecker(terms: terms, source: .french, target: .english,
                                                    sourceDictionary: words, targetDictionary: words)
        else { return nil }
        return (checker, bilingual)
    }
}
