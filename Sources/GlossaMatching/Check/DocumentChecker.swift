import GlossaGlossary
import GlossaText

/// A stretch of a document, checked as one unit: a whole file or a chunk of one that ends at
/// a line break. Positions in findings are positions in the file.
public struct TextChunk {
    public let text: String
    public let origin: SourcePosition
    /// Byte ranges, relative to `text`, that are not prose (Markdown code).
    public let skipped: [Range<Int>]
    /// The chunk starts inside a sentence: a line too long to read whole was cut there, after
    /// a space or between two characters, so its first word takes no sentence's capital.
    public let continuesSentence: Bool

    public init(text: String, origin: SourcePosition = .start, skipped: [Range<Int>] = [], continuesSentence: Bool = false) {
        self.text = text
        self.origin = origin
        self.skipped = skipped
        self.continuesSentence = continuesSentence
    }

    /// The text without its skipped ranges, each left as a line break.
    public var prose: String {
        guard !skipped.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var kept: [UInt8] = [], start = 0
        for range in skipped.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= start {
            kept += bytes[start..<min(range.lowerBound, bytes.count)]
            kept.append(0x0A)
            start = min(range.upperBound, bytes.count)
        }
        kept += bytes[start...]
        return String(decoding: kept, as: UTF8.self)
    }
}

/// Checks monolingual text against the glossary: variants, wrong-language forms,
/// misspellings and confusable characters. Inconsistencies need every usage of a document
/// or corpus first; see `InconsistencyCheck`.
///
/// A checker keeps tables that grow over a run (word ids, verdicts), so one thread at a time
/// may use it.
public final class DocumentChecker {
    public let terms: TermIndex
    public let language: LanguageCode
    private let scanner: TermScanner
    private let dictionary: WordList
    private let tokenizer: Tokenizer
    private let spoofChecker: SpoofChecker
    private let toLatin: DeferredTransliterator
    /// The nearest name of each distinct text looked at as a misspelling, by the text's id in
    /// `misspellingTexts`: a byte table costs less than hashing a String, and in text of
    /// ever-new words most capitalised ones are looked at once.
    private var misspellingTexts = WordTable()
    private var nearestNames: [(form: Int32, ratio: Double)?] = []
    private var exactForms: [String: String] = [:]
    public var checksMisspellings = true
    /// Whether findings carry the line around them (`Finding.excerpt`). Only the human report
    /// prints it; cutting it out of every line cost 3 % of a JSON check of a dense text.
    public var makesExcerpts = true
    /// How many distinct words (and as many memoised spellings) the checker keeps before it
    /// forgets them all, between two chunks; see `forgetIfFull`.
    public var vocabularyLimit = 1 << 19
    var vocabularySize: Int { scanner.wordCount }

    public init(terms: TermIndex, language: LanguageCode, dictionary: WordList) throws {
        self.terms = terms
        self.language = language
        self.dictionary = dictionary
        scanner = TermScanner(terms: terms, language: language, dictionary: dictionary)
        tokenizer = Tokenizer(locale: language.primary)
        spoofChecker = try SpoofChecker()
        toLatin = DeferredTransliterator(systemID: "Any-Latin")
        listedShapes = Self.listedShapes(in: language)
    }

    /// The findings of one chunk; the concepts it names go to `usages`, for `InconsistencyCheck`.
    public func check(_ chunk: TextChunk, file: String, usages: inout ConceptUsages) throws -> [Finding] {
        forgetIfFull()
        var text = try tokenizer.tokenize(chunk.text, from: chunk.origin)
        let skipped = chunk.skipped + LinkSpans.ranges(in: text.bytes) + ForeignQuotations.ranges(in: text, language: language.primary)
        if !skipped.isEmpty { text = text.masking(skipped) }
        let ids = try scanner.wordIDs(in: text)
        learnShapes(upTo: scanner.wordCount)
        let lines = LineFinder(bytes: text.bytes, origin: chunk.origin, makesExcerpts: makesExcerpts)
        let silenced = lines.linesWithMarker()
        let context = TextContext(text: text, language: language, wordIDs: ids, continuesSentence: chunk.continuesSentence)
        var findings: [Finding] = []
        var covered = [Bool](repeating: false, count: text.count)

        let occurrences = try scanner.occurrences(in: text, wordIDs: ids)
        for (number, occurrence) in occurrences.enumerated() {
            for index in occurrence.firstToken...occurrence.lastToken { covered[index] = true }
            guard silenced.isEmpty || !silenced.contains(occurrence.start(in: text).line) else { continue }
            // The name, or the name and the article before it (see `articleChange`).
            let place = { (first: Int) -> Finding in
                let start = text.start(first)
                let range = Int(text.spans[first].start)..<occurrence.utf8Range.upperBound
                return Finding(file: file, start: start, utf8Length: range.count, found: text.text(in: range),
                               suggestion: nil, concept: nil, rule: .variant, severity: .warning, message: "",
                               excerpt: lines.excerpt(at: start.utf8Offset, length: range.count))
            }
            let nextName = number + 1 < occurrences.count ? occurrences[number + 1].firstToken : nil
            if let finding = try judge(occurrence, nextName: nextName, place: place, context: context, usages: &usages) {
                findings.append(finding)
            }
        }
        // A word that hides look-alike characters is reported as such, not also as a misspelling.
        let (confusables, disguised) = try confusables(text, ids: ids, file: file, lines: lines)
        for tokens in disguised { for index in tokens { covered[index] = true } }
        if checksMisspellings {
            findings += try misspellings(text, ids: ids, covered: covered, file: file, lines: lines)
        }
        findings += confusables
        if !silenced.isEmpty { findings.removeAll { silenced.contains($0.start.line) } }
        return findings
    }

    /// Memos that grow with the distinct words and spellings of the text are dropped whole once
    /// they reach `vocabularyLimit`: everything in them can be worked out again, and a text of
    /// ever-new words (100 MB of random letters took 1.5 GB) then runs in bounded memory.
    private func forgetIfFull() {
        if scanner.wordCount > vocabularyLimit {
            scanner.forgetWords()
            shapes = []
            // Verdicts are keyed by word and span ids.
            verdicts = PackedKeyTable()
        }
        if misspellingTexts.count > vocabularyLimit {
            misspellingTexts = WordTable()
            nearestNames = []
        }
        if exactForms.count > vocabularyLimit { exactForms = [:] }
    }

