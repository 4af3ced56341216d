import Foundation
import GlossaExchange
import GlossaGlossary
import Testing

/// Files written by real tools import into an empty glossary; skipped without /work/shared.
@Suite(.enabled(if: SharedInterop.present)) struct GlossaryInteropImportTests {
    static let tmxFiles = InteropTests.allFiles

    private func importFile(_ url: URL) throws -> (Glossary, [String]) {
        let text = try Data(contentsOf: url)
        let fixture = try Fixture()
        let copy = try fixture.write(url.lastPathComponent, bytes: text)
        let glossaryFolder = fixture.folder.appendingPathComponent("glossary")
        try FileManager.default.createDirectory(at: glossaryFolder, withIntermediateDirectories: true)
        let store = GlossaryStore(directory: glossaryFolder)
        let (loaded, forms) = try store.load()
        var merge = GlossaryMerge(into: loaded, forms: forms)
        let warnings = try GlossaryFileReader.read(contentsOf: copy, displayName: url.lastPathComponent) { try merge.add($0) }
        let after = try store.update(file: "glossary.tsv") { target, _ in merge.apply(to: &target) }
        return (after.glossary, warnings)
    }

    @Test(arguments: tmxFiles)
    func tmxImportsWithoutError(_ url: URL) throws {
        let (glossary, _) = try importFile(url)
        #expect(glossary.count > 0 || url.lastPathComponent.contains("ImportTest"))
    }

    @Test func okapiPropAfterSegIsAWarning() throws {
        let url = SharedInterop.folder.appendingPathComponent("okapi_written/potest.po.normal.tmx")
        let (glossary, warnings) = try importFile(url)
        #expect(glossary.count > 0)
        #expect(warnings.contains { $0.hasPrefix("potest.po.normal.tmx:") && $0.contains("<prop> after <seg>") })
    }

    @Test func ltacTBXBasicSampleImports() throws {
        let url = SharedInterop.folder.appendingPathComponent("tbx/TBX-Basic_Example_Astronomy_DCA_VALID.tbx")
        let (glossary, _) = try importFile(url)
        let first = try #require(glossary.concepts.first)
        #expect(first.preferred(in: .english)?.text == "open cluster")
        #expect(first.terms.contains { $0.text == "galactic cluster" && $0.status == .deprecated })
    }

    @Test func marylandMartifImports() throws {
        let url = SharedInterop.folder.appendingPathComponent("tbx/maryland_tbx2008_fr-en.tbx")
        let (glossary, _) = try importFile(url)
        #expect(glossary.concepts.first?.preferred(in: .french)?.text == "copiste")
    }
}
