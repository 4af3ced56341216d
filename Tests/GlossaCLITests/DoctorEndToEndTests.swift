import Foundation
import Testing

@Suite final class DoctorEndToEndTests {
    let project: Project

    init() throws {
        project = try Project(glossary: """
            id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
            herat\tplace\t\t\t\t\t\t\tharat
            herat\t\tfr\tpreferred\tHérat\t\t\t\t
            herat\t\ten\tpreferred\tHerat\t\t\t\t
            harat\tplace\t\t\t\t\t\t\t
            harat\t\tfr\tpreferred\tHarat\t\t\t\t
            harat\t\ten\tpreferred\tHarat\t\t\t\t
            kabul\tplace\t\t\t\t\t\t\tjalalabad
            kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
            kabul\t\tfr\tdeprecated\tJalalabad\t\t\t\t
            jalalabad\tplace\t\t\t\t\t\t\t
            jalalabad\t\tfr\tpreferred\tJalalabad\t\t\t\t
            jalalabad\t\ten\tpreferred\tJalalabad\t\t\t\t
            jalalabat\tplace\t\t\t\t\t\t\t
            jalalabat\t\tfr\tpreferred\tJalalabat\t\t\t\t
            jalalabat\t\ten\tpreferred\tJalalabat\t\t\t\t

            """)
    }

    deinit { project.remove() }

    @Test func reportsEachProblemAtItsRow() throws {
        let run = try project.run("doctor", "--format", "json")
        #expect(run.status == 1)
        let findings = try CheckEndToEndTests.findings(run)
        #expect(findings.map { "\($0["line"]!) \($0["rule"]!) \($0["severity"]!) \($0["found"]!)" } == [
            "6 shared-key info Harat",
            "8 missing-language warning kabul",
            "10 deprecated-is-preferred error Jalalabad",
            "12 shared-key info Jalalabad",
            "15 near-duplicate warning Jalalabat",
        ])
        #expect(findings[2]["message"] as? String == "deprecated 'Jalalabad' is the preferred spelling of jalalabad")
    }

    @Test func humanFormatAndFailOn() throws {
        let run = try project.run("doctor", "--fail-on", "error")
        #expect(run.status == 1)
        #expect(run.stdout.contains("glossary/news.tsv:10:1: error deprecated-is-preferred: deprecated 'Jalalabad' is the preferred spelling of jalalabad\n"))
        #expect(run.stdout.hasSuffix("5 findings (1 error, 2 warnings, 2 infos) in 1 file\n"))
    }

    @Test func shippedGlossaryIsHealthy() throws {
        let run = try Glossa.run(["doctor"], in: Glossa.packageRoot,
                                 environment: ["GLOSSA_CACHE_DIR": FileManager.default.temporaryDirectory.appendingPathComponent("glossa-shipped-cache").path])
        #expect(run.status == 0)
        #expect(run.stdout == "no findings in 1 file\n")
    }
}