    /// What the misspelling and confusable checks ask of each distinct word, by word id.
    private struct WordShape: OptionSet {
        let rawValue: UInt16
        /// Starts with a capital and is not all capitals: a name, perhaps misspelt.
        static let capitalised = WordShape(rawValue: 1)
        static let mayMixScripts = WordShape(rawValue: 2)
        /// In the language's word list.
        static let ordinary = WordShape(rawValue: 4)
        /// Makes the name after it plural, as a word or as a number (see `TextContext.makesPlural`).
        static let pluralAsWord = WordShape(rawValue: 8)
        static let pluralAsNumber = WordShape(rawValue: 16)
        /// Two letters or more, all capitals: initials, or a word of a headline.
        static let capitals = WordShape(rawValue: 32)
        /// An ordinary lower-case word ending in s or x, French: it may be a plural adjective
        /// between a determiner and a name ("les anciens taliban").
        static let pluralAdjective = WordShape(rawValue: 64)
        /// An ordinary lower-case word of four letters or more: it ends a name being looked
        /// for as a misspelling (particles such as "bin", "de", "al" are shorter).
        static let endsMisspelling = WordShape(rawValue: 128)
        /// French "de" or "d'": after a quantity it makes the name plural (see `quantity`).
        static let de = WordShape(rawValue: 256)
        /// A French word of quantity: "des milliers de talibans", "beaucoup de talibans".
        static let quantity = WordShape(rawValue: 512)
        /// An article or determiner ("Le", "The"): a name looked for as a misspelling never
        /// starts with one, even with the capital of a sentence's first word.
        static let determiner = WordShape(rawValue: 1024)
        /// Capitalised and in the word list only with its capital: a name ("Loyd", "Austen"),
        /// which a name of several words may misspell ("Loyd Austin").
        static let listedName = WordShape(rawValue: 2048)
    }

