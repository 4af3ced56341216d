import Foundation
import GlossaExchange
import Testing

@Suite struct TMXWriterTests {
    private func written(_ header: TMXHeader, _ units: [TMXOutputUnit]) throws -> String {
        var text = ""
        let writer = try TMXWriter(header: header) { text += $0 }
        for unit in units { try writer.write(unit) }
        try writer.finish()
        return text
    }

    private let sample = [
        TMXOutputUnit(
            id: "herat", properties: [(type: "x-kind", value: "place")], notes: ["Third city & <capital>."],
            variants: [
                TMXVariant(language: "en", segment: "Herat"),
                TMXVariant(language: "fr", segment: "  Hérat d'\"ici\"\n", properties: [(type: "x-status", value: "preferred")],
                           notes: ["AFP"]),
            ]),
        TMXOutputUnit(id: nil, variants: [TMXVariant(language: "fr", segment: "seul\r")]),
    ]

    @Test func writesHeaderUnitsAndSourceFirst() throws {
        let text = try written(TMXHeader(sourceLanguage: "fr", segmentType: "phrase",
                                         properties: [(type: "x-glossa-format", value: "1")]), sample)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Glossa" creationtoolversion="\(GlossaExchangeVersion.current)" segtype="phrase" o-tmf="Glossa" adminlang="en" srclang="fr" datatype="plaintext">
                <prop type="x-glossa-format">1</prop>
              </header>
              <body>
                <tu tuid="herat">
                  <prop type="x-kind">place</prop>
                  <note>Third city &amp; &lt;capital&gt;.</note>
                  <tuv xml:lang="fr">
                    <prop type="x-status">preferred</prop>
                    <note>AFP</note>
                    <seg>  Hérat d&apos;&quot;ici&quot;
            </seg>
                  </tuv>
                  <tuv xml:lang="en">
                    <seg>Herat</seg>
                  </tuv>
                </tu>
                <tu>
                  <tuv xml:lang="fr">
                    <seg>seul&#13;</seg>
                  </tuv>
                </tu>
              </body>
            </tmx>

            """)
    }

    @Test func allLanguagesKeepsTheUnitOrder() throws {
        let text = try written(TMXHeader(sourceLanguage: "*all*"), [sample[0]])
        #expect(text.range(of: "xml:lang=\"en\"")!.lowerBound < text.range(of: "xml:lang=\"fr\"")!.lowerBound)
        #expect(text.contains("segtype=\"sentence\""))
    }

    @Test func refusesWhatWouldBeInvalid() throws {
        #expect(throws: TMXWriterError.badSegmentType("word")) { try TMXWriter(header: TMXHeader(sourceLanguage: "fr", segmentType: "word")) { _ in } }
        let writer = try TMXWriter(header: TMXHeader(sourceLanguage: "fr")) { _ in }
        #expect(throws: TMXWriterError.noVariants("a")) { try writer.write(TMXOutputUnit(id: "a", variants: [])) }
        #expect(throws: TMXWriterError.invalidCharacter(0x1, in: "a\u{1}")) {
            try writer.write(TMXOutputUnit(id: "b", variants: [TMXVariant(language: "fr", segment: "a\u{1}")]))
        }
        try writer.finish()
        #expect(throws: TMXWriterError.finished) {
            try writer.write(TMXOutputUnit(id: "c", variants: [TMXVariant(language: "fr", segment: "c")]))
        }
    }

    @Test(.enabled(if: ExternalTool.installed("xmllint") && SharedInterop.present))
    func validAgainstTheDTD() throws {
        let fixture = try Fixture()
        let text = try written(TMXHeader(sourceLanguage: "fr", properties: [(type: "x-a", value: "b")]), sample)
        let url = try fixture.write("out.tmx", text)
        let result = try ExternalTool("xmllint")!.run(["--noout", "--dtdvalid", SharedInterop.tmxDTD.path, url.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
