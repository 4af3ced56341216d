import Foundation
@testable import GlossaExchange
import Testing

@Suite struct HostileInputTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
    }

    private static let refusal = "entity declarations are refused (they can expand without bound or read local files)"

    private static let billionLaughs: String = {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        return text + "]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>\n"
    }()

    private static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
        <tmx version="1.4"><header srclang="en"/><body>
        <tu><tuv xml:lang="en"><seg>a&x;b</seg></tuv><tuv xml:lang="fr"><seg>&x;</seg></tuv></tu>
        </body></tmx>
        """

    @Test func externalEntityIsRefused() throws {
        let error = fixture.readError(Self.externalEntity)
        #expect(error?.description == "test.tmx:2: the DOCTYPE declares entity 'x'; \(Self.refusal)")
        #expect(error?.description.contains("root:") == false)
    }

    @Test func externalParameterEntityIsRefused() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
              <!-- a comment with a quote ' and ] inside -->
              <!ENTITY % p SYSTEM "file:///etc/passwd"> %p;
            ]>
            <tmx/>
            """
        #expect(fixture.readError(text)?.description == "test.tmx:4: the DOCTYPE declares entity 'p'; \(Self.refusal)")
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let clock = ContinuousClock()
        var error: BilingualReadError?
        let elapsed = clock.measure { error = fixture.readError(Self.billionLaughs) }
        #expect(error?.description == "test.tmx:3: the DOCTYPE declares entity 'lol'; \(Self.refusal)")
        #expect(elapsed < .seconds(1))
    }

    @Test func quadraticBlowupIsRefusedQuickly() throws {
        let text = "<!DOCTYPE tmx [<!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">]>\n<tmx>"
            + String(repeating: "&a;", count: 50_000) + "</tmx>"
        let clock = ContinuousClock()
        var error: BilingualReadError?
        let elapsed = clock.measure { error = fixture.readError(text) }
        #expect(error?.description == "test.tmx:1: the DOCTYPE declares entity 'a'; \(Self.refusal)")
        #expect(elapsed < .seconds(1))
    }

    @Test func externalDTDIsNeitherFetchedNorUsed() throws {
        // A reachable DTD that declares an entity: were it loaded, &co; would be defined.
        let dtd = try fixture.write("evil.dtd", "<!ENTITY co \"LEAKED\">\n")
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "\(dtd.absoluteString)">
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>a &co; b</seg></tuv><tuv xml:lang="fr"><seg>c</seg></tuv></tu>
            </body></tmx>
            """
        #expect(fixture.readError(text)?.description == "test.tmx:4: not well-formed XML: undeclared entity &co;")
    }

    @Test func commentsAndProcessingInstructionsInTheSubsetAreAccepted() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd" [
              <!-- <!ENTITY x "y"> ]> -->
              <?pi <!ENTITY inside a processing instruction ?>
            ]>
            <tmx version="1.4"><header srclang="en"/><body>
            1️⃣<tu><tuv xml:lang="en"><seg>Kabul</seg></tuv><tuv xml:lang="fr"><seg>Kaboul</seg></tuv></tu>
            </body></tmx>
            """
        let marked = MarkedText(text)
        #expect(try fixture.read(marked.text).segments == [
            BilingualSegment(id: "1", source: "Kabul", target: "Kaboul", line: marked.line("1️⃣"))
        ])
    }

    /// XMLParser on this platform crashes (SIGSEGV) on the first two; none has a use in a
    /// translation file.
    @Test(arguments: [
        ("<!NOTATION gif SYSTEM \"viewer\">", "NOTATION"),
        ("<!ATTLIST tuv kind (a|b) 'a'>", "ATTLIST"),
        ("<!ELEMENT tuv ANY>", "ELEMENT"),
    ])
    func otherDeclarationsAreRefused(declaration: String, keyword: String) throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n  \(declaration)\n]>\n<tmx/>"
        #expect(fixture.readError(text)?.description
            == "test.tmx:3: the DOCTYPE declares <!\(keyword)>; declarations inside the file are refused (keep only an external DTD reference)")
    }

    @Test func emptySubsetIsAccepted() throws {
        let text = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [ ]>\n<tmx version=\"1.4\"><body/></tmx>"
        #expect(try fixture.read(text).segments.isEmpty)
    }

    /// XMLParser on this platform crashes (SIGSEGV) on a processing instruction without data.
    @Test(arguments: [
        "<?xml version=\"1.0\"?>\n<!-- <?ok?> -->\n<?t?><tmx/>",
        "<tmx>\n<body><![CDATA[<?ok?>]]>\n<?xml-stylesheet?></body></tmx>",
        "<!DOCTYPE tmx [\n<!-- a -->\n<?t?> ]>\n<tmx/>",
    ])
    func processingInstructionWithoutDataIsRefused(text: String) throws {
        let name = text.contains("xml-stylesheet") ? "xml-stylesheet" : "t"
        #expect(fixture.readError(text)?.description
            == "test.tmx:3: processing instruction '<?\(name)?>' has no data; such instructions are refused (they crash the XML parser)")
    }

    @Test func processingInstructionsWithDataAreAccepted() throws {
        let text = """
            <?xml version="1.0"?>
            <?xml-stylesheet href="tmx.css" type="text/css"?>
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><?marker data?><tuv xml:lang="en"><seg>Kabul<?pi x?></seg></tuv><tuv xml:lang="fr"><seg>Kaboul</seg></tuv></tu>
            </body></tmx>
            """
        #expect(try fixture.read(text).segments == [BilingualSegment(id: "1", source: "Kabul", target: "Kaboul", line: 4)])
    }

    /// libxml2 takes leading NULs for a UCS-4 signature and crashes; XML allows no NUL anyway.
    @Test func nulBytesAreRefused() throws {
        let leading = Data([0, 0, 0]) + Data("<tmx/>".utf8)
        #expect(fixture.readError(bytes: leading)?.description
            == "test.tmx:1: NUL character (U+0000), which XML does not allow")
        let inside = Data("<tmx>\n<body>a".utf8) + Data([0]) + Data("</body></tmx>".utf8)
        #expect(fixture.readError(bytes: inside)?.description
            == "test.tmx:2: NUL character (U+0000), which XML does not allow")
    }

    /// Without the pre-scan, XMLParser on this platform neither reads the file nor expands the
    /// entity: the reference and the text after it in the same element are dropped.
    @Test func xmlParserAloneDoesNotExpandExternalEntities() throws {
        let segments = try parseWithoutPrescan(Self.externalEntity)
        #expect(segments.allSatisfy { !$0.source.contains("root:") && !$0.target.contains("root:") })
    }

    /// Without the pre-scan, libxml2 stops the billion laughs itself as an entity loop.
    @Test func xmlParserAloneStopsBillionLaughs() throws {
        let clock = ContinuousClock()
        var thrown: Error?
        let elapsed = clock.measure {
            do { _ = try parseWithoutPrescan(Self.billionLaughs) } catch { thrown = error }
        }
        #expect((thrown as? ReadFailure)?.message == "not well-formed XML: entity loop")
        #expect(elapsed < .seconds(1))
    }

    private func parseWithoutPrescan(_ text: String) throws -> [BilingualSegment] {
        var segments: [BilingualSegment] = []
        let choice = BilingualHandlerChoice(requested: .init(source: nil, target: nil)) { segments.append($0) }
        try XMLEventReader(makeHandler: choice.makeHandler).read(InputStream(data: Data(text.utf8)))
        return segments
    }

    @Test func truncatedFileGivesTheLineWhereItEnds() throws {
        let marked = MarkedText("""
            <?xml version="1.0"?>
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Kabul</seg></tuv>
            1️⃣<tuv xml:lang="fr"><seg>Kab
            """)
        #expect(fixture.readError(marked.text)?.description
            == "test.tmx:\(marked.line("1️⃣")): not well-formed XML: unexpected end of file")
    }

    @Test func mismatchedTagGivesItsLine() throws {
        let text = "<tmx>\n<body>\n<tu>\n</body>\n</tmx>"
        #expect(fixture.readError(text)?.description == "test.tmx:4: not well-formed XML: mismatched end tag")
    }

    @Test func undeclaredEntityIsAnError() throws {
        let text = "<tmx>\n<body>\n<seg>a&nbsp;b</seg></body></tmx>"
        #expect(fixture.readError(text)?.description == "test.tmx:3: not well-formed XML: undeclared entity &nbsp;")
    }

    @Test func unknownRootIsNamed() throws {
        let text = "<?xml version=\"1.0\"?>\n<html><body>Kabul</body></html>"
        #expect(fixture.readError(text, name: "page.html")?.description
            == "page.html:2: unknown root element <html>; expected <tmx> or <xliff>")
    }

    @Test func emptyFileIsAnError() throws {
        #expect(fixture.readError("")?.description == "test.tmx: the file is empty")
        #expect(fixture.readError(bytes: Data([0xEF, 0xBB, 0xBF, 0x0A]))?.description == "test.tmx: the file is empty")
        #expect(fixture.readError("<?xml version=\"1.0\"?>\n")?.description
            == "test.tmx:2: not well-formed XML: unexpected end of file")
    }

    @Test func missingFileIsAnError() throws {
        let url = fixture.folder.appendingPathComponent("absent.tmx")
        let error = #expect(throws: BilingualReadError.self) {
            try BilingualReader.read(contentsOf: url, displayName: "absent.tmx")
        }
        #expect(error?.description == "absent.tmx: cannot read the file (No such file or directory)")
    }

    /// `XMLParser(data:)` fails every file over 10 MB at its end; the reader must not.
    @Test func fileOverTenMegabytesIsRead() throws {
        let units = 2_000
        var text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"fr\"/>\n<body>\n"
        let long = String(repeating: "é", count: 2_750)
        for index in 1...units {
            text += "<tu tuid=\"\(index)\">\n<tuv xml:lang=\"fr\"><seg>\(long)</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>e</seg></tuv></tu>\n"
        }
        text += "</body></tmx>\n"
        #expect(text.utf8.count > 11_000_000)
        let document = try fixture.read(text)
        #expect(document.segments.count == units)
        #expect(document.segments.last?.line == 4 + (units - 1) * 2)
        #expect(document.segments.last?.source == long)
    }

    @Test func deepNestingIsHandledWithoutRecursion() throws {
        let depth = 50_000
        let text = "<tmx><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>"
            + String(repeating: "<hi>", count: depth) + "deep" + String(repeating: "</hi>", count: depth)
            + "</seg></tuv><tuv xml:lang=\"fr\"><seg>profond</seg></tuv></tu></body></tmx>"
        #expect(try fixture.read(text).segments.map(\.source) == ["deep"])
    }
}
