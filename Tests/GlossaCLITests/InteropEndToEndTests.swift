import Foundation
import Testing

/// Real CAT tools read what `glossa export` writes: OmegaT 3.6 in console mode and
/// translate-toolkit. Each test is skipped when its tool is not installed (CI installs them).
@Suite struct InteropEndToEndTests {
    static let omegat = executableOnPath("omegat")
    static let tbx2po = executableOnPath("tbx2po")
    /// translate-toolkit's own interpreter, from the first line of one of its scripts: the
    /// `python3` first on PATH (pyenv, a venv) may not have the `translate` module.
    static let toolkitPython: URL? = executableOnPath("po2tmx").flatMap { script in
        guard let text = try? String(contentsOf: script, encoding: .utf8),
              let shebang = text.split(separator: "\n").first, shebang.hasPrefix("#!/") else { return nil }
        return URL(fileURLWithPath: String(shebang.dropFirst(2)).trimmingCharacters(in: .whitespaces))
    }

    /// Mazar has a deprecated French spelling: it must not become a TMX segment.
    static let glossary = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        kabul\tplace\t\t\t\t\tCapital of Afghanistan.\t\t
        kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
        kabul\t\ten\tpreferred\tKabul\t\t\t\t
        mazar\tplace\t\t\t\t\t\t\t
        mazar\t\tfr\tpreferred\tMazar-e-Charif\t\t\t\t
        mazar\t\tfr\tdeprecated\tMazar-e Sharif\t\t\t\t
        mazar\t\ten\tpreferred\tMazar-i-Sharif\t\t\t\t
        nato\torganization\t\t\t\t\t\t\t
        nato\t\tfr\tpreferred\tOtan\t\t\t\t
        nato\t\ten\tpreferred\tNATO\t\t\t\t
        taliban\tgroup\t\t\t\t\t\t\t
        taliban\t\tfr\tpreferred\ttaliban\ttalibans\t\t\t
        taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t

        """

    @Test(.enabled(if: omegat != nil))
    func omegatTranslatesWithTheExportedTMX() throws {
        let project = try Project(glossary: Self.glossary)
        defer { project.remove() }
        let omegatProject = try makeOmegaTProject(in: project)
        // One paragraph per segment; a segment equal to a French preferred term matches its unit exactly.
        try project.write("omegat-project/source/names.txt",
                          "Kaboul\n\nMazar-e-Charif\n\nOtan\n\ntaliban\n\nMazar-e Sharif\n\nLes talibans ont pris Kaboul.\n")
        // OmegaT loads only a lowercase .tmx from tm/auto/.
        let export = try project.run("export", "--format", "tmx", "--source", "fr", "-o", "omegat-project/tm/auto/glossa.tmx")
        #expect(export.status == 0, "\(export.stderr)")

        let run = try runOmegaT(omegatProject, config: project.root.appendingPathComponent("omegat-config"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // OmegaT logs on stderr.
        #expect(run.stderr.contains("Reading TMX file \(omegatProject.standardizedFileURL.path)/tm/auto/glossa.tmx"))
        #expect(run.stderr.contains("Reading of TMX file complete"))
        #expect(!run.stderr.contains("Failed to load translation memory"))
        // The deprecated spelling and the sentence have no unit, so OmegaT copies the source.
        #expect(try project.read("omegat-project/target/names.txt")
                == "Kabul\n\nMazar-i-Sharif\n\nNATO\n\nTaliban\n\nMazar-e Sharif\n\nLes talibans ont pris Kaboul.\n")
    }

    @Test(.enabled(if: omegat != nil))
    func omegatGlossaryReaderLoadsTheExportedTSV() throws {
        let project = try Project(glossary: Self.glossary)
        defer { project.remove() }
        let omegatProject = try makeOmegaTProject(in: project)
        try project.write("omegat-project/source/names.txt", "Kaboul\n")
        let export = try project.run("export", "--format", "tsv", "--source", "fr", "-o", "omegat-project/glossary/glossa.txt")
        #expect(export.status == 0, "\(export.stderr)")
        // Console mode never opens the glossary pane: a script run at project load asks
        // OmegaT's own TSV reader what it reads.
        try project.write("dump.groovy", """
            import org.omegat.gui.glossary.GlossaryReaderTSV
            if (eventType.toString() == "LOAD") {
              def file = new File(project.getProjectProperties().getGlossaryRoot(), "glossa.txt")
              GlossaryReaderTSV.read(file, false).each { e ->
                println "GLOSSARY|" + e.getSrcText() + "|" + e.getLocText() + "|" + e.getCommentText()
              }
            }

