import Testing
@testable import GlossaText

@Suite struct LinkSpansTests {
    /// Addresses, hashtags and Markdown link targets, at the start of a word only; a sentence's
    /// punctuation after an address is not part of it.
    @Test func findsAddressesHashtagsAndLinkTargets() {
        let text = "Voir https://a.org/Herat, www.b.fr et awww.c.fr ou (www.d.fr) #Kabul a#b ## x [t](https://e.org/K) HTTP://F.ORG."
        let bytes = Array(text.utf8)
        let found = LinkSpans.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(found == ["https://a.org/Herat", "www.b.fr", "www.d.fr", "#Kabul", "https://e.org/K", "HTTP://F.ORG"])
    }
}
