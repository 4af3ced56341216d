import Foundation
import GlossaExchange
import Testing

@Suite struct XLIFFReadingTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
    }

    @Test func xliff12() throws {
        let marked = MarkedText("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="news.txt" source-language="fr_FR" target-language="EN-us" datatype="plaintext">
                <body>
                  1️⃣<trans-unit id="t1">
                    <source>Les <g id="1">talibans</g> ont pris <x id="2"/>Hérat.</source>
                    <target>The <g id="1">Taliban</g> took <x id="2"/>Herat.</target>
                    <alt-trans><source>ignored</source><target>an ignored suggestion</target></alt-trans>
                  </trans-unit>
                  <trans-unit id="t2">
                    <source>Sans traduction</source>
                    <alt-trans><target>a suggestion is not a target</target></alt-trans>
                  </trans-unit>
                  <group id="g1">
                    2️⃣<trans-unit id="t3"><source>Kaboul<ph id="3">&lt;br/&gt;</ph> <mrk mtype="term">Kaboul</mrk></source><target state="translated">Kabul <bpt id="4">&lt;b&gt;</bpt>Kabul<ept id="4">&lt;/b&gt;</ept><bx id="5"/><ex id="5"/><it id="6" pos="open">&lt;i&gt;</it></target></trans-unit>
                  </group>
                  3️⃣<trans-unit id="t4"><source>Vide</source><target/></trans-unit>
                </body>
              </file>
            </xliff>
            """)
        let document = try fixture.read(marked.text, name: "news.xlf")
        #expect(document.format == .xliff12)
        #expect(document.sourceLanguage == "fr-FR")
        #expect(document.targetLanguage == "en-US")
        #expect(document.skippedUnits == 1)
        #expect(document.segments == [
            BilingualSegment(id: "t1", source: "Les talibans ont pris Hérat.", target: "The Taliban took Herat.", line: marked.line("1️⃣")),
            BilingualSegment(id: "t3", source: "Kaboul Kaboul", target: "Kabul Kabul", line: marked.line("2️⃣")),
            BilingualSegment(id: "t4", source: "Vide", target: "", line: marked.line("3️⃣")),
        ])
    }

    @Test func xliff12LaterFilesInOtherLanguagesAreSkipped() throws {
        let text = """
            <xliff version="1.2">
              <file source-language="fr" target-language="en"><body>
                <trans-unit id="a"><source>un</source><target>one</target></trans-unit>
              </body></file>
              <file source-language="fr" target-language="de"><body>
                <trans-unit id="b"><source>deux</source><target>zwei</target></trans-unit>
              </body></file>
              <file source-language="fr-CA" target-language="en-CA"><body>
                <trans-unit><source>trois</source><target>three</target></trans-unit>
              </body></file>
            </xliff>
            """
        let document = try fixture.read(text, name: "multi.xlf")
        #expect(document.skippedUnits == 1)
        #expect(document.segments.map(\.id) == ["a", "3"])
    }

    /// A unit marked translate="no" keeps its text as it is: it is not a translation to check.
    @Test func untranslatableUnitsAreSkipped() throws {
        let twelve = """
            <xliff version="1.2"><file source-language="fr" target-language="en"><body>
              <trans-unit id="a" translate="no"><source>Kaboul</source><target>Kaboul</target></trans-unit>
              <trans-unit id="b" translate="yes"><source>un</source><target>one</target></trans-unit>
            </body></file></xliff>
            """
        let first = try fixture.read(twelve, name: "no12.xlf")
        #expect(first.segments.map(\.id) == ["b"])
        #expect(first.skippedUnits == 1)
        let two = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f">
              <unit id="a" translate="no"><segment><source>Kaboul</source><target>Kaboul</target></segment></unit>
              <unit id="b"><segment><source>un</source><target>one</target></segment></unit>
            </file></xliff>
            """
        let second = try fixture.read(two, name: "no2.xlf")
        #expect(second.segments.map(\.id) == ["b"])
        #expect(second.skippedUnits == 1)
    }

    /// `translate` passes down from a group (and in XLIFF 2 from a file) to its units, and
    /// an inner value wins; segments without ids are told apart by their position.
    @Test func translateIsInheritedAndSegmentsWithoutIdsAreNumbered() throws {
        let twelve = """
            <xliff version="1.2"><file source-language="fr" target-language="en"><body>
              <group id="g" translate="no">
                <trans-unit id="a"><source>Kaboul</source><target>Kaboul</target></trans-unit>
                <group id="h"><trans-unit id="b"><source>Hérat</source><target>Hérat</target></trans-unit></group>
                <trans-unit id="c" translate="yes"><source>un</source><target>one</target></trans-unit>
              </group>
              <trans-unit id="d"><source>deux</source><target>two</target></trans-unit>
            </body></file></xliff>
            """
        let first = try fixture.read(twelve, name: "group12.xlf")
        #expect(first.segments.map(\.id) == ["c", "d"])
        #expect(first.skippedUnits == 2)
        let two = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
            <file id="f" translate="no">
              <unit id="a"><segment><source>Kaboul</source><target>Kaboul</target></segment></unit>
              <group id="g" translate="yes"><unit id="b"><segment><source>un</source><target>one</target></segment>
                <segment><source>deux</source><target>two</target></segment><segment id="s"><source>trois</source><target>three</target></segment>
                <segment><source>quatre</source><target>four</target></segment></unit></group>
            </file>
            <file id="f2"><unit id="c"><segment><source>cinq</source><target>five</target></segment></unit></file></xliff>
            """
        let second = try fixture.read(two, name: "file2.xlf")
        #expect(second.segments.map(\.id) == ["b", "b/2", "b/s", "b/4", "c"])
        #expect(second.skippedUnits == 1)
    }

    /// Unit ids are unique only within a file: a unit whose id an earlier file used is named
    /// with its file as well, and the other units keep their ids.
    @Test func unitsOfLaterFilesWithTheSameIdAreNamedByTheirFile() throws {
        let twelve = """
            <xliff version="1.2">
            <file original="a.html" source-language="fr" target-language="en"><body>
              <trans-unit id="1"><source>un</source><target>one</target></trans-unit>
              <trans-unit id="2"><source>deux</source><target>two</target></trans-unit></body></file>
            <file original="b.html" source-language="fr" target-language="en"><body>
              <trans-unit id="1"><source>trois</source><target>three</target></trans-unit>
              <trans-unit id="3"><source>quatre</source><target>four</target></trans-unit></body></file>
            <file original="" source-language="fr" target-language="en"><body>
              <trans-unit id="2"><source>cinq</source><target>five</target></trans-unit></body></file></xliff>
            """
        #expect(try fixture.read(twelve, name: "files12.xlf").segments.map(\.id) == ["1", "2", "b.html/1", "3", "3/2"])
        let two = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
            <file id="f1"><unit id="u1"><segment><source>un</source><target>one</target></segment></unit></file>
            <file id="f2"><unit id="u1"><segment><source>deux</source><target>two</target></segment>
              <segment id="s"><source>trois</source><target>three</target></segment></unit>
              <unit id="u2"><segment><source>quatre</source><target>four</target></segment></unit></file></xliff>
            """
        #expect(try fixture.read(two, name: "files2.xlf").segments.map(\.id) == ["u1", "f2/u1", "f2/u1/s", "u2"])
    }

    /// Text marked not to translate stays in its segment, in place, and its ranges are given:
    /// in XLIFF 1.2 by `<mrk mtype="protected">`; in XLIFF 2 by `translate="no"` on `<mrk>`, or
    /// on `<sm>` up to its `<em>`, also in the unit's next segment, and `translate="yes"` within
    /// such text turns it back.
    @Test func textMarkedNotToTranslateIsGivenAsRanges() throws {
        let twelve = """
            <xliff version="1.2"><file source-language="fr" target-language="en"><body>
              <trans-unit id="a"><source>À <mrk mtype="protected">Kaboul</mrk> et <mrk mtype="term">Hérat</mrk>.</source><target>In <g id="1"><mrk mtype="protected">Kaboul</mrk></g> and Herat.</target></trans-unit>
            </body></file></xliff>
            """
        let first = try fixture.read(twelve, name: "p12.xlf").segments[0]
        #expect(first.source == "À Kaboul et Hérat.")
        #expect(Self.protectedTexts(first) == [["Kaboul"], ["Kaboul"]])
        let two = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f">
              <unit id="u1">
                <segment id="s1"><source>Près de <mrk id="m1" translate="no">la Kabul Bank <mrk id="m2" translate="yes">à Hérat</mrk> ouverte</mrk>.</source><target>Near <pc id="1"><mrk id="m1" translate="no">Kabul Bank</mrk></pc>, Herat.</target></segment>
                <segment id="s2"><source>Puis <sm id="m3" translate="no"/>Kaboul <ph id="2"/>Hérat.</source><target>Then <sm id="m3" translate="no"/>Kaboul<em startRef="m3"/> Herat.</target></segment>
                <segment id="s3"><source>Mazar<em startRef="m3"/> et Kunduz.</source><target>Mazar <sm id="m4"/>and<em startRef="m4"/> Kunduz.</target></segment>
              </unit>
              <unit id="u2"><segment><source>Kaboul.</source><target>Kabul.</target></segment></unit>
            </file></xliff>
            """
        let segments = try fixture.read(two, name: "p2.xlf").segments
        #expect(segments.map(\.source) == ["Près de la Kabul Bank à Hérat ouverte.", "Puis Kaboul Hérat.", "Mazar et Kunduz.", "Kaboul."])
        #expect(segments.map(Self.protectedTexts) == [
            [["la Kabul Bank ", " ouverte"], ["Kabul Bank"]],
            [["Kaboul Hérat."], ["Kaboul"]],
            [["Mazar"], []],
            [[], []],
        ])
    }

    /// The protected parts of the source and of the target.
    private static func protectedTexts(_ segment: BilingualSegment) -> [[String]] {
        [(segment.source, segment.protectedSource), (segment.target, segment.protectedTarget)].map { text, ranges in
            ranges.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        }
    }

    @Test func xliff12MissingTargetLanguageComesFromTheCaller() throws {
        let text = """
            <xliff version="1.2"><file source-language="fr-FR"><body>
              <trans-unit id="1"><source>Hérat</source><target>Herat</target></trans-unit>
            </body></file></xliff>
            """
        #expect(try fixture.read(text, name: "t.xlf").targetLanguage == "")
        #expect(try fixture.read(text, name: "t.xlf", targetLanguage: "en_us").targetLanguage == "en-US")
    }

    /// Tools declare wrong languages (translate-toolkit writes `en-US` over French sources):
    /// the caller's languages win, and the document says what the file declared.
    @Test func requestedLanguagesWinOverTheDeclaredOnes() throws {
        let text = """
            <?xml version="1.0"?>
            <xliff version="1.2"><file source-language="fr-FR" target-language="en-US"><body>
              <trans-unit id="1"><source>Kabul</source><target>Kaboul</target></trans-unit>
            </body></file></xliff>
            """
        let swapped = try fixture.read(text, name: "t.xlf", sourceLanguage: "en", targetLanguage: "fr")
        #expect([swapped.sourceLanguage, swapped.targetLanguage] == ["en", "fr"])
        #expect([swapped.overriddenSourceLanguage, swapped.overriddenTargetLanguage] == ["fr-FR", "en-US"])
        #expect(swapped.segments.map(\.id) == ["1"])
        // A language of the same primary language keeps the file's fuller tag, and overrides nothing.
        let agreeing = try fixture.read(text, name: "t.xlf", sourceLanguage: "fr", targetLanguage: "en-GB")
        #expect([agreeing.sourceLanguage, agreeing.targetLanguage] == ["fr-FR", "en-US"])
        #expect([agreeing.overriddenSourceLanguage, agreeing.overriddenTargetLanguage] == [nil, nil])
        let two = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US"><file id="f">
              <unit id="1"><segment><source>Kaboul</source><target>Kabul</target></segment></unit>
            </file></xliff>
            """
        let second = try fixture.read(two, name: "t.xlf", sourceLanguage: "fr", targetLanguage: "en")
        #expect([second.sourceLanguage, second.targetLanguage] == ["fr", "en"])
        #expect([second.overriddenSourceLanguage, second.overriddenTargetLanguage] == ["en-US", nil])
    }

    /// Later files that declare what the first one did are read as it is; a file in another
    /// pair is still left out.
    @Test func laterFilesDeclaringTheOverriddenLanguagesAreRead() throws {
        let text = """
            <xliff version="1.2">
              <file source-language="en-US"><body><trans-unit id="a"><source>un</source><target>one</target></trans-unit></body></file>
              <file source-language="en-US"><body><trans-unit id="b"><source>deux</source><target>two</target></trans-unit></body></file>
              <file source-language="fr"><body><trans-unit id="c"><source>trois</source><target>three</target></trans-unit></body></file>
              <file source-language="en-US" target-language="de"><body><trans-unit id="d"><source>vier</source><target>vier</target></trans-unit></body></file>
            </xliff>
            """
        let document = try fixture.read(text, name: "po.xlf", sourceLanguage: "fr", targetLanguage: "en")
        #expect(document.segments.map(\.id) == ["a", "b", "c"])
        #expect(document.skippedUnits == 1)
    }

    @Test func xliff2WithTwoSegmentsInOneUnit() throws {
        let marked = MarkedText("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-fr" trgLang="en-us">
              <file id="f1">
                <unit id="u1">
                  <originalData><data id="d1">&lt;b&gt;</data></originalData>
                  1️⃣<segment id="s1">
                    <source>Hérat est <pc id="1" dataRefStart="d1">tombée</pc>.</source>
                    <target>Herat has <pc id="1">fallen</pc>.</target>
                  </segment>
                  <ignorable><source> </source><target> </target></ignorable>
                  2️⃣<segment>
                    <source>Mazar-e Charif<ph id="2" dataRef="d1"/> aussi<cp hex="2028"/>: <sm id="m1" type="term"/>Kaboul<em startRef="m1"/></source>
                    <target>Mazar-i-Sharif<ph id="2" dataRef="d1"/> too<cp hex="2028"/>: <mrk id="m1" type="term">Kabul</mrk><sc id="3"/><ec startRef="3"/></target>
                  </segment>
                </unit>
                <unit id="u2"><segment id="s1"><source>Seul</source></segment></unit>
              </file>
            </xliff>
            """)
        let document = try fixture.read(marked.text, name: "news.xlf")
        #expect(document.format == .xliff2)
        #expect(document.sourceLanguage == "fr-FR")
        #expect(document.targetLanguage == "en-US")
        #expect(document.skippedUnits == 1)
        #expect(document.segments == [
            BilingualSegment(id: "u1/s1", source: "Hérat est tombée.", target: "Herat has fallen.", line: marked.line("1️⃣")),
            BilingualSegment(
                id: "u1/2", source: "Mazar-e Charif aussi\u{2028}: Kaboul", target: "Mazar-i-Sharif too\u{2028}: Kabul",
                line: marked.line("2️⃣")),
        ])
    }

    @Test func xliff21IsReadAsXLIFF2() throws {
        let text = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
              <file id="f"><unit id="1"><segment><source>Kabul</source><target>Kaboul</target></segment></unit></file>
            </xliff>
            """
        let document = try fixture.read(text, name: "t.xlf")
        #expect(document.format == .xliff2)
        #expect(document.segments == [BilingualSegment(id: "1", source: "Kabul", target: "Kaboul", line: 2)])
    }

    @Test func unsupportedXLIFFVersion() throws {
        #expect(fixture.readError("<xliff version=\"3.0\"/>", name: "t.xlf")?.description
            == "t.xlf:1: unsupported XLIFF version '3.0'; expected 1.2, 2.0 or 2.1")
    }
}