            """)

        let run = try runOmegaT(omegatProject, config: project.root.appendingPathComponent("omegat-config"),
                                script: project.root.appendingPathComponent("dump.groovy"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let entries = run.stdout.split(separator: "\n").filter { $0.hasPrefix("GLOSSARY|") }
        #expect(entries == [
            "GLOSSARY|Kaboul|Kabul|Capital of Afghanistan.",
            "GLOSSARY|Mazar-e-Charif|Mazar-i-Sharif|",
            "GLOSSARY|Mazar-e Sharif|Mazar-i-Sharif|deprecated fr spelling; house spelling: Mazar-e-Charif",
            "GLOSSARY|Otan|NATO|",
            "GLOSSARY|taliban|Taliban|",
        ])
    }

    @Test(.enabled(if: toolkitPython != nil), arguments: [
        ("fr", ["Kaboul=Kabul", "Mazar-e-Charif=Mazar-i-Sharif", "Otan=NATO", "taliban=Taliban"]),
        ("en", ["Kabul=Kaboul", "Mazar-i-Sharif=Mazar-e-Charif", "NATO=Otan", "Taliban=taliban"]),
    ])
    func translateToolkitReadsTheTMXPairs(source: String, pairs: [String]) throws {
        let project = try Project(glossary: Self.glossary)
        defer { project.remove() }
        let export = try project.run("export", "--format", "tmx", "--source", source, "-o", "g.tmx")
        #expect(export.status == 0, "\(export.stderr)")
        // translate-toolkit 3.8.4 has no tmx2po; its TMX storage class is what its tools use.
        let program = """
            from translate.storage import tmx
            for unit in tmx.tmxfile.parsefile("g.tmx").units:
                print(unit.source + "=" + unit.target)
            """
        let run = try Glossa.run(["-c", program], in: project.root, executable: Self.toolkitPython)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n") == pairs.map { Substring($0) })
    }

    @Test(.enabled(if: tbx2po != nil))
    func tbx2poReadsTheMartifPairs() throws {
        let project = try Project(glossary: Self.glossary)
        defer { project.remove() }
        let export = try project.run("export", "--format", "tbx-martif", "-o", "g.tbx")
        #expect(export.status == 0, "\(export.stderr)")
        let run = try Glossa.run(["--progress=none", "-i", "g.tbx", "-o", "g.po"], in: project.root, executable: Self.tbx2po)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // The first langSet (fr) is the source. Only preferred terms were written, so the
        // deprecated "Mazar-e Sharif" is no msgid.
        #expect(try poPairs(project.read("g.po")) == [
            "Kaboul=Kabul", "Mazar-e-Charif=Mazar-i-Sharif", "Otan=NATO", "taliban=Taliban",
        ])
    }

    // MARK: Helpers

    /// A fresh OmegaT project, fr-FR to en-GB, one segment per paragraph. OmegaT needs an
    /// absolute project path and an `omegat/` folder to take the folder for a project.
    private func makeOmegaTProject(in project: Project) throws -> URL {
        let root = project.root.appendingPathComponent("omegat-project")
        for folder in ["source", "target", "tm/auto", "glossary", "omegat"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("omegat-config"),
                                                withIntermediateDirectories: true)
        try project.write("omegat-project/omegat.project", """
            <?xml version="1.0" encoding="UTF-8" ?>
            <omegat>
              <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <source_lang>FR-FR</source_lang>
                <target_lang>EN-GB</target_lang>
                <sentence_seg>false</sentence_seg>
              </project>
            </omegat>

            """)
        return root
    }

    private func runOmegaT(_ project: URL, config: URL, script: URL? = nil) throws -> GlossaRun {
        var arguments = [project.standardizedFileURL.path, "--mode=console-translate",
                         "--config-dir=\(config.standardizedFileURL.path)", "--quiet"]
        if let script { arguments.append("--script=\(script.standardizedFileURL.path)") }
        return try Glossa.run(arguments, in: project, executable: Self.omegat)
    }

    /// `msgid=msgstr` for each entry of a PO file with one-line strings, the header left out.
    private func poPairs(_ po: String) -> [String] {
        var pairs: [String] = []
        var msgid: String?
        for line in po.split(separator: "\n") {
            if line.hasPrefix("msgid \"") {
                msgid = String(line.dropFirst(7).dropLast())
            } else if line.hasPrefix("msgstr \""), let source = msgid, !source.isEmpty {
                pairs.append(source + "=" + line.dropFirst(8).dropLast())
            }
        }
        return pairs
    }

    private static func executableOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
