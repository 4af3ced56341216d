import Foundation
import GlossaExchange
import Testing

private let interopFolder = URL(fileURLWithPath: "/work/shared/interop")

/// Files written by real tools, kept outside the repository; skipped when absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: interopFolder.path)))
struct InteropTests {
    static let folder = interopFolder

    static func files(_ subfolder: String, prefix: String = "") -> [URL] {
        let directory = folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".tmx") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static let allFiles =
        files("tmx_compliance_kit", prefix: "ImportTest") + files("omegat_written") + files("okapi_written")
        + files("translate_toolkit_written")

    @Test func thereAreFilesToRead() {
        #expect(Self.allFiles.count >= 27)
    }

    @Test(arguments: allFiles)
    func readsWithoutError(_ url: URL) throws {
        let document = try BilingualReader.read(contentsOf: url, displayName: url.lastPathComponent)
        #expect(document.format == .tmx)
        #expect(!document.sourceLanguage.isEmpty)
    }

    @Test func complianceKitInlineCodesAreDropped() throws {
        let url = Self.folder.appendingPathComponent("tmx_compliance_kit/ImportTest2A.tmx")
        let document = try BilingualReader.read(contentsOf: url, displayName: "ImportTest2A.tmx")
        #expect(document.sourceLanguage == "en-US")
        #expect(document.targetLanguage == "fr-CA")
        #expect(document.segments.first?.source == "The big black cat sleeps.")
        #expect(document.segments.first?.target == "Le gros chat noir dors.")
    }

    @Test func complianceKitRegionalPair() throws {
        let url = Self.folder.appendingPathComponent("tmx_compliance_kit/ImportTest1J.tmx")
        let document = try BilingualReader.read(contentsOf: url, displayName: "ImportTest1J.tmx")
        #expect(document.targetLanguage == "en-GB")
        #expect(document.segments.map(\.source) == ["First entry in US English", "Second entry in US English"])
        #expect(document.segments.map(\.target) == ["First entry in UK English", "Second entry in UK English"])
    }

    @Test func omegatTMX11() throws {
        let url = Self.folder.appendingPathComponent("omegat_written/omegat3.6.0_10_console_export-level1_tmx11.tmx")
        let document = try BilingualReader.read(contentsOf: url, displayName: url.lastPathComponent)
        #expect(document.sourceLanguage == "en-US")
        #expect(document.targetLanguage == "fr-FR")
        #expect(document.segments.first?.source == "Open the file.")
        #expect(document.segments.first?.target == "Ouvrez le fichier.")
    }
}
