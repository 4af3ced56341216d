import ArgumentParser
import Foundation
import GlossaExchange
import GlossaGlossary
import GlossaMatching
import GlossaReporting
import GlossaText

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report names that depart from the house spelling, with positions and fixes.",
        discussion: """
            Reads files, folders (recursively: .txt, .text, .md and .markdown files) or - for \
            standard input. In Markdown, code spans and fenced or indented code blocks are skipped. Rules: \
            variant, inconsistent, wrong-language, misspelling, confusable \
            (see the README for each).

            Bilingual mode: a .tmx, .xlf or .xliff file, or two sentence-aligned plain files \
            given as --source A --target B (one segment a line), is checked for \
            missing-target-term: a glossary concept named in a source segment that its target \
            segment does not name; the target's spellings are checked too (variants, wrong \
            language, misspellings; not inconsistency). The \
            pair is French and English, either way: from --from and --to (one of them gives the \
            other), else from the file, else from the text of each side.

            A line containing "glossa-ignore" is not reported; the file .glossa-ignore beside \
            the glossary/ folder lists concept ids or spellings never to report.

            Exit status: 0 when no finding reaches --fail-on, 1 when some do, 2 on a usage or \
            input error (the other files are still checked).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The language of the text: fr or en. Default: detected per file.", valueName: "lang"))
    var lang: String?

    @Flag(help: "Report inconsistent spellings across all the files together, not file by file.")
    var corpus = false

    @Option(help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The lowest severity that makes the exit status 1: error, warning or info.", valueName: "level"))
    var failOn: Severity = .warning

    @Flag(help: "Apply the suggestions of variant, inconsistent and wrong-language findings in place.")
    var fix = false

    @Flag(help: "With --fix or --diff, also apply misspelling suggestions.")
    var fixMisspellings = false

    @Flag(help: "Print the fixes as a unified diff instead of applying them.")
    var diff = false

    @Option(help: ArgumentHelp("The encoding of the input files: utf-8 (default), latin1, windows-1252, utf-16 (byte order from the BOM, else guessed), utf-16le, utf-16be.", valueName: "name"))
    var encoding: String = "utf-8"

    @Option(help: ArgumentHelp("A word list (one word a line) of ordinary words; default: the system list of the language.", valueName: "file"))
    var wordlist: String?

    @Option(help: ArgumentHelp("A list of concept ids or spellings to ignore; default: .glossa-ignore beside glossary/.", valueName: "file"))
    var ignoreFile: String?

    @Option(help: ArgumentHelp("Bilingual mode: the source side, one segment a line (goes with --target).", valueName: "file"))
    var source: String?

    @Option(help: ArgumentHelp("Bilingual mode: the target side, one segment a line (goes with --source).", valueName: "file"))
    var target: String?

    @Option(help: ArgumentHelp("Bilingual mode: the source language (default: the other one of --to, else from the file or the text).", valueName: "lang"))
    var from: String?

    @Option(help: ArgumentHelp("Bilingual mode: the target language (default: the other one of --from, else from the file or the text).", valueName: "lang"))
    var to: String?

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard (source == nil) == (target == nil) else { throw ValidationError("--source and --target go together") }
        if source == "-" || target == "-" { throw ValidationError("--source and --target name files; standard input cannot be one side of a pair") }
        guard !paths.isEmpty || source != nil else {
            throw ValidationError("give at least one file, folder, or - for standard input")
        }
        let pair = (try workingLanguage(from), try workingLanguage(to))
        if let from = pair.0, let to = pair.1, from == to {
            throw ValidationError("--from and --to are both \(from); a translation goes from French to English or the reverse")
        }
        _ = try workingLanguage(lang)
        guard Self.encodings[encoding.lowercased()] != nil else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf-8, latin1, windows-1252, utf-16, utf-16le or utf-16be")
        }
        if fixMisspellings && !fix && !diff { throw ValidationError("--fix-misspellings goes with --fix or --diff") }
        if fix && diff { throw ValidationError("--fix writes the changes and --diff only shows them; choose one") }
        if diff && format != .text { throw ValidationError("--diff prints a unified diff, not a report; drop --format") }
        if (fix || diff) && encoding.lowercased() != "utf-8" { throw ValidationError("--fix and --diff need UTF-8 input") }
    }

    static let encodings: [String: String.Encoding] = [
        "utf-8": .utf8, "utf8": .utf8, "latin1": .isoLatin1, "iso-8859-1": .isoLatin1,
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "utf-16": .utf16,
        "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
    ]

    func run() throws {
        let store = try glossaryOptions.store()
        let index = try glossaryOptions.index()
        let session = try makeSession(TermIndex(index: index))
        KeptUntilExit.keep(session)
        KeptUntilExit.keep(session.terms)
        let ignore = try ignoreRules(store: store)
        // Each is on standard error as it happens, and in the JSON or SARIF report at the end.
        var inputErrors: [FileError] = []
        func report(_ error: Error) {
            Terminal.standardError.write("glossa: error: \(error)\n")
            inputErrors.append(error as? FileError ?? FileError(file: "-", line: nil, message: "\(error)"))
        }
        var bilingual = try BilingualSession(terms: session.terms, from: try workingLanguage(from), to: try workingLanguage(to),
                                             wordlist: wordlist, encoding: Self.encodings[encoding.lowercased()]!)
        if let source, let target {
            do { try bilingual.checkPlainPair(source: source, target: target) } catch { report(error) }
        }
        // The files of a pair are checked as a pair, never also as drafts (nor fixed): a folder
        // given beside --source and --target may hold them.
        let pairFiles = Set([source, target].compactMap { $0 }.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })
        for input in InputWalker.inputs(paths) {
            if case .success(.file(let url, _)) = input, pairFiles.contains(url.resolvingSymlinksInPath().path) { continue }
            if case .success(.file(let url, let name)) = input, BilingualSession.isBilingualFile(url) {
                do { try bilingual.checkBilingualFile(url, displayName: name) } catch { report(error) }
                continue
            }
            switch input {
            case .failure(let error):
                report(error)
            case .success(let source):
                do { try session.check(source) } catch {
                    report(error)
                    // `--fix - < draft > fixed` is a filter: text it cannot check still goes through.
                    if fix, case .standardInput(let data) = source { data.withUnsafeBytes { Terminal.standardOutput.write($0) } }
                }
            }
        }
        try session.add(bilingual.findings)
        let files = session.checkedFiles + bilingual.checkedFiles
        var findings = FilteredFindings(try session.finish()) { !ignore.ignores($0) }
        // Nothing could be read: the errors say so, and "no findings in 0 files" would read as
        // a clean bill. JSON and SARIF still get their (empty) document.
        if files.isEmpty, !inputErrors.isEmpty, format == .text { throw ExitCode(2) }
        let tally: FindingTally
        if (fix || diff), !bilingual.checkedFiles.isEmpty {
            // The target text of a translation memory is the translator's to change, in the CAT tool.
            Terminal.standardError.write("glossa: note: bilingual files are checked, never fixed: \(bilingual.checkedFiles.map(\.path).joined(separator: ", "))\n")
        }
        if fix || diff {
            // A fix in the wrong language would rewrite correct names into the other one.
            let undecided = session.checkedFiles.filter(\.languageUndecided).map(\.path)
            for path in undecided {
                Terminal.standardError.write("glossa: note: \(path): not fixed: nothing in the text tells French from English; give --lang\n")
            }
            let writer = FixWriter(includeMisspellings: fixMisspellings, asDiff: diff, leftAlone: Set(undecided))
            let outcome = try writer.run(&findings, sources: session.sources)
            inputErrors += outcome.failures
            if diff {
                tally = outcome.tally
            } else {
                // What --fix changed is no longer a finding. The documents are checked again as
                // they now are, so that what is left is reported where it now stands.
                let again = try makeSession(session.terms)
                KeptUntilExit.keep(again)
                for source in outcome.sources { try again.check(source) }
                try again.add(bilingual.findings)
                var left = FilteredFindings(try again.finish()) { !ignore.ignores($0) }
                // Fixed standard input goes to standard output: the report must not follow it there.
                tally = try write(files: again.checkedFiles + bilingual.checkedFiles, findings: &left, inputErrors: inputErrors,
                                  to: session.sources.contains(where: \.isStandardInput) ? .standardError : .standardOutput)
            }
        } else {
            tally = try write(files: files, findings: &findings, inputErrors: inputErrors, to: .standardOutput)
        }
        if !inputErrors.isEmpty { throw ExitCode(2) }
        if tally.reaches(failOn) { throw ExitCode(1) }
    }

    private func makeSession(_ terms: TermIndex) throws -> CheckSession {
        try CheckSession(terms: terms, language: try workingLanguage(lang), wordlist: wordlist,
                         encoding: Self.encodings[encoding.lowercased()]!, corpus: corpus, makesExcerpts: format == .text)
    }

    /// `inputErrors` are already on standard error; JSON and SARIF carry them too.
    private func write(files: [CheckedFile], findings: inout some FindingStream, inputErrors: [FileError],
                       to terminal: Terminal) throws -> FindingTally {
        let output = terminal.reportOutput()
        defer { output.flush() }
        let reporter: CheckReporter = switch format {
        case .text: HumanReporter(paint: terminal.paint, unreadFiles: Set(inputErrors.map(\.file)).count)
        case .json: JSONReporter(inputErrors: inputErrors)
        case .sarif: SARIFReporter(toolVersion: Glossa.version, inputErrors: inputErrors)
        }
        return try reporter.write(files: files, findings: &findings, to: output)
    }

    private func ignoreRules(store: GlossaryStore) throws -> IgnoreRules {
        if let ignoreFile {
            return try IgnoreRules(contentsOf: URL(fileURLWithPath: ignoreFile), displayName: ignoreFile)
        }
        let beside = store.directory.deletingLastPathComponent().appendingPathComponent(IgnoreRules.fileName)
        guard FileManager.default.fileExists(atPath: beside.path) else { return IgnoreRules() }
        return try IgnoreRules(contentsOf: beside)
    }
}

extension Severity: ExpressibleByArgument {}
