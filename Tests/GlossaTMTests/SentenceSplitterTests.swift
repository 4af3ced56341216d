import GlossaText
import Testing

@Suite struct SentenceSplitterTests {
    @Test func keepsAbbreviationsInsideSentences() throws {
        let text = "M. Biden a parlé. Mme Merkel aussi ! Les U.S. Marines sont partis. Fin."
        let sentences = try SentenceSplitter(locale: "fr").sentences(in: text).map(\.text)
        #expect(sentences == ["M. Biden a parlé.", "Mme Merkel aussi !", "Les U.S. Marines sont partis.", "Fin."])
    }

    @Test func rangesPointIntoTheText() throws {
        let text = "  Kaboul est tombée.\n\nLes talibans sont entrés.  "
        let sentences = try SentenceSplitter(locale: "fr").sentences(in: text)
        #expect(sentences.map(\.text) == ["Kaboul est tombée.", "Les talibans sont entrés."])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self) == sentence.text)
        }
    }

    @Test func emptyTextHasNoSentence() throws {
        #expect(try SentenceSplitter(locale: "en").sentences(in: " \n ").isEmpty)
        #expect(try SentenceSplitter(locale: "en").sentences(in: "").isEmpty)
    }
}
