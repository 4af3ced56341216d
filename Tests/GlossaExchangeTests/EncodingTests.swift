import Foundation
import GlossaExchange
import Testing

@Suite struct EncodingTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
    }

    /// A TMX whose second unit starts on the marked line, with accents and a character outside
    /// the BMP (a surrogate pair in UTF-16).
    private func sample(encoding: String) -> MarkedText {
        MarkedText("""
            <?xml version="1.0" encoding="\(encoding)"?>
            <tmx version="1.4">
              <header srclang="fr-FR" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
              <body>
                <tu><tuv xml:lang="fr-FR"><seg>Hérat</seg></tuv><tuv xml:lang="en-US"><seg>Herat</seg></tuv></tu>
                1️⃣<tu><tuv xml:lang="fr-FR"><seg>Kaboul 🙂 « ok »</seg></tuv><tuv xml:lang="en-US"><seg>Kabul 🙂 "ok"</seg></tuv></tu>
              </body>
            </tmx>

            """)
    }

    private func expectSample(_ document: BilingualDocument, _ marked: MarkedText) {
        #expect(document.segments == [
            BilingualSegment(id: "1", source: "Hérat", target: "Herat", line: 5),
            BilingualSegment(id: "2", source: "Kaboul 🙂 « ok »", target: "Kabul 🙂 \"ok\"", line: marked.line("1️⃣")),
        ])
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let marked = sample(encoding: "UTF-16")
        let bytes = Data([0xFF, 0xFE]) + marked.text.data(using: .utf16LittleEndian)!
        expectSample(try fixture.read(bytes: bytes), marked)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let marked = sample(encoding: "UTF-16")
        let bytes = Data([0xFE, 0xFF]) + marked.text.data(using: .utf16BigEndian)!
        expectSample(try fixture.read(bytes: bytes), marked)
    }

    @Test func utf8WithBOM() throws {
        let marked = sample(encoding: "UTF-8")
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(marked.text.utf8)
        expectSample(try fixture.read(bytes: bytes), marked)
    }

    @Test func utf8WithoutBOM() throws {
        let marked = sample(encoding: "utf-8")
        expectSample(try fixture.read(marked.text), marked)
    }

    @Test func latin1IsTranscoded() throws {
        let marked = MarkedText("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <tmx version="1.4"><header srclang="fr"/><body>
            1️⃣<tu><tuv xml:lang="fr"><seg>Hérat</seg></tuv><tuv xml:lang="en"><seg>Herat</seg></tuv></tu>
            </body></tmx>
            """)
        let bytes = marked.text.data(using: .isoLatin1)!
        #expect(try fixture.read(bytes: bytes).segments == [
            BilingualSegment(id: "1", source: "Hérat", target: "Herat", line: marked.line("1️⃣"))
        ])
    }

    enum Layout: CaseIterable { case utf8, utf8WithBOM, utf16LittleEndianWithBOM, utf16LittleEndian, utf16BigEndianWithBOM, latin1 }

    /// Line starts count the text's bytes in UTF-8, as a draft's offsets do: a UTF-8 BOM
    /// counts, a UTF-16 one does not, and UTF-16 or Latin-1 text counts as the UTF-8 it becomes.
    @Test(arguments: Layout.allCases)
    func lineStartsCountTheTextInUTF8(_ layout: Layout) throws {
        let declared = switch layout {
        case .utf8, .utf8WithBOM: "UTF-8"
        case .latin1: "ISO-8859-1"
        default: "UTF-16"
        }
        let text = """
            <?xml version="1.0" encoding="\(declared)"?>
            <tmx version="1.4"><header srclang="fr" o-tmf="dépêche"/><body>
            <tu><tuv xml:lang="fr"><seg>Hérat « é »</seg></tuv><tuv xml:lang="en"><seg>Herat</seg></tuv></tu>
            <tu><tuv xml:lang="fr"><seg>Kaboul</seg></tuv><tuv xml:lang="en"><seg>Kabul</seg></tuv></tu>
            </body></tmx>
            """
        let bytes: Data = switch layout {
        case .utf8: Data(text.utf8)
        case .utf8WithBOM: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .utf16LittleEndianWithBOM: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case .utf16LittleEndian: text.data(using: .utf16LittleEndian)!
        case .utf16BigEndianWithBOM: Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        case .latin1: text.data(using: .isoLatin1)!
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let bom = layout == .utf8WithBOM ? 3 : 0
        let expected = [2, 4, 9].reduce(into: [Int: Int]()) { starts, line in
            if line <= lines.count { starts[line] = bom + lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } }
        }
        #expect(XMLLineStarts.offsets(of: [2, 4, 9], in: try fixture.write("t.tmx", bytes: bytes)) == expected)
        #expect(expected.keys.sorted() == [2, 4])
    }

    @Test func invalidUTF8NamesItsLine() throws {
        let text = MarkedText("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="fr"/><body>
            <tu><tuv xml:lang="fr"><seg>Hérat</seg></tuv><tuv xml:lang="en"><seg>Herat</seg></tuv></tu>
            1️⃣<tu><tuv xml:lang="fr"><seg>BAD</seg></tuv></tu>
            </body></tmx>
            """)
        var bytes = Data(text.text.utf8)
        let bad = bytes.range(of: Data("BAD".utf8))!
        bytes.replaceSubrange(bad, with: [0x4B, 0xC3, 0x28])  // a lead byte without its continuation
        #expect(fixture.readError(bytes: bytes)?.description == "test.tmx:\(text.line("1️⃣")): invalid UTF-8")
    }

    @Test func unpairedSurrogateInUTF16NamesItsLine() throws {
        let text = "<?xml version=\"1.0\"?>\n<tmx>\n<body>X</body></tmx>"
        var units = Array(text.utf16)
        units[units.firstIndex(of: UInt16(UInt8(ascii: "X")))!] = 0xD800
        let bytes = Data([0xFF, 0xFE]) + Data(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(fixture.readError(bytes: bytes)?.description == "test.tmx:3: invalid UTF-16 (unpaired surrogate)")
    }

    @Test func unsupportedEncodingIsNamed() throws {
        let text = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<tmx/>"
        #expect(fixture.readError(text)?.description
            == "test.tmx:1: unsupported encoding 'Shift_JIS'; save the file as UTF-8")
    }
}