    static let determiners: Set<String> = ["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "the", "a", "an"]

    /// The shapes a few short words take by being listed, by the word lowered and plain:
    /// determiners, and in French "de", words of quantity and words that make a name plural.
    private let listedShapes: [String: WordShape]

    private static func listedShapes(in language: LanguageCode) -> [String: WordShape] {
        var shapes: [String: WordShape] = [:]
        for word in determiners { shapes[word, default: []].insert(.determiner) }
        guard language.primary == "fr" else { return shapes }
        for word in ["de", "d'"] { shapes[word, default: []].insert(.de) }
        for word in TextContext.frenchQuantityWords { shapes[word, default: []].insert(.quantity) }
        for word in TextContext.frenchPluralWords { shapes[word, default: []].insert(.pluralAsWord) }
        return shapes
    }

    private var shapes: [WordShape] = []

    private func learnShapes(upTo count: Int) {
        var shapes = self.shapes
        self.shapes = []
        while shapes.count < count {
            let word = scanner.word(Int32(shapes.count))
            var shape: WordShape = []
            let startsWithCapital = word.startsWithCapital
            // Only a word that starts with a capital is asked about the rest of its letters.
            let allCapitals = startsWithCapital && word.isAllUppercase
            if startsWithCapital, !allCapitals { shape.insert(.capitalised) }
            if allCapitals, word.unicodeScalars.count >= 2 { shape.insert(.capitals) }
            if ConfusableCharacters.mayMixScripts(word) || ConfusableCharacters.mayHide(word) { shape.insert(.mayMixScripts) }
            if dictionary.contains(word) {
                shape.insert(.ordinary)
                if startsWithCapital, !dictionary.containsCommonWord(word) { shape.insert(.listedName) }
            }
            if TextContext.makesPlural(word, isNumber: true, language: language) { shape.insert(.pluralAsNumber) }
            if language.primary == "fr", !startsWithCapital, shape.contains(.ordinary), word.hasSuffix("s") || word.hasSuffix("x") {
                shape.insert(.pluralAdjective)
            }
            if !startsWithCapital, shape.contains(.ordinary), word.unicodeScalars.count > 3 { shape.insert(.endsMisspelling) }
            // The longest listed words, "nombreuses" and "vingtaines", have ten letters, all
            // ASCII: a word with other letters is none of them, unless its only other
            // characters are apostrophes that `Typography.plain` makes plain (’, ʼ, ´).
            if word.utf8.count <= 12, word.utf8.allSatisfy({ $0 < 0xC0 || $0 == 0xC2 || $0 == 0xCA || $0 == 0xE2 }),
               let listed = listedShapes[Typography.plain(word.lowercased())] {
                shape.formUnion(listed)
            }
            shapes.append(shape)
        }
        self.shapes = shapes
    }

    // MARK: Variants and wrong-language forms

    /// How one spelling of a name in one kind of slot is judged. Names recur throughout a
    /// document, so each distinct case is judged once; see `judge`.
    private struct VerdictKey {
        let form: Int32
        /// `TermOccurrence.spelling`, the same for the same bytes: Strings compare canonically,
        /// and a decomposed "É" must be quoted as written.
        let spelling: Int32
        let quality: TermOccurrence.Quality
        let isOtherLanguageSpelling: Bool
        let isPluralSlot: Bool
        let startsSentence: Bool
        /// A word in capitals next to another: "IS" in "WHAT IS LEFT" may be the verb.
        let isAmongCapitals: Bool
        /// English only: right after a name or initials ("the U.S. Embassy", "Kabul Airport"),
        /// where a common noun may take the capital of the longer name.
        let followsAName: Bool

        /// The spelling and the slot. The scanner confirms the same bytes the same way, so the
        /// spelling decides the form, the quality and whether it is the other language's.
        var memoKey: UInt64 {
            let slot = (isPluralSlot ? 1 : 0) | (startsSentence ? 2 : 0) | (isAmongCapitals ? 4 : 0) | (followsAName ? 8 : 0)
            return UInt64(UInt32(bitPattern: spelling)) << 4 | UInt64(slot)
        }
    }

    /// A class: a verdict is read for every name, and a reference copies with one retain.
    private final class Verdict {
        let conceptIndex: Int
        let spelling: String
        let spellingID: Int32
        let isPlural: Bool
        let isHouse: Bool
        /// The house spelling, shaped like the text: what the inconsistency check suggests, which
        /// the report may not ("mollah Baradar" for "Mullah Baradar").
        let house: String
        /// False for an admitted short form, which the inconsistency check does not count.
        let isCounted: Bool
        let report: Report?

        init(conceptIndex: Int, spelling: String, spellingID: Int32, isPlural: Bool, isHouse: Bool, house: String, isCounted: Bool,
             report: Report?) {
            self.conceptIndex = conceptIndex
            self.spelling = spelling
            self.spellingID = spellingID
            self.isPlural = isPlural
            self.isHouse = isHouse
            self.house = house
            self.isCounted = isCounted
            self.report = report
        }
    }

    /// What a finding says, apart from where it is.
    private struct Report {
        let rule: Rule
        let severity: Severity
        let message: String
        let suggestion: String
        let concept: String
        /// Only the capitals are off, which a headline in title case sets its own way.
        var isAboutCapitals = false
        /// A capital on a term written in lower case, within a sentence: perhaps a name's.
        var isCapitalOnLowerCaseTerm = false
    }

    private var verdicts = PackedKeyTable<Verdict?>()

    /// `nextName`: the first token of the next name found in the text, if any.
    private func judge(_ occurrence: TermOccurrence, nextName: Int?, place: (Int) -> Finding, context: TextContext,
                       usages: inout ConceptUsages) throws -> Finding? {
        if case .transliteration = occurrence.quality, isPartOfAnotherName(occurrence, context: context) { return nil }
        let pluralSlot = isPluralSlot(occurrence.firstToken, context: context)
        let key = VerdictKey(form: occurrence.form, spelling: occurrence.spelling, quality: occurrence.quality,
                             isOtherLanguageSpelling: occurrence.isOtherLanguageSpelling, isPluralSlot: pluralSlot,
                             startsSentence: startsSentence(occurrence.firstToken, isPluralSlot: pluralSlot, context: context),
                             isAmongCapitals: isAmongCapitals(occurrence, context: context),
                             followsAName: language.primary == "en" ? followsAName(occurrence.firstToken, context: context)
                                 : followsACapitalisedArticle(occurrence.firstToken, context: context))
        let verdict: Verdict?
        if let known = verdicts[key.memoKey] {
            verdict = known
        } else {
            verdict = try self.verdict(key, text: occurrence.text(in: context.text), context: context)
            verdicts.insert(verdict, for: key.memoKey)
        }
        guard let verdict else { return nil }
        if verdict.report?.isCapitalOnLowerCaseTerm == true, isCapitalOfAName(occurrence, context: context) { return nil }
        // A short form after a first name is someone else's name: "Jill Biden", "Hamza Ben Laden".
        if !verdict.isCounted, followsAFirstName(occurrence.firstToken, context: context) { return nil }
        func articleChange(to replacement: String) -> (token: Int, change: ArticleChange)? {
            self.articleChange(before: occurrence, replacement: replacement,
                               isPerson: terms.concepts.kind(at: verdict.conceptIndex) == .person, context: context)
        }
        func firstToken(_ article: (token: Int, change: ArticleChange)?) -> Int {
            if let article, case .replace = article.change { return article.token }
            return occurrence.firstToken
        }
        // "la Kabul Bank", "le US Open": the other language's name kept whole, most likely; the
        // writer hears of it, as an info, but it is no usage of the name to count or put right.
        let longerName = verdict.report == nil ? nil
            : noteOnLongerName(occurrence, isOtherLanguage: occurrence.isOtherLanguageSpelling || verdict.report?.rule == .wrongLanguage,
                               nextName: nextName, context: context)
        // "les forces US", "at l'ONU": reported, but no replacement is the glossary's to make.
        let leftToWriter = (longerName ?? (verdict.isHouse && verdict.report == nil ? nil : noteLeavingToWriter(occurrence, context: context)))
            .map { (token: occurrence.firstToken, change: ArticleChange.leftToWriter($0)) }
        let article = leftToWriter ?? verdict.report.flatMap { articleChange(to: $0.suggestion) }
        // The inconsistency check suggests the house spelling, and the article before the name
        // is decided for it: "le mollah Baradar" is French, "le Abdul Ghani Baradar" is not.
        let houseArticle = verdict.isHouse ? nil : leftToWriter
            ?? (verdict.report?.suggestion == verdict.house ? article : articleChange(to: verdict.house))
        let first = firstToken(article), houseFirst = firstToken(houseArticle)
        let keepsFullStop = endsWithFullStop(occurrence, context: context)
        let base = verdict.isHouse ? nil : place(houseFirst)
        // "Taliban Seize Kaboul Airport as Evacuations Continue": an English title-case
        // headline's replacement takes its capitals (French titles capitalise one word).
        func titled(_ replacement: String) -> String {
            guard language.primary == "en", let titled = TextContext.titleCased(replacement),
                  context.isInTitleCase(from: occurrence.firstToken, through: occurrence.lastToken),
                  context.isInTitleCaseLine(occurrence.firstToken) else { return replacement }
            return titled
        }
        // Apostrophes within the replacement: the writer's own in the name ("d'Etat" keeps its
        // straight one: a typographic one is kept by `TextContext.shaped`), else the text's.
        let apostrophe: Character = verdict.report?.suggestion.utf8.contains(0x27) == true
            && !context.text.bytes[occurrence.utf8Range].contains(0x27) ? context.apostrophe : "'"
        if verdict.isCounted, longerName == nil {
            usages.record(conceptIndex: verdict.conceptIndex, isPlural: verdict.isPlural, spellingID: verdict.spellingID,
                          spelling: verdict.spelling, written: occurrence.text(in: context.text), house: verdict.isHouse ? verdict.house : titled(verdict.house), isHouseSpelling: verdict.isHouse, place: base,
                          startsSentence: key.startsSentence,
                          isAdmitted: verdict.report?.severity == .info, article: houseArticle?.change, apostrophe: apostrophe,
                          endsWithFullStop: base != nil && keepsFullStop)
        }
        guard let report = verdict.report else { return nil }
        // "Biden" after "Joe Biden": a second reference by the admitted short form is house style.
        if !verdict.isCounted, report.severity == .info, usages.hasNamed(conceptIndex: verdict.conceptIndex) { return nil }
        // "Taliban Seize Kabul Airport as Evacuations Continue": a headline's capitals.
        if report.isAboutCapitals, context.isInTitleCaseLine(occurrence.firstToken) { return nil }
        var finding = houseFirst == first ? base ?? place(first) : place(first)
        finding.concept = report.concept
        finding.rule = report.rule
        finding.severity = longerName == nil ? report.severity : .info
        finding.message = report.message
        let replacement = TextContext.withFullStop(TextContext.withApostrophe(apostrophe, titled(report.suggestion)), replacing: finding.found,
                                                   endsSentence: keepsFullStop)
        FrenchArticles.complete(&finding, replacement: replacement, change: article?.change)
        return finding
    }

    /// A one-word spelling the glossary does not list, of a short name (whose unlisted
    /// variants come only from the spelling equivalences, which real names of five letters meet
    /// by chance), next to a capitalised word that is not a sentence's first: most likely a
    /// name of its own ("Mohammed Alami" is not the photo agency Alamy, "Katar Logistik" no
    /// spelling of Qatar), never counted or reported. A longer name so placed is still a
    /// variant ("Kandhar Airport", "Helmund Province").
    private func isPartOfAnotherName(_ occurrence: TermOccurrence, context: TextContext) -> Bool {
        guard occurrence.firstToken == occurrence.lastToken,
              terms.forms.folded(at: Int(occurrence.form)).count <= TermScanner.shortName else { return false }
        return capitalisedWord(after: occurrence.lastToken, context: context) != nil || followsAName(occurrence.firstToken, context: context)
            || followsAFirstName(occurrence.firstToken, context: context)
    }

    /// A term written in lower case that has a capital within a sentence is a name, or part
    /// of one, in English when a capitalised word follows it ("the National Guard", "the High
    /// Council for National Reconciliation"), or when it is the last word of a person's name
    /// in the glossary, a second reference ("Mujahid said", after "Zabihullah Mujahid"): "les
    /// Talibans" and "called for Evacuation" are still reported.
    private func isCapitalOfAName(_ occurrence: TermOccurrence, context: TextContext) -> Bool {
        // French capitalises a name's first word only: "les Talibans Afghans" is two slips.
        if language.primary == "en", capitalisedWord(after: occurrence.lastToken, context: context) != nil { return true }
        guard occurrence.firstToken == occurrence.lastToken, let folded = try? TextForms.folded(occurrence.text(in: context.text))
        else { return false }
        return surnames.contains(folded)
    }

    /// The last words of the names of people, folded (`TextForms.folded`), made the first
    /// time a capital on a lower-case term asks.
    private lazy var surnames: Set<String> = {
        let forms = terms.forms, concepts = terms.concepts
        var surnames: Set<String> = []
        for position in forms.indices where concepts.kind(at: Int(forms.conceptRow(at: position)) - 1) == .person {
            let words = forms.folded(at: position).split(whereSeparator: WordList.separatesNameWords)
            if words.count > 1, let last = words.last { surnames.insert(String(last)) }
        }
        return surnames
    }()

    /// The capitalised word one space after token `index`, if there is one.
    private func capitalisedWord(after index: Int, context: TextContext) -> Int? {
        guard let next = word(oneSpaceFrom: index, step: 1, context: context), next.shape.contains(.capitalised) else { return nil }
        return next.index
    }

    /// The word one plain space before (`step` -1) or after (1) token `index`, and its shape.
    private func word(oneSpaceFrom index: Int, step: Int, context: TextContext) -> (index: Int, shape: WordShape)? {
        let text = context.text, word = index + 2 * step
        guard word >= 0, word < text.count, text.isOneSpace(index + step), text.spans[word].kind == .word, context.wordIDs[word] >= 0
        else { return nil }
        return (word, shapes[Int(context.wordIDs[word])])
    }

    /// Why the name, here, is not the glossary's to replace, as a note for the message; nil
    /// when it is. A French elided article before a name in English copy goes with it ("at
    /// l'ONU"). Initials right after a noun qualify it ("les forces US" want "américaines",
    /// which no glossary spelling gives).
    private func noteLeavingToWriter(_ occurrence: TermOccurrence, context: TextContext) -> String? {
        let text = context.text
        // "at l'ONU" in English: French copy left in, article and all.
        if language.primary == "en", occurrence.firstToken > 0, text.spans[occurrence.firstToken - 1].kind == .elision {
            return "; after the French article '\(text.text(occurrence.firstToken - 1))' it is French copy left in: rewrite it by hand"
        }
        if language.primary == "fr", occurrence.firstToken == occurrence.lastToken, VariantKeyBuilder.isAcronym(occurrence.text(in: text)),
           let (noun, shape) = word(oneSpaceFrom: occurrence.firstToken, step: -1, context: context) {
            let word = text.text(noun)
            if shape.contains(.ordinary), !shape.contains(.determiner), word.first?.isLowercase == true,
               !TextContext.wordsEndingNoSentence.contains(Typography.plain(word.lowercased())) {
                return "; after '\(word)' it qualifies a noun: rewrite it by hand"
            }
        }
        return nil
    }

    /// A note when a spelling of the other language is followed by a capitalised word, and so
    /// likely part of a longer name ("la Kabul Bank", "la US Air Force", "le Herat Security
    /// Dialogue"); nil otherwise, and when that word starts the next name found ("du Pentagon
    /// John Kirby": two names side by side).
    private func noteOnLongerName(_ occurrence: TermOccurrence, isOtherLanguage: Bool, nextName: Int?, context: TextContext) -> String? {
        let text = context.text
        // Only a spelling of the other language: "du département d'Etat Ned Price" is a title
        // and a name, "la Kabul Bank" a bank that keeps its English name.
        // A word in capitals may be a headline's ("LES TALIBAN SE MÉFIENT"), and after the full
        // stop of initials a capital may open the next sentence ("aux U.S. Ils partent").
        // In a title-case headline every word has its capital ("Taliban Take Hérat After Siege").
        // (The line is read last: it may be a whole paragraph.)
        guard isOtherLanguage, text.bytes[occurrence.utf8Range.upperBound - 1] != UInt8(ascii: "."),
              let next = capitalisedWord(after: occurrence.lastToken, context: context), next != nextName,
              !context.isInTitleCaseLine(occurrence.firstToken)
        else { return nil }
        return "; it may be part of a longer name ('\(occurrence.text(in: text)) \(text.text(next))'): no replacement is offered"
    }

    /// Where a sentence may start or not (`TextContext.SentenceStart.either`), the writer's
    /// capital decides, unless the words before make the name plural: then it continues their
    /// phrase ("des combattants\nTaliban" is "des combattants talibans", wrapped).
    private func startsSentence(_ index: Int, isPluralSlot: Bool, context: TextContext) -> Bool {
        switch context.sentenceStart(index) {
        case .yes: true
        case .no: false
        case .either: !isPluralSlot && context.isCapitalised(index)
        }
    }

    /// The name ends with the full stop of initials ("aux U.S.") that also ends its sentence.
    private func endsWithFullStop(_ occurrence: TermOccurrence, context: TextContext) -> Bool {
        context.text.bytes[occurrence.utf8Range.upperBound - 1] == UInt8(ascii: ".") && context.endsSentenceWithFullStop(occurrence.lastToken)
    }

    /// The article before the name, and how `replacement` changes it (see `FrenchArticles` and
    /// `EnglishArticles`).
    private func articleChange(before occurrence: TermOccurrence, replacement: String, isPerson: Bool,
                               context: TextContext) -> (token: Int, change: ArticleChange)? {
        let text = context.text
        if language.primary == "en" {
            guard let article = EnglishArticles.article(before: occurrence.firstToken, in: text),
                  let change = EnglishArticles.change(article: text.text(article), replacement: replacement) else { return nil }
            return (article, change)
        }
        guard language.primary == "fr", let found = FrenchArticles.article(before: occurrence.firstToken, in: text),
              let change = FrenchArticles.change(article: text.text(in: found.bytes), isElided: found.isElided,
                                                 found: occurrence.text(in: text), replacement: replacement,
                                                 isPerson: isPerson, apostrophe: context.apostrophe)
        else { return nil }
        return (found.tokens.lowerBound, found.isTakenIn ? change : .byHand)
    }

    /// Whether the word at `index` comes one space after a capitalised word that is no ordinary
    /// word: a first name ("Jill Biden", "Hamza Ben Laden"), not a title ("le Président Biden")
    /// nor a sentence's first word ("Hier Biden").
    private func followsAFirstName(_ index: Int, context: TextContext) -> Bool {
        guard let before = word(oneSpaceFrom: index, step: -1, context: context) else { return false }
        // The English lists hold first names with their capital: "Jill" is one.
        return before.shape.contains(.capitalised) && (!before.shape.contains(.ordinary) || before.shape.contains(.listedName))
    }

    /// French: whether the word at `index` comes one space after an article whose capital is
    /// not a sentence's, the first word of a name ("le parti Les Républicains").
    private func followsACapitalisedArticle(_ index: Int, context: TextContext) -> Bool {
        guard let before = word(oneSpaceFrom: index, step: -1, context: context) else { return false }
        return before.shape.contains(.determiner) && before.shape.contains(.capitalised) && !context.startsSentence(before.index)
    }

    /// Whether the word at `index` comes one space after initials ("U.S.") or a word whose
    /// capital is not a sentence's ("the Kabul Embassy", not "The Embassy"), or is a name's
    /// ("Helmand Province fell").
    private func followsAName(_ index: Int, context: TextContext) -> Bool {
        let text = context.text
        guard index >= 2, text.isOneSpace(index - 1) else { return false }
        let before = index - 2
        switch text.spans[before].kind {
        case .punctuation:
            return text.spans[before].length == 1 && text.bytes[Int(text.spans[before].start)] == UInt8(ascii: ".") && context.isInitials(before: before)
        case .word:
            guard context.wordIDs[before] >= 0 else { return false }
            let shape = shapes[Int(context.wordIDs[before])]
            // A sentence's first word is a name's when it is no ordinary word: "Helmand Province fell".
            return (shape.contains(.capitalised) || shape.contains(.capitals))
                && (!context.startsSentence(before) || !shape.contains(.ordinary) || shape.contains(.listedName))
        default:
            return false
        }
    }

    private func isAmongCapitals(_ occurrence: TermOccurrence, context: TextContext) -> Bool {
        func inCapitals(_ index: Int?) -> Bool {
            guard let index, context.wordIDs[index] >= 0 else { return false }
            return shapes[Int(context.wordIDs[index])].contains(.capitals)
        }
        return occurrence.firstToken == occurrence.lastToken && inCapitals(occurrence.firstToken)
            && (inCapitals(context.previousWord(before: occurrence.firstToken)) || inCapitals(context.nextWord(after: occurrence.lastToken)))
    }

    /// After a plural determiner or number, after an ordinary plural adjective that follows
    /// one ("les anciens taliban" wants "talibans" as "les taliban" does), or after a quantity
    /// and "de" ("des milliers de taliban", "beaucoup de taliban").
    private func isPluralSlot(_ index: Int, context: TextContext) -> Bool {
        func shape(_ word: Int) -> WordShape { shapes[Int(context.wordIDs[word])] }
        func makesPlural(_ word: Int) -> Bool {
            shape(word).contains(context.text.spans[word].kind == .number ? .pluralAsNumber : .pluralAsWord)
        }
        guard let previous = context.previousWord(before: index) ?? (language.primary == "fr" ? context.wordBeforePrefix(of: index) : nil)
        else { return false }
        if makesPlural(previous) { return true }
        if shape(previous).contains(.de), let quantity = context.previousWord(before: previous), shape(quantity).contains(.quantity) {
            return true
        }
        guard context.text.spans[previous].kind == .word, shapes[Int(context.wordIDs[previous])].contains(.pluralAdjective),
              let determiner = context.previousWord(before: previous) else { return false }
        return makesPlural(determiner)
    }

    private func verdict(_ occurrence: VerdictKey, text: String, context: TextContext) throws -> Verdict? {
        if let verdict = try houseVerdict(occurrence, text: text, context: context) { return verdict }
        let form = terms.forms[Int(occurrence.form)]
        let conceptIndex = Int(form.conceptRow) - 1
        let concept = terms.concepts[conceptIndex]
        guard let preferred = concept.preferred(in: language) else { return nil }
        // In a headline in capitals, an ordinary word is read as the word ("US", "IS").
        if occurrence.isAmongCapitals, isOrdinary(text) { return nil }
        let pluralSlot = occurrence.isPluralSlot
        let plural = form.origin != .listed || pluralSlot || (form.status != .preferred && looksPlural(form, of: preferred, in: concept))
        let house = plural ? concept.plural(of: preferred) : preferred.text
        let spelling = try exact(text)
        let isHouse = try spelling == exact(house)
        let suggestion = try context.shaped(house, like: text, atSentenceStart: occurrence.startsSentence)
        func verdict(_ report: Report?) throws -> Verdict {
            Verdict(conceptIndex: conceptIndex, spelling: spelling, spellingID: spellingID(spelling), isPlural: plural, isHouse: isHouse,
                    house: suggestion, isCounted: try !isShortForm(form, of: preferred, isPerson: concept.kind == .person), report: report)
        }
        func report(_ message: String, rule: Rule = .variant, severity: Severity = .warning, isAboutCapitals: Bool = false) -> Report {
            Report(rule: rule, severity: severity, message: message, suggestion: suggestion, concept: concept.id, isAboutCapitals: isAboutCapitals)
        }
        // A listed spelling that differs from the house one in case within the word ("Nato" for
        // "NATO", "Onu" for "ONU") is reported as what it is listed as. A spelling in capitals
        // may be a headline's: "OTAN" for "Otan" is left alone, as capitals are everywhere.
        func isListedCaseVariant() -> Bool {
            occurrence.quality == .listed && form.origin == .listed && form.status != .preferred
                && form.text == Typography.plain(text) && form.text != suggestion && !text.isInCapitals
        }
        if try exact(suggestion) == spelling {
            // Same spelling; only a capital can still be off: "les Talibans", "Mollah Omar".
            guard let first = text.first, let expected = suggestion.first, first.isUppercase != expected.isUppercase else {
                guard text != suggestion else { return try verdict(nil) }
                if isListedCaseVariant() {
                    let isAdmitted = form.status == .admitted
                    return try verdict(report("'\(text)' is \(isAdmitted ? "admitted" : "deprecated"); the house spelling is '\(suggestion)'",
                                              severity: isAdmitted ? .info : .warning))
                }
                // Capitals elsewhere in the name ("Al-qaïda", "État Islamique") are the name's too,
                // unless the text is in capitals (a headline's).
                let written = Typography.plain(text), house = Typography.plain(suggestion)
                if written != house, written.lowercased() == house.lowercased(), !text.isInCapitals, !occurrence.isAmongCapitals {
                    return try verdict(report("'\(text)' takes the capitals of the house spelling, '\(suggestion)'", isAboutCapitals: true))
                }
                return try verdict(nil)
            }
            // English capitalises a common noun that is part of a name ("the U.S. Embassy in
            // Kabul"): a capital there is the writer's to decide ("The Airstrike killed" is
            // still reported). French capitalises only a name's first word: after a capitalised
            // article ("le parti Les Républicains"), not after a lower-case one ("les Talibans").
            if occurrence.followsAName, first.isUppercase, concept.kind == .term || language.primary == "fr" && concept.kind == .group {
                return try verdict(nil)
            }
            // A capital the sentence asks for is the sentence's, not the house spelling's.
            let message = expected.isUppercase && occurrence.startsSentence
                ? "'\(text)' starts a sentence, and takes a capital: '\(suggestion)'"
                : "'\(text)' takes \(expected.isUppercase ? "a capital" : "a lower-case letter") here; the house spelling is '\(suggestion)'"
            var capitals = report(message, isAboutCapitals: true)
            capitals.isCapitalOnLowerCaseTerm = !expected.isUppercase
            return try verdict(capitals)
        }

        let sameLanguage = form.language.primary == language.primary
        let isSlipInAdmitted = sameLanguage && form.status == .admitted && form.origin != .regularPlural
            && (form.origin == .listed) != plural
        switch occurrence.quality {
        case .listed where sameLanguage && form.status == .preferred:
            guard pluralSlot, form.origin == .listed else { return try verdict(nil) }
            return try verdict(report("'\(text)' follows a plural word; the house plural is '\(suggestion)'"))
        case .listed where sameLanguage && form.status == .admitted:
            return try verdict(report("'\(text)' is admitted; the house spelling is '\(suggestion)'", severity: .info))
        case .listed where !sameLanguage || (occurrence.isOtherLanguageSpelling
                                             && !isCaseOrAccentSlip(text, house)
                                             && !isCaseOrAccentSlip(text, preferred.text)):
            // "national" is English for "ressortissant", and an ordinary French adjective.
            if text.first?.isLowercase == true, isOrdinary(text) { return nil }
            let other = sameLanguage ? language.otherWorkingLanguage ?? form.language : form.language
            // "Mullah Baradar" in French is "mollah Baradar", the same name as French writes it,
            // rather than a call to rewrite the sentence around "Abdul Ghani Baradar".
            if !sameLanguage, form.origin == .listed, !plural, let admitted = admittedCounterpart(of: form, in: concept) {
                let shaped = try context.shaped(admitted, like: text, atSentenceStart: occurrence.startsSentence)
                return try verdict(Report(rule: .wrongLanguage, severity: .error,
                                          message: "'\(text)' is the \(other.name) spelling; \(language.name) writes '\(shaped)', an admitted spelling; the house spelling is '\(suggestion)'",
                                          suggestion: shaped, concept: concept.id))
            }
            var wrongLanguage = report("'\(text)' is the \(other.name) spelling; \(language.name) writes '\(suggestion)'",
                                       rule: .wrongLanguage, severity: .error)
            // "Mujahid a dit": the English term "mujahid" with a capital is the spokesman's name.
            wrongLanguage.isCapitalOnLowerCaseTerm = text.first?.isUppercase == true && form.text.first?.isLowercase == true
                && house.first?.isLowercase == true
            return try verdict(wrongLanguage)
        case .listed:
            return try verdict(report("'\(text)' is deprecated; the house spelling is '\(suggestion)'"))
        // (A `where` binds to the last pattern only: both need it.)
        case .accents where isSlipInAdmitted, .transliteration where isSlipInAdmitted:
            // "mollah Barader" is a slip for the admitted "mollah Baradar", not a call to rewrite
            // the sentence around "Abdul Ghani Baradar". A plural the glossary does not list
            // ("mujahedeens", made from "mujahedeen") is no spelling to point at.
            let admitted = try context.shaped(form.text, like: text, atSentenceStart: occurrence.startsSentence)
            return try verdict(Report(rule: .variant, severity: .warning,
                                      message: "'\(text)' is a variant of '\(admitted)', an admitted spelling; the house spelling is '\(suggestion)'",
                                      suggestion: admitted, concept: concept.id))
        case .accents, .transliteration:
            return try verdict(report("'\(text)' is a variant of '\(suggestion)', the house spelling"))
        }
    }

    /// The verdict on the house spelling written as listed, in a slot that asks nothing of it:
    /// what most names get. It is read from the index's columns, without building the concept
    /// or normalising the text; nil when the case is any other, for `verdict` to decide.
    private func houseVerdict(_ occurrence: VerdictKey, text: String, context: TextContext) throws -> Verdict? {
        let forms = terms.forms, position = Int(occurrence.form)
        guard occurrence.quality == .listed, !occurrence.isPluralSlot, !occurrence.isAmongCapitals,
              forms.origin(at: position) == .listed, forms.status(at: position) == .preferred, forms.language(at: position) == language,
              forms.text(at: position, is: text)
        else { return nil }
        let conceptIndex = Int(forms.conceptRow(at: position)) - 1
        guard terms.concepts.preferredTermIndex(at: conceptIndex, in: language) == forms.termIndex(at: position),
              try context.shaped(text, like: text, atSentenceStart: occurrence.startsSentence) == text
        else { return nil }
        let spelling = forms.exact(at: position)
        return Verdict(conceptIndex: conceptIndex, spelling: spelling, spellingID: spellingID(spelling), isPlural: false, isHouse: true,
                       house: text, isCounted: true, report: nil)
    }

    /// The admitted spelling of the text's language with the same variant key as `form`, a
    /// spelling of the other language: the same name, as this language writes it.
    /// None when the house spelling itself has that key ("Oussama Ben Laden" in English is the
    /// house "Osama bin Laden", not the admitted "Usama bin Laden").
    private func admittedCounterpart(of form: GlossaryIndex.Form, in concept: Concept) -> String? {
        let forms = terms.forms
        if let preferred = terms.concepts.preferredTermIndex(at: Int(form.conceptRow) - 1, in: language),
           let position = forms.listedPosition(conceptRow: form.conceptRow, termIndex: preferred), forms[Int(position)].key == form.key {
            return nil
        }
        return concept.terms.indices.lazy.compactMap { index -> String? in
            let term = concept.terms[index]
            guard term.language.primary == self.language.primary, term.status == .admitted,
                  let position = self.terms.forms.listedPosition(conceptRow: form.conceptRow, termIndex: index),
                  self.terms.forms[Int(position)].key == form.key else { return nil }
            return term.text
        }.first
    }

    /// An admitted short form, a surname alone ("Biden" for "Joe Biden"), a person's title and
    /// surname ("mollah Baradar" for "Abdul Ghani Baradar") or an abbreviation ("EI" for "État
    /// islamique", "ISIS"): using it after the full name is house style, not an inconsistency.
    private func isShortForm(_ form: GlossaryIndex.Form, of preferred: Term, isPerson: Bool) throws -> Bool {
        guard form.status == .admitted else { return false }
        let full = try exact(preferred.text)
        let isAbbreviation = form.text.count < preferred.text.count && form.text.filter(\.isUppercase).count >= 2
            && form.text.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
        let words = form.exact.split(separator: " "), fullWords = full.split(separator: " ")
        // Shorter than the full name: "Ismaïl Khan" is "Ismail Khan" in another spelling, no title.
        let isTitleAndSurname = isPerson && words.count == 2 && fullWords.count > 2 && words.last == fullWords.last
            && !fullWords.contains(words[0])
        return form.exact != full
            && (isAbbreviation || isTitleAndSurname || full.hasSuffix(" " + form.exact) || full.hasPrefix(form.exact + " "))
    }

    private var spellingIDs = WordTable()

    /// Numbers the spellings verdicts hold, for `ConceptUsages`. They are exact forms
    /// (`TextForms.exact`, normalised), so the same spelling is the same bytes.
    private func spellingID(_ spelling: String) -> Int32 {
        spellingIDs.insert(spelling).id
    }

    /// `TextForms.exact`; ICU's answers are memoised, since the same names recur throughout a document.
    private func exact(_ text: String) throws -> String {
        // The byte path costs less than a lookup of the memo; only ICU's answers are kept.
        if let exact = TextForms.exactWithoutICU(text) { return exact }
        if let cached = exactForms[text] { return cached }
        let exact = try TextForms.exact(text)
        exactForms[text] = exact
        return exact
    }

    /// A listed spelling that starts with the whole house plural is a plural, wherever it
    /// stands: "moudjahidines" (a double plural) becomes "moudjahidine", not "moudjahid".
    private func looksPlural(_ form: GlossaryIndex.Form, of preferred: Term, in concept: Concept) -> Bool {
        let plural = concept.plural(of: preferred)
        guard plural != preferred.text, let folded = try? TextForms.folded(plural) else { return false }
        return form.folded.hasPrefix(folded)
    }

    /// Every word of `text` is in the language's word list.
    private func isOrdinary(_ text: String) -> Bool {
        text.split { !$0.isLetter }.allSatisfy { dictionary.contains(String($0)) }
    }

    /// `text` is `house` in another case or with an accent left out: a slip ("Taliban" or
    /// "Herat" in French), where an accent put in is the other language's spelling ("Hérat"
    /// in English).
    private func isCaseOrAccentSlip(_ text: String, _ house: String) -> Bool {
        ((try? TextForms.folded(text)) ?? text) == ((try? TextForms.folded(house)) ?? house)
            && text.unicodeScalars.count(where: { !$0.isASCII }) <= house.unicodeScalars.count(where: { !$0.isASCII })
    }

    // MARK: Misspellings

    /// Capitalised words the glossary does not know, one to three words long, within one edit
    /// of a glossary key and close on their accent-folded spelling. Ordinary words of the
    /// language and listed spellings are never misspellings.
    private func misspellings(_ text: TokenizedText, ids: [Int32], covered: [Bool], file: String,
                              lines: LineFinder) throws -> [Finding] {
        var findings: [Finding] = []
        // A local copy: reading a class's stored array checks exclusive access at every word.
        let shapes = self.shapes
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard text.spans[index].kind == .word, !covered[index], shapes[Int(ids[index])].contains(.capitalised),
                  !shapes[Int(ids[index])].contains(.determiner) else { continue }
            var spans: [Int] = [index]
            while spans.count < 3, let next = TermScanner.nextJoinedWord(after: spans.last!, in: text),
                  text.spans[next].kind == .word, !covered[next], !shapes[Int(ids[next])].contains(.endsMisspelling) {
                spans.append(next)
            }
            for length in stride(from: spans.count, through: 1, by: -1) {
                let last = spans[length - 1]
                let words = (index...last).filter { text.spans[$0].kind == .word }
                guard words.contains(where: {
                    let shape = shapes[Int(ids[$0])]
                    return !shape.contains(.ordinary) || words.count > 1 && shape.contains(.listedName)
                }) else { continue }
                let found = text.text(from: index, through: last)
                let wordIDs = (index...last).map { ids[$0] }.filter { $0 >= 0 }
                guard let (formIndex, ratio) = try nearestName(found, wordIDs: wordIDs) else { continue }
                let form = terms.forms[Int(formIndex)]
                let concept = terms.concepts[Int(form.conceptRow) - 1]
                // The nearest listed spelling when it is good in this language ("Ben Laden"), else the house one.
                let house = form.language.primary == language.primary && form.status != .deprecated
                    ? form.text : concept.preferred(in: language)?.text ?? form.text
                let start = text.start(index)
                findings.append(Finding(
                    file: file, start: start, utf8Length: text.spans[last].end - Int(text.spans[index].start), found: found,
                    suggestion: house, concept: concept.id, rule: .misspelling, severity: .warning,
                    message: "'\(found)' looks like a misspelling of '\(house)'", confidence: (ratio * 100).rounded() / 100,
                    excerpt: lines.excerpt(at: start.utf8Offset, length: Int(text.spans[index].length))))
                index = last
                break
            }
        }
        return findings
    }

