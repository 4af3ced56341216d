import Foundation
import GlossaGlossary
import GlossaText

/// One `glossa check` run over many documents: detects each one's language, checks it in
/// chunks, and runs the inconsistency check per document or, in corpus mode, at the end.
///
/// Findings go to a spool on disk as they are made, sorted chunk by chunk, and are merged
/// into report order at the end (`finish`): memory does not grow with their number.
public final class CheckSession {
    public private(set) var checkedFiles: [CheckedFile] = []
    /// The documents that were read whole, in order, for `--fix`.
    public private(set) var sources: [InputSource] = []

    public let terms: TermIndex
    private let fixedLanguage: LanguageCode?
    private let wordlist: String?
    private let encoding: String.Encoding
    private let corpus: Bool
    private let makesExcerpts: Bool
    private var checkers: [LanguageCode: DocumentChecker] = [:]
    private let detector = LanguageDetector()
    private let findings: Spool<Finding>
    private var runs: [SpooledFindings.Run] = []
    /// Names not in house spelling, in document order, for the inconsistency check.
    private let places: Spool<ConceptUsages.Place>
    private var corpusUsages: [LanguageCode: ConceptUsages] = [:]
    private var corpusPlaces: [(file: String, language: LanguageCode, run: Range<Int>)] = []

    /// `makesExcerpts`: whether findings carry the line around them, which only a report for
    /// people prints (see `DocumentChecker.makesExcerpts`).
    public init(terms: TermIndex, language: LanguageCode?, wordlist: String?, encoding: String.Encoding, corpus: Bool,
                makesExcerpts: Bool = true) throws {
        self.terms = terms
        self.makesExcerpts = makesExcerpts
        fixedLanguage = language
        self.wordlist = wordlist
        self.encoding = encoding
        self.corpus = corpus
        findings = try Spool()
        places = try Spool()
    }

    public func check(_ source: InputSource) throws {
        let handle: FileHandle
        switch source {
        case .file(let url, let name):
            guard let opened = FileHandle(forReadingAtPath: url.path) else {
                throw DocumentReader.ReadError(file: name, line: nil, message: "cannot open: \(String(cString: strerror(errno)))")
            }
            handle = opened
        case .standardInput(let data):
            handle = try Self.handle(reading: data)
        }
        defer { try? handle.close() }

        let file = source.displayName
        var reader = DocumentReader(handle: handle, displayName: file, isMarkdown: source.isMarkdown, encoding: encoding)
        var usages = ConceptUsages()
        var language = fixedLanguage
        var isUndecided = false
        var checker: DocumentChecker?
        let findingsStart = findings.end, placesStart = places.end
        // A file that fails half-way reports nothing: its runs are only kept at the end.
        while let chunk = try reader.next() {
            if checker == nil {
                if language == nil {
                    let detected = try detectedLanguage(of: chunk, file: file)
                    language = detected ?? .french
                    isUndecided = detected == nil
                }
                checker = try self.checker(for: language!)
            }
            // Chunks follow one another, so sorting each one sorts the document.
            for finding in Finding.inReportOrder(try checker!.check(chunk, file: file, usages: &usages)) {
                try findings.append(finding)
            }
            for place in usages.takePlaces().sorted(by: { $0.finding.precedesInFile($1.finding) }) {
                try places.append(place)
            }
        }
        let checkedLanguage = language ?? .french
        runs.append(SpooledFindings.Run(file: file, range: findingsStart..<findings.end))
        if corpus {
            corpusUsages[checkedLanguage, default: ConceptUsages()].append(usages)
            corpusPlaces.append((file, checkedLanguage, placesStart..<places.end))
        } else {
            try spoolInconsistencies(InconsistencyCheck(usages, terms: terms, language: checkedLanguage),
                                     file: file, places: placesStart..<places.end)
        }
        checkedFiles.append(CheckedFile(path: file, language: checkedLanguage.rawValue,
                                        languageDetected: fixedLanguage == nil, languageUndecided: isUndecided))
        sources.append(source)
    }

    /// The language the words of the text decide, else the one whose spellings its names are
    /// in: a headline such as "Kabul, Herat, Kandahar" has no word of either language, but departs
    /// from French house spelling twice and from English not at all. Nil when neither decides.
    private func detectedLanguage(of chunk: TextChunk, file: String) throws -> LanguageCode? {
        // Markdown code and HTML comments are no prose of the document, and have no vote.
        if let decided = detector.decidedLanguage(of: chunk.prose) { return decided }
        let departures = try [LanguageCode.french, .english].map { language in
            var usages = ConceptUsages()
            return try checker(for: language).check(chunk, file: file, usages: &usages).count { $0.severity >= .warning }
        }
        if departures[0] == departures[1] { return nil }
        return departures[0] < departures[1] ? .french : .english
    }

    /// Findings made elsewhere (bilingual mode), reported with the rest.
    public func add(_ extra: [Finding]) throws {
        for (file, group) in Dictionary(grouping: extra, by: \.file).sorted(by: { $0.key < $1.key }) {
            let start = findings.end
            for finding in Finding.inReportOrder(group) { try findings.append(finding) }
            runs.append(SpooledFindings.Run(file: file, range: start..<findings.end))
        }
    }

    /// Every finding, in report order. Call once, after the last `check`.
    public func finish() throws -> some FindingStream {
        for (language, usages) in corpusUsages {
            let check = try InconsistencyCheck(usages, terms: terms, language: language)
            for document in corpusPlaces where document.language == language {
                try spoolInconsistencies(check, file: document.file, places: document.run)
            }
        }
        corpusUsages = [:]
        try findings.flush()
        return SpooledFindings(spool: findings, runs: runs)
    }

    private func spoolInconsistencies(_ check: InconsistencyCheck, file: String, places run: Range<Int>) throws {
        let start = findings.end
        var reader = try places.records(in: run)
        while let place = try reader.next() {
            if let finding = try check.finding(at: place) { try findings.append(finding) }
        }
        runs.append(SpooledFindings.Run(file: file, range: start..<findings.end))
    }

    /// Standard input, already read whole (`--fix` needs its bytes), as a file to read in
    /// chunks: an unlinked temporary file. A pipe written before anyone reads it blocks for
    /// good once it holds 64 KB, and a larger draft on standard input hung the check.
    private static func handle(reading data: Data) throws -> FileHandle {
        let handle = FileHandle(fileDescriptor: try UnlinkedTemporaryFile.create("glossa-stdin"), closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.seek(toOffset: 0)
        } catch {
            throw DocumentReader.ReadError(file: "<stdin>", line: nil, message: "cannot keep standard input: \(error.localizedDescription)")
        }
        return handle
    }

    private func checker(for language: LanguageCode) throws -> DocumentChecker {
        if let checker = checkers[language] { return checker }
        let dictionary = try WordList.load(wordlist, language: language.primary, cacheFolder: terms.index.cacheDirectory)
        let checker = try DocumentChecker(terms: terms, language: language, dictionary: dictionary)
        checker.makesExcerpts = makesExcerpts
        checkers[language] = checker
        return checker
    }
}
