import Foundation
import GlossaExchange
import GlossaGlossary
import Testing

/// Every exported TMX passes the TMX 1.4 DTD and every TBX v3 the TBX core schema.
@Suite(.enabled(if: SharedInterop.present)) struct ExportValidityTests {
    @Test(.enabled(if: ExternalTool.installed("xmllint")), arguments: [LanguageCode.french, .english])
    func tmxIsValidAgainstTheDTD(_ source: LanguageCode) throws {
        let fixture = try Fixture()
        let url = try fixture.write("g.tmx", try GlossaryRoundTripTests.exported(.tmx, source: source).1)
        let result = try ExternalTool("xmllint")!.run(["--noout", "--dtdvalid", SharedInterop.tmxDTD.path, url.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: ExternalTool.installed("jing")))
    func tbxIsValidAgainstTheCoreSchema() throws {
        let fixture = try Fixture()
        let url = try fixture.write("g.tbx", try GlossaryRoundTripTests.exported(.tbx).1)
        let result = try ExternalTool("jing")!.run([SharedInterop.tbxSchema.path, url.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: ExternalTool.installed("xmllint")))
    func martifIsWellFormed() throws {
        let fixture = try Fixture()
        let url = try fixture.write("g.tbx", try GlossaryRoundTripTests.exported(.tbxMartif).1)
        let result = try ExternalTool("xmllint")!.run(["--noout", url.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
