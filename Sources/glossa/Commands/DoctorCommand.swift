import ArgumentParser
import GlossaGlossary
import GlossaMatching
import GlossaReporting

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the glossary itself for look-alikes, contradictions and gaps.",
        discussion: """
            Rules: shared-key (concepts declared distinct that share a variant key), \
            deprecated-is-preferred (a deprecated spelling that another concept prefers), \
            missing-language (no preferred fr or en term), near-duplicate (two concepts with \
            nearly the same preferred spelling). Findings point at the glossary's rows.

            Exit status: 0 when no finding reaches --fail-on, 1 when some do, 2 when the \
            glossary does not load (its errors are printed).
            """
    )

    @Option(help: "Output format: text, json or sarif.")
    var format: CheckCommand.Format = .text

    @Option(help: ArgumentHelp("The lowest severity that makes the exit status 1: error, warning or info.", valueName: "level"))
    var failOn: Severity = .warning

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let store = try glossaryOptions.store()
        let (loaded, forms) = try store.load()
        let findings = GlossaryDoctor(loaded: loaded, forms: forms).findings()
        let files = try store.fileURLs().map { CheckedFile(path: store.displayName($0), language: "glossary", languageDetected: false) }
        let reporter: CheckReporter = switch format {
        case .text: HumanReporter(paint: Terminal.standardOutput.paint)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(toolVersion: Glossa.version, rules: Rule.doctorRules)
        }
        var stream = FindingList(findings)
        let output = Terminal.standardOutput.reportOutput()
        let tally = try reporter.write(files: files, findings: &stream, to: output)
        output.flush()
        if tally.reaches(failOn) { throw ExitCode(1) }
    }
}