    static let misspellingFloor = 0.8

    /// A name of several words is misspelt word by word: each word that differs must be near
    /// its own ("Landen" and "Laden"), or hold the same letters in another order ("Ganhi" and
    /// "Ghani"), since a shared first name makes any two names alike as wholes ("John Kerry"
    /// is not "John Kirby"). A word more or fewer is a name split or joined another way ("Mc
    /// Connell") only when the span ends on a capital: "Antony Blinken a dit" holds "Antony
    /// Blinken", not a misspelling of it with "a".
    static func differingWordsAreNear(_ found: String, folded: String, _ name: String) -> Bool {
        let isSeparator = WordList.separatesNameWords
        let words = folded.split(whereSeparator: isSeparator), names = name.split(whereSeparator: isSeparator)
        guard words.count > 1 || names.count > 1 else { return true }
        guard words.count == names.count else {
            return found.split(whereSeparator: isSeparator).last?.first?.isUppercase == true
        }
        return zip(words, names).allSatisfy { word, name in
            word == name || word.sorted() == name.sorted()
                || Similarity.ratio(String(word), String(name), reaching: Self.misspeltWordFloor) != nil
        }
    }

    /// Low enough for doubled letters dropped ("McConel": 0.78), high enough to keep two names
    /// apart that differ in two letters of five ("Kerry" and "Kirby": 0.6).
    static let misspeltWordFloor = 0.7

