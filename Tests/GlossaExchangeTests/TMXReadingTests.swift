import Foundation
import GlossaExchange
import Testing

@Suite struct TMXReadingTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
    }

    private func tmx(version: String = "1.4", srclang: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="\(version)">
          <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="\(srclang)" datatype="plaintext"/>
          <body>
        \(body)
          </body>
        </tmx>
        """
    }

    @Test func tmx14WithXMLLang() throws {
        let marked = MarkedText(tmx(srclang: "fr-FR", body: """
            1️⃣<tu tuid="herat">
              <tuv xml:lang="fr-FR"><seg>Hérat est tombée.</seg></tuv>
              <tuv xml:lang="en-US"><seg>Herat has fallen.</seg></tuv>
            </tu>
            2️⃣<tu>
              <tuv xml:lang="en-US"><seg>Kabul</seg></tuv>
              <tuv xml:lang="fr-FR"><seg>Kaboul</seg></tuv>
            </tu>
            """))
        let document = try fixture.read(marked.text)
        #expect(document.format == .tmx)
        #expect(document.sourceLanguage == "fr-FR")
        #expect(document.targetLanguage == "en-US")
        #expect(document.skippedUnits == 0)
        #expect(document.segments == [
            BilingualSegment(id: "herat", source: "Hérat est tombée.", target: "Herat has fallen.", line: marked.line("1️⃣")),
            BilingualSegment(id: "2", source: "Kaboul", target: "Kabul", line: marked.line("2️⃣")),
        ])
    }

    @Test func tmx11WithLangAttribute() throws {
        let marked = MarkedText(tmx(version: "1.1", srclang: "EN-US", body: """
            1️⃣<tu>
              <tuv lang="EN-US"><seg>Open the file.</seg></tuv>
              <tuv lang="FR-FR"><seg>Ouvrez le fichier.</seg></tuv>
            </tu>
            """))
        let document = try fixture.read(marked.text)
        #expect(document.sourceLanguage == "en-US")
        #expect(document.targetLanguage == "fr-FR")
        #expect(document.segments == [
            BilingualSegment(id: "1", source: "Open the file.", target: "Ouvrez le fichier.", line: marked.line("1️⃣"))
        ])
    }

    @Test func allSourceLanguageTakesTheFirstVariant() throws {
        let text = tmx(srclang: "*all*", body: """
            <tu><tuv xml:lang="en"><seg>Kabul</seg></tuv><tuv xml:lang="fr"><seg>Kaboul</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Hérat</seg></tuv><tuv xml:lang="en"><seg>Herat</seg></tuv></tu>
            """)
        let document = try fixture.read(text)
        #expect(document.sourceLanguage == "en")
        #expect(document.targetLanguage == "fr")
        #expect(document.segments.map(\.source) == ["Kabul", "Herat"])
        #expect(document.segments.map(\.target) == ["Kaboul", "Hérat"])
    }

    @Test func requestedLanguagesChooseThePair() throws {
        let text = tmx(srclang: "en-US", body: """
            <tu><tuv xml:lang="en-US"><seg>Kabul</seg></tuv><tuv xml:lang="fr-FR"><seg>Kaboul</seg></tuv></tu>
            """)
        let document = try fixture.read(text, sourceLanguage: "fr", targetLanguage: "EN")
        #expect(document.sourceLanguage == "fr")
        #expect(document.targetLanguage == "en")
        #expect(document.segments.map(\.source) == ["Kaboul"])
        #expect(document.segments.map(\.target) == ["Kabul"])
    }

    @Test func uppercaseAndUnderscoreCodes() throws {
        let text = tmx(srclang: "fr_fr", body: """
            <tu><tuv xml:lang="FR_fr"><seg>Mazar-e Charif</seg></tuv><tuv xml:lang="EN_gb"><seg>Mazar-i-Sharif</seg></tuv></tu>
            """)
        let document = try fixture.read(text)
        #expect(document.sourceLanguage == "fr-FR")
        #expect(document.targetLanguage == "en-GB")
        #expect(document.segments.map(\.source) == ["Mazar-e Charif"])
        #expect(document.segments.map(\.target) == ["Mazar-i-Sharif"])
    }

    @Test func firstVariantOfALanguageWins() throws {
        let text = tmx(srclang: "fr-FR", body: """
            <tu>
              <tuv xml:lang="fr-FR"><seg>les talibans</seg></tuv>
              <tuv xml:lang="fr-FR"><seg>les taliban</seg></tuv>
              <tuv xml:lang="en-US"><seg>the Taliban</seg></tuv>
              <tuv xml:lang="en-US"><seg>the Taleban</seg></tuv>
            </tu>
            """)
        let document = try fixture.read(text)
        #expect(document.segments.map(\.source) == ["les talibans"])
        #expect(document.segments.map(\.target) == ["the Taliban"])
    }

    @Test func exactTagIsPreferredOverSamePrimaryLanguage() throws {
        let text = tmx(srclang: "en", body: """
            <tu>
              <tuv xml:lang="en"><seg>Kabul</seg></tuv>
              <tuv xml:lang="fr-FR"><seg>Kaboul (France)</seg></tuv>
              <tuv xml:lang="fr-CA"><seg>Kaboul (Canada)</seg></tuv>
            </tu>
            """)
        #expect(try fixture.read(text, targetLanguage: "fr-ca").segments.map(\.target) == ["Kaboul (Canada)"])
        #expect(try fixture.read(text, targetLanguage: "fr-BE").segments.map(\.target) == ["Kaboul (France)"])
    }

    @Test func inlineMarkupKeepsTextAndDropsPlaceholders() throws {
        let text = tmx(srclang: "fr", body: """
            <tu>
              <tuv xml:lang="fr"><seg>Le <hi type="b">chat</hi> <bpt i="1">&lt;b&gt;</bpt>noir<ept i="1">&lt;/b&gt;</ept> dort<ph x="1">%s</ph>.<it pos="begin">&lt;i&gt;</it> <ut>{\\b}</ut>Fin<ph>{\\footnote <sub>note</sub>}</ph></seg></tuv>
              <tuv xml:lang="en"><seg>The <hi>black <hi>cat</hi></hi> sleeps &amp; dreams &lt;here&gt;.</seg></tuv>
            </tu>
            """)
        let document = try fixture.read(text)
        #expect(document.segments.map(\.source) == ["Le chat noir dort. Fin"])
        #expect(document.segments.map(\.target) == ["The black cat sleeps & dreams <here>."])
    }

    @Test func whitespaceInsideSegIsPreserved() throws {
        let text = tmx(srclang: "fr", body: """
            <tu>
              <tuv xml:lang="fr"><seg>  deux  espaces
            \tet une tabulation </seg></tuv>
              <tuv xml:lang="en"><seg> </seg></tuv>
            </tu>
            <tu>
              <tuv xml:lang="fr"><seg><![CDATA[a < b  ]]> c</seg></tuv>
              <tuv xml:lang="en"><seg></seg></tuv>
            </tu>
            """)
        let document = try fixture.read(text)
        #expect(document.segments.map(\.source) == ["  deux  espaces\n\tet une tabulation ", "a < b   c"])
        #expect(document.segments.map(\.target) == [" ", ""])
    }

    @Test func oneSidedUnitsAreSkippedAndCounted() throws {
        let marked = MarkedText(tmx(srclang: "fr-FR", body: """
            <tu tuid="only-fr"><tuv xml:lang="fr-FR"><seg>Kaboul</seg></tuv></tu>
            <tu><tuv xml:lang="fr-FR"><seg>Hérat</seg></tuv><tuv xml:lang="de-DE"><seg>Herat</seg></tuv></tu>
            1️⃣<tu><tuv xml:lang="fr-FR"><seg>Kandahar</seg></tuv><tuv xml:lang="en-US"><seg>Kandahar</seg></tuv></tu>
            <tu><tuv xml:lang="en-US"><seg>Ghazni</seg></tuv></tu>
            """))
        let document = try fixture.read(marked.text, targetLanguage: "en-US")
        #expect(document.skippedUnits == 3)
        #expect(document.segments == [
            BilingualSegment(id: "3", source: "Kandahar", target: "Kandahar", line: marked.line("1️⃣"))
        ])
    }

    @Test func targetIsTheFirstOtherLanguageEvenWhenItComesLate() throws {
        let text = tmx(srclang: "fr-FR", body: """
            <tu><tuv xml:lang="fr-FR"><seg>un</seg></tuv><tuv xml:lang="fr-CA"><seg>un (CA)</seg></tuv></tu>
            <tu><tuv xml:lang="fr-FR"><seg>deux</seg></tuv><tuv xml:lang="en-GB"><seg>two</seg></tuv></tu>
            <tu><tuv xml:lang="en-US"><seg>three</seg></tuv><tuv xml:lang="fr-FR"><seg>trois</seg></tuv></tu>
            """)
        let document = try fixture.read(text)
        #expect(document.targetLanguage == "en-GB")
        #expect(document.skippedUnits == 1)
        #expect(document.segments.map(\.id) == ["2", "3"])
        #expect(document.segments.map(\.target) == ["two", "three"])
    }

    @Test func regionalVariantsOfOneLanguageFormAPair() throws {
        let text = tmx(srclang: "en-us", body: """
            <tu><tuv xml:lang="en-us"><seg>color</seg></tuv><tuv xml:lang="en-gb"><seg>colour</seg></tuv></tu>
            <tu><tuv xml:lang="en-gb"><seg>centre</seg></tuv><tuv xml:lang="en-us"><seg>center</seg></tuv></tu>
            """)
        let document = try fixture.read(text)
        #expect(document.sourceLanguage == "en-US")
        #expect(document.targetLanguage == "en-GB")
        #expect(document.segments.map(\.source) == ["color", "center"])
        #expect(document.segments.map(\.target) == ["colour", "centre"])
    }

    @Test func singleLanguageFileGivesNoSegments() throws {
        let text = tmx(srclang: "en", body: """
            <tu><tuv xml:lang="en"><seg>one</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>two</seg></tuv></tu>
            """)
        let document = try fixture.read(text)
        #expect(document.sourceLanguage == "en")
        #expect(document.targetLanguage == "")
        #expect(document.segments.isEmpty)
        #expect(document.skippedUnits == 2)
    }

    @Test func unitLineIsWhereItsStartTagBegins() throws {
        let marked = MarkedText(tmx(srclang: "fr", body: """
            1️⃣<tu tuid="a" note="é€🙂"><tuv xml:lang="fr"><seg>é</seg></tuv><tuv xml:lang="en"><seg>e</seg></tuv></tu><tu
              tuid="b"
            ><tuv xml:lang="fr"><seg>ü</seg></tuv><tuv xml:lang="en"><seg>u</seg></tuv></tu>
            <tu
              tuid="c"/>
            3️⃣<tu tuid="d"><tuv xml:lang="fr"><seg>ô</seg></tuv><tuv xml:lang="en"><seg>o</seg></tuv></tu>
            """))
        let document = try fixture.read(marked.text)
        #expect(document.segments.map(\.id) == ["a", "b", "d"])
        #expect(document.segments.map(\.line) == [marked.line("1️⃣"), marked.line("1️⃣"), marked.line("3️⃣")])
        #expect(document.skippedUnits == 1)
    }

    @Test func propsNotesAndStrayContentAreIgnored() throws {
        let marked = MarkedText(tmx(srclang: "en", body: """
            1️⃣<tu>
              <prop type="x-ice">11</prop><note>a note</note>
              <tuv xml:lang="en"><prop type="approved">yes</prop><seg>Edit</seg><prop type="late">okapi</prop></tuv>
              <tuv xml:lang="fr"><seg>Édition</seg><note>after</note></tuv>
            </tu>
            """))
        let document = try fixture.read(marked.text)
        #expect(document.segments == [
            BilingualSegment(id: "1", source: "Edit", target: "Édition", line: marked.line("1️⃣"))
        ])
    }
}
