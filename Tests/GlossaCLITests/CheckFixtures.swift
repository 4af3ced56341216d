import Foundation

/// A glossary and a word list for `glossa check` tests, written by the tests themselves.
enum CheckFixtures {
    static let glossary = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        herat\tplace\t\t\t\t\t\t\t
        herat\t\tfr\tpreferred\tHérat\t\t\t\t
        herat\t\tfr\tdeprecated\tHerat\t\t\t\t
        herat\t\ten\tpreferred\tHerat\t\t\t\t
        kabul\tplace\t\t\t\t\t\t\t
        kabul\t\tfr\tpreferred\tKaboul\t\t\t\t
        kabul\t\ten\tpreferred\tKabul\t\t\t\t
        kandahar\tplace\t\t\t\t\t\t\t
        kandahar\t\tfr\tpreferred\tKandahar\t\t\t\t
        kandahar\t\ten\tpreferred\tKandahar\t\t\t\t
        kunduz\tplace\t\t\t\t\t\t\t
        kunduz\t\tfr\tpreferred\tKunduz\t\t\t\t
        kunduz\t\ten\tpreferred\tKunduz\t\t\t\t
        ghazni\tplace\t\t\t\t\t\t\tashraf-ghani
        ghazni\t\tfr\tpreferred\tGhazni\t\t\t\t
        ghazni\t\ten\tpreferred\tGhazni\t\t\t\t
        ashraf-ghani\tperson\t\t\t\t\t\t\t
        ashraf-ghani\t\tfr\tpreferred\tAshraf Ghani\t\t\t\t
        ashraf-ghani\t\ten\tpreferred\tAshraf Ghani\t\t\t\t
        ashraf-ghani\t\tfr\tadmitted\tGhani\t\t\t\t
        ashraf-ghani\t\ten\tadmitted\tGhani\t\t\t\t
        mazar\tplace\t\t\t\t\t\t\t
        mazar\t\tfr\tpreferred\tMazar-i-Sharif\t\t\t\t
        mazar\t\ten\tpreferred\tMazar-i-Sharif\t\t\t\t
        lashkar-gah\tplace\t\t\t\t\t\t\t
        lashkar-gah\t\tfr\tpreferred\tLashkar Gah\t\t\t\t
        lashkar-gah\t\ten\tpreferred\tLashkar Gah\t\t\t\t
        taliban\tgroup\t\t\t\t\t\t\t
        taliban\t\tfr\tpreferred\ttaliban\ttalibans\t\t\t
        taliban\t\ten\tpreferred\tTaliban\tTaliban\t\t\t
        pentagon\torganization\t\t\t\t\t\t\t
        pentagon\t\tfr\tpreferred\tPentagone\t\t\t\t
        pentagon\t\ten\tpreferred\tPentagon\t\t\t\t
        united-states\tplace\t\t\t\t\t\t\t
        united-states\t\tfr\tpreferred\tÉtats-Unis\t\t\t\t
        united-states\t\tfr\tdeprecated\tEtats-Unis\t\t\t\t
        united-states\t\ten\tpreferred\tUnited States\t\t\t\t
        ben-laden\tperson\t\t\t\t\t\t\t
        ben-laden\t\tfr\tpreferred\tOussama Ben Laden\t\t\t\t
        ben-laden\t\tfr\tadmitted\tBen Laden\t\t\t\t
        ben-laden\t\ten\tpreferred\tOsama bin Laden\t\t\t\t
        mujahid\tgroup\t\t\t\t\t\t\t
        mujahid\t\tfr\tpreferred\tmoudjahid\tmoudjahidine\t\t\t
        mujahid\t\tfr\tdeprecated\tmoudjahidines\t\t\t\t
        mujahid\t\ten\tpreferred\tmujahid\tmujahideen\t\t\t

        """

    /// A glossary file of concepts with one preferred spelling in each language.
    static func glossary(_ concepts: [(id: String, kind: String, fr: String, en: String)]) -> String {
        concepts.reduce("id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct\n") { file, concept in
            file + "\(concept.id)\t\(concept.kind)\t\t\t\t\t\t\t\n"
                + ["fr": concept.fr, "en": concept.en].sorted { $0.key > $1.key }
                    .map { "\(concept.id)\t\t\($0.key)\tpreferred\t\($0.value)\t\t\t\t\n" }.joined()
        }
    }

    /// Names whose French spelling starts with a vowel, or holds an apostrophe, for the tests
    /// of articles and apostrophes in replacements.
    static let articleGlossary = """
        id\tkind\tlang\tstatus\tterm\tplural\tnote\tsource\tdistinct
        kabul-airport\tplace\t\t\t\t\t\t\t
        kabul-airport\t\tfr\tpreferred\taéroport de Kaboul\t\t\t\t
        kabul-airport\t\ten\tpreferred\tKabul airport\t\t\t\t
        kabul-airport\t\ten\tadmitted\tHamid Karzai International Airport\t\t\t\t
        interior-ministry\torganization\t\t\t\t\t\t\t
        interior-ministry\t\tfr\tpreferred\tministère de l'Intérieur\t\t\t\t
        interior-ministry\t\ten\tpreferred\tInterior Ministry\t\t\t\t
        state-department\torganization\t\t\t\t\t\t\t
        state-department\t\tfr\tpreferred\tdépartement d'État\t\t\t\t
        state-department\t\tfr\tdeprecated\tdépartement d'Etat\t\t\t\t
        state-department\t\ten\tpreferred\tState Department\t\t\t\t

        """

    /// Ordinary French and English words the fixtures use.
    static let wordlist = """
        les
        des
        un
        la
        le
        de
        et
        à
        est
        ville
        prise
        se
        heurte
        landes
        the
        of
        city
        and
        in
        is

        """

    /// A project with the check glossary and word list (`words.txt`).
    static func project() throws -> Project {
        let project = try Project(glossary: glossary)
        try project.write("words.txt", wordlist)
        return project
    }
}

extension Project {
    /// `glossa check` with the fixture word list.
    func check(_ arguments: String..., stdin: String? = nil) throws -> GlossaRun {
        try check(arguments, stdin: stdin)
    }

    func check(_ arguments: [String], stdin: String? = nil) throws -> GlossaRun {
        try Glossa.run(["check", "--wordlist", "words.txt"] + arguments, in: root, stdin: stdin.map { Data($0.utf8) })
    }
}
