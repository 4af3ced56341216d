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

    /// An address is found from its "://", and taken from its scheme's first letter, wherever
    /// that is; a colon with no scheme before it is prose.
    @Test func addressesAreTakenFromTheirScheme() {
        let text = "à 10:30, note: voir xhttps://g.org/a, ttp://h.org, http:/i.org, (http://j.org) et https://k.org:8080/x."
        let bytes = Array(text.utf8)
        let found = LinkSpans.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(found == ["https://g.org/a", "http://j.org", "https://k.org:8080/x"])
        #expect(LinkSpans.ranges(in: Array("http://a.fr".utf8)) == [0..<11])
        #expect(LinkSpans.ranges(in: Array("://".utf8)).isEmpty)
    }

    /// The scan skips eight bytes at a time where no link can start: every kind of link is
    /// still found at every offset within a block, after text with none of the opening bytes.
    @Test func findsLinksAtEveryOffsetOfABlock() {
        for link in ["http://a.fr", "HTTPS://B.FR", "www.c.fr", "WWW.D.FR", "#Kaboul", "[t](e.fr)"] {
            for padding in 0..<17 {
                let text = String(repeating: "a", count: padding) + " " + link + " fin"
                let bytes = Array(text.utf8)
                let found = LinkSpans.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
                #expect(found == [link.hasPrefix("[") ? "e.fr" : link], "\(padding) bytes before \(link)")
            }
        }
    }
}