    /// ASCII first: most words start with a lower-case ASCII letter.
    private func nearestName(_ text: String, wordIDs: [Int32]) throws -> (Int32, Double)? {
        let (textID, isNew) = misspellingTexts.insert(text)
        guard isNew else { return nearestNames[Int(textID)] }
        var result: (form: Int32, ratio: Double)?
        let key = wordIDs.flatMap { scanner.key($0) }
        // Most capitalised words are far from every glossary key: the neighbour index says so
        // in memory, before any normalisation.
        let hashes = KeyNeighbourhood.hashes(of: String(decoding: key, as: UTF8.self))
        let neighbours = terms.listedNeighbours(hashes)
        if !neighbours.isEmpty, !terms.isListed(exact: try TextForms.exact(text)) {
            let folded = try TextForms.folded(text)
            var foldedBytes = folded
            foldedBytes.withUTF8 { foldedBytes in
                for position in neighbours {
                    // Measured on the form table's bytes: most neighbours fall short, and need
                    // neither a `Form` nor a String.
                    guard let ratio = terms.forms.withFoldedBytes(at: Int(position), {
                        Similarity.ratio(foldedBytes, $0, reaching: Self.misspellingFloor)
                    }), ratio > (result?.1 ?? 0) else { continue }
                    let name = terms.forms.folded(at: Int(position))
                    guard name != folded, Self.differingWordsAreNear(text, folded: folded, name),
                          !dictionary.hasCommonWord(text, folded: folded, inPlaceOfAWordOf: name),
                          // "Qatari" is made from "Qatar"; nothing is made from a name of several words.
                          name.contains(" ") || !TermScanner.isDerived(folded: folded, fromAnyOf: [name]),
                          KeyNeighbourhood.mayBeTypo(folded, keyLength: key.count, of: name,
                                                     nameKeyLength: terms.forms.keyLength(at: Int(position)))
                    else { continue }
                    result = (position, ratio)
                }
            }
        }
        nearestNames.append(result)
        return result
    }

