import GlossaTM
import Testing

@Suite struct SentenceAlignerTests {
    @Test func alignsOneToOneAndFindsAnOmission() throws {
        let fixture = try MemoryFixture()
        defer { fixture.remove() }
        let french = """
            Les talibans sont entrés dans Kaboul le 15 août. Le président a quitté le pays. \
            Des milliers de personnes, venues de tout le pays et de la capitale, se sont massées près de l'aéroport. \
            Hérat était tombée quelques jours plus tôt.
            """
        let english = """
            The Taliban entered Kabul on 15 August. The president left the country. \
            Herat had fallen a few days earlier.
            """
        let aligned = try ParallelText(source: french, target: english, from: "fr", to: "en", analyzer: try fixture.analyzer())
        #expect(aligned.pairs.map(\.target) == [
            "The Taliban entered Kabul on 15 August.", "The president left the country.", "Herat had fallen a few days earlier.",
        ])
        #expect(aligned.pairs.map(\.shape) == ["1-1", "1-1", "1-1"])
        #expect(aligned.unpaired == 1)
        #expect(aligned.pairs[0].confidence > 0.8)
    }

    @Test func twoSentencesCanMakeOne() {
        let source = [SentenceAligner.Sentence(length: 40, anchors: [1]), SentenceAligner.Sentence(length: 40, anchors: [2]),
                      SentenceAligner.Sentence(length: 60, anchors: [3])]
        let target = [SentenceAligner.Sentence(length: 82, anchors: [1, 2]), SentenceAligner.Sentence(length: 58, anchors: [3])]
        let beads = SentenceAligner().align(source: source, target: target)
        #expect(beads.map(\.shape) == ["2-1", "1-1"])
    }
}
