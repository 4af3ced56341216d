/// Reads TMX 1.1 to 1.4.
///
/// TMX is multilingual, so the pair is chosen: the source is the requested language, else the
/// header's `srclang` (unless `*all*`), else the language of the first variant in the file; the
/// target is the requested language, else the first language of the file in another primary
/// language, else (for files such as en-US/en-GB) the first other tag. Units read before the
/// target is known are held back and emitted, in order, once it is.
final class TMXHandler: BilingualFormatHandler {
    private let requested: RequestedLanguages
    private let emit: SegmentSink

    private var headerSource: String?
    private var source: String?
    private var target: String?
    /// First language differing from the source only below the primary subtag.
    private var sameLanguageTarget: String?
    private var heldBack: [TMXUnit] = []
    private var skipped = 0

    private var unitCount = 0
    private var unit: TMXUnit?
    private var variantLanguage: String?
    private var variantText: String?
    private var segment = SegmentTextReader<Void>()

    init(requested: RequestedLanguages, emit: @escaping SegmentSink) {
        self.requested = requested
        self.emit = emit
    }

    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws {
        if segment.isReading {
            segment.enter(name, attributes: attributes)
            return
        }
        switch name {
        case "header" where parent == "tmx":
            let declared = LanguageTag.canonical(attributes["srclang"] ?? "")
            if !declared.isEmpty, declared != LanguageTag.allLanguages { headerSource = declared }
        case "tu":
            unitCount += 1
            let tuid = attributes["tuid"] ?? ""
            unit = TMXUnit(id: tuid.isEmpty ? String(unitCount) : tuid, line: line())
        case "tuv" where unit != nil:
            // TMX 1.4 uses xml:lang; TMX 1.1 used lang.
            variantLanguage = LanguageTag.canonical(attributes["xml:lang"] ?? attributes["lang"] ?? "")
            variantText = nil
        case "seg" where parent == "tuv" && variantLanguage != nil && variantText == nil:
            segment.begin((), role: InlineRole.tmx)
        default:
            break
        }
    }

    func end(_ name: String, parent: String?) throws {
        switch segment.end() {
        case .finished(_, let value): variantText = value.text; return
        case .inline: return
        case .notReading: break
        }
        switch name {
        case "tuv":
            if let language = variantLanguage, !language.isEmpty, let text = variantText {
                unit?.variants.append(.init(language: language, text: text))
            }
            variantLanguage = nil
            variantText = nil
        case "tu":
            if let unit { accept(unit) }
            unit = nil
        default:
            break
        }
    }

    func characters(_ text: String) {
        segment.append(text)
    }

    func finish() throws -> BilingualSummary {
        if target == nil, let fallback = sameLanguageTarget {
            target = fallback
        }
        if let source, let target {
            flush(source: source, target: target)
        } else {
            skipped += heldBack.count
            heldBack.removeAll()
        }
        return BilingualSummary(
            sourceLanguage: source ?? requested.source ?? headerSource ?? "",
            targetLanguage: target ?? "",
            skippedUnits: skipped
        )
    }

    private func accept(_ unit: TMXUnit) {
        if source == nil {
            source = requested.source ?? headerSource ?? unit.variants.first?.language
        }
        guard let source else {
            skipped += 1
            return
        }
        if target == nil {
            target = requested.target ?? discoverTarget(in: unit, source: source)
        }
        guard let target else {
            heldBack.append(unit)
            return
        }
        flush(source: source, target: target)
        pair(unit, source: source, target: target)
    }

    private func discoverTarget(in unit: TMXUnit, source: String) -> String? {
        if let other = unit.variants.first(where: { !LanguageTag.samePrimary($0.language, source) }) {
            return other.language
        }
        if sameLanguageTarget == nil {
            sameLanguageTarget = unit.variants.first { $0.language != source }?.language
        }
        return nil
    }

    private func flush(source: String, target: String) {
        for held in heldBack { pair(held, source: source, target: target) }
        heldBack.removeAll()
    }

    private func pair(_ unit: TMXUnit, source: String, target: String) {
        if let segment = unit.segment(source: source, target: target) {
            emit(segment)
        } else {
            skipped += 1
        }
    }
}