    // MARK: Confusables

    /// The findings, and the tokens of each.
    private func confusables(_ text: TokenizedText, ids: [Int32], file: String,
                             lines: LineFinder) throws -> ([Finding], [ClosedRange<Int>]) {
        var findings: [Finding] = []
        var disguised: [ClosedRange<Int>] = []
        let shapes = self.shapes
        for index in 0..<text.count {
            // The word breaker cuts at a zero width space: "Kab\u{200B}oul" is three tokens.
            let tokens = Self.isZeroWidthSpace(index, in: text) ? (index - 1)...(index + 1) : index...index
            guard tokens.count == 3 || text.spans[index].kind == .word && shapes[Int(ids[index])].contains(.mayMixScripts) else { continue }
            let word = text.text(from: tokens.lowerBound, through: tokens.upperBound)
            let suggestion: String?
            if let plain = ConfusableCharacters.plain(word) {
                // Only a glossary name so disguised is reported: such characters have uses of their own.
                guard let listed = try self.suggestion(forListed: plain) else { continue }
                suggestion = listed
            } else {
                guard tokens.count == 1, try spoofChecker.isSuspicious(word) else { continue }
                // The letters that look Latin read as Latin: "Khalіlzad" is "Khalilzad". A reading
                // the glossary lists gives its house spelling ("Hеrat" in French is "Hérat"), but
                // the reading stays when only case differs ("ΚABOUL") or when the house spelling
                // is a term in lower case, which a capitalised word is not ("Zabihullah Мujahid").
                let readings = try spoofChecker.latinReadings(of: word)
                let listed = try readings.lazy.compactMap { reading in
                    try self.suggestion(forListed: reading).map { house in
                        try TextForms.exact(house) == TextForms.exact(reading)
                            || reading.first?.isUppercase == true && house.first?.isLowercase == true ? reading : house
                    }
                }.first
                // "ΔT" is notation; "ΟNU", with a Greek Omicron, is a glossary name disguised.
                let transliterated = listed == nil ? try self.suggestion(forListed: try toLatin.transform(word)) : nil
                if listed == nil, transliterated == nil, ConfusableCharacters.isNotation(word) { continue }
                suggestion = listed ?? readings.first ?? transliterated
            }
            let start = text.start(tokens.lowerBound)
            let length = word.utf8.count
            findings.append(Finding(
                file: file, start: start, utf8Length: length, found: word, suggestion: suggestion,
                concept: nil, rule: .confusable, severity: .error,
                message: "'\(word)' mixes scripts or hides look-alike characters: \(ConfusableCharacters.culprits(in: word))"
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                excerpt: lines.excerpt(at: start.utf8Offset, length: length)))
            disguised.append(tokens)
        }
        return (findings, disguised)
    }

