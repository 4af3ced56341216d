import Foundation
import GlossaGlossary
import GlossaText

/// One `glossa check` run over many documents: detects each one's language, checks it in
/// chunks, and runs the inconsistency check per document or, in corpus mode, at the end.
public final class CheckSession {
    public private(set) var checkedFiles: [CheckedFile] = []
    /// The documents that were read whole, in order, for `--fix`.
    public private(set) var sources: [InputSource] = []

    public let terms: TermIndex
    private let fixedLanguage: LanguageCode?
    private let wordlist: String?
    private let encoding: String.Encoding
    private let corpus: Bool
    private var checkers: [LanguageCode: DocumentChecker] = [:]
    private var findings: [Finding] = []
    private var corpusUsages: [LanguageCode: ConceptUsages] = [:]

    public init(terms: TermIndex, language: LanguageCode?, wordlist: String?, encoding: String.Encoding, corpus: Bool) throws {
        self.terms = terms
        fixedLanguage = language
        self.wordlist = wordlist
        self.encoding = encoding
        self.corpus = corpus
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
            let pipe = Pipe()
            try pipe.fileHandleForWriting.write(contentsOf: data)
            try pipe.fileHandleForWriting.close()
            handle = pipe.fileHandleForReading
        }
        defer { try? handle.close() }

        var reader = DocumentReader(handle: handle, displayName: source.displayName, isMarkdown: source.isMarkdown, encoding: encoding)
        var fileFindings: [Finding] = []
        var usages = ConceptUsages()
        var language = fixedLanguage
        var checker: DocumentChecker?
        while let chunk = try reader.next() {
            if checker == nil {
                let detected = language ?? Self.detectLanguage(chunk.text)
                language = detected
                checker = try self.checker(for: detected)
            }
            fileFindings += try checker!.check(chunk, file: source.displayName, usages: &usages)
        }
        let checkedLanguage = language ?? .french
        if corpus {
            corpusUsages[checkedLanguage, default: ConceptUsages()].append(usages)
        } else {
            fileFindings += try InconsistencyCheck.findings(usages, terms: terms, language: checkedLanguage)
        }
        findings += fileFindings
        checkedFiles.append(CheckedFile(path: source.displayName, language: checkedLanguage.rawValue,
                                        languageDetected: fixedLanguage == nil))
        sources.append(source)
    }

    /// Every finding, in no set order: reports sort them (see `Finding.inReportOrder`).
    public func finish() throws -> [Finding] {
        for (language, usages) in corpusUsages.sorted(by: { $0.key < $1.key }) {
            findings += try InconsistencyCheck.findings(usages, terms: terms, language: language)
        }
        corpusUsages = [:]
        return findings
    }

    static func detectLanguage(_ text: String) -> LanguageCode {
        let sample = String(text.prefix(20_000))
        let tokens = (try? Tokenizer(locale: "fr").tokens(in: sample)) ?? []
        return LanguageGuess.language(of: tokens).flatMap(LanguageCode.init) ?? .french
    }

    private func checker(for language: LanguageCode) throws -> DocumentChecker {
        if let checker = checkers[language] { return checker }
        var dictionary = WordList.empty
        if let path = wordlist ?? WordList.system(for: language.primary)?.path {
            do { dictionary = try WordList(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw DocumentReader.ReadError(file: path, line: nil, message: "cannot read the word list: \(error.localizedDescription)")
            }
        }
        let checker = try DocumentChecker(terms: terms, language: language, dictionary: dictionary)
        checkers[language] = checker
        return checker
    }
}