    /// A zero width space (U+200B, E2 80 8B) alone between two words.
    private static func isZeroWidthSpace(_ index: Int, in text: TokenizedText) -> Bool {
        let span = text.spans[index]
        guard span.length == 3, span.kind != .word, text.bytes[Int(span.start)] == 0xE2, index > 0, index + 1 < text.count,
              text.spans[index - 1].kind == .word, text.spans[index + 1].kind == .word
        else { return false }
        return text.bytes[Int(span.start) + 1] == 0x80 && text.bytes[Int(span.start) + 2] == 0x8B
    }

    /// What to suggest for the glossary name `text` reads as: `text` itself when the glossary
    /// lists it as written for the text's language, not deprecated ("OTAN"), else the house
    /// spelling of its concept ("Kaboul" for "Kabul" in French); nil for no glossary name.
    private func suggestion(forListed text: String) throws -> String? {
        let exact = try TextForms.exact(text)
        guard terms.isListed(exact: exact) else { return nil }
        let forms = try terms.index.forms(exact: exact).filter { $0.origin == .listed }
        if forms.contains(where: { $0.text == text && $0.language.primary == language.primary && $0.status != .deprecated }) { return text }
        guard let form = forms.first else { return nil }
        return terms.concepts[Int(form.conceptRow) - 1].preferred(in: language)?.text ?? text
    }
}

/// Finds the line around a byte offset, and the lines that carry the ignore marker.
struct LineFinder {
    let bytes: [UInt8]
    let origin: Int
    let firstLine: Int
    /// When false, `excerpt` gives `Excerpt.none`.
    let makesExcerpts: Bool

    init(bytes: [UInt8], origin: SourcePosition, makesExcerpts: Bool = true) {
        self.bytes = bytes
        self.origin = origin.utf8Offset
        firstLine = origin.line
        self.makesExcerpts = makesExcerpts
    }

    static let context = 50

    /// The line around `absoluteOffset`, cut to about `context` characters on each side of the
    /// finding, with "…" where it was cut. Works on bytes: lines can be whole paragraphs.
    func excerpt(at absoluteOffset: Int, length: Int) -> Excerpt {
        guard makesExcerpts else { return .none }
        let offset = min(max(0, absoluteOffset - origin), bytes.count)
        let foundEnd = min(bytes.count, offset + length)
        func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        func isLead(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
        var start = offset, before = 0
        while start > 0, !isBreak(bytes[start - 1]), before < Self.context {
            start -= 1
            if isLead(bytes[start]) { before += 1 }
        }
        let cutBefore = start > 0 && !isBreak(bytes[start - 1])
        var end = foundEnd, after = 0
        while end < bytes.count, !isBreak(bytes[end]), after < Self.context {
            end += 1
            while end < bytes.count, !isLead(bytes[end]) { end += 1 }
            after += 1
        }
        let cutAfter = end < bytes.count && !isBreak(bytes[end])
        let text = (cutBefore ? "…" : "") + String(decoding: bytes[start..<end], as: UTF8.self) + (cutAfter ? "…" : "")
        return Excerpt(text: text, column: before + (cutBefore ? 1 : 0) + 1)
    }

    /// Line numbers of the lines that contain `IgnoreRules.marker`.
    func linesWithMarker() -> Set<Int> {
        let offsets = IgnoreRules.markerOffsets(in: bytes)
        guard !offsets.isEmpty else { return [] }
        var lines = Set<Int>()
        var line = firstLine
        var next = 0
        for (index, byte) in bytes.enumerated() {
            while next < offsets.count, offsets[next] == index { lines.insert(line); next += 1 }
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) { line += 1 }
        }
        return lines
    }
}
