/// Reads XLIFF 1.2 (and the 1.0/1.1 layout it kept): `<file source-language target-language>`
/// holding `<trans-unit id>` with `<source>` and `<target>`.
///
/// Only the `<source>` and `<target>` that are direct children of a trans-unit count: the ones
/// inside `<alt-trans>` are suggestions, not the translation. The first `<file>` sets the pair;
/// units of later files in other languages are skipped, and so are units marked
/// `translate="no"`, whose text is meant to stay as it is.
final class XLIFF12Handler: BilingualFormatHandler {
    private struct Unit {
        var id: String
        var line: Int
        var source: SegmentText?
        var target: SegmentText?
    }

    private enum Side { case source, target }

    private let requested: RequestedLanguages
    private let emit: SegmentSink

    private var languages: (source: String, target: String)?
    /// What the first file declares where the caller's languages replaced it.
    private var overridden: (source: String?, target: String?) = (nil, nil)
    private var fileMatchesPair = true
    private var skipped = 0
    private var unitNames = UnitNames()
    private var unit: Unit?
    /// `translate="no"` on the unit or a group around it: its text is meant to stay as it is.
    private var scopes = TranslateScopes(elements: ["group", "trans-unit"])
    private var text = SegmentTextReader<Side>()

    init(requested: RequestedLanguages, emit: @escaping SegmentSink) {
        self.requested = requested
        self.emit = emit
    }

    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws {
        if text.isReading {
            text.enter(name, attributes: attributes)
            return
        }
        scopes.enter(name, attributes: attributes)
        switch name {
        case "file":
            enterFile(attributes)
            unitNames.enterFile(named: attributes["original"])
        case "trans-unit":
            unit = Unit(id: unitNames.name(ofUnitWithID: attributes["id"]), line: line())
        case "source" where parent == "trans-unit" && unit?.source == nil:
            text.begin(.source, role: InlineRole.xliff12)
        case "target" where parent == "trans-unit" && unit?.target == nil:
            text.begin(.target, role: InlineRole.xliff12)
        default:
            break
        }
    }

    func end(_ name: String, parent: String?) throws {
        switch text.end() {
        case .finished(.source, let value): unit?.source = value; return
        case .finished(.target, let value): unit?.target = value; return
        case .inline: return
        case .notReading: break
        }
        defer { scopes.leave(name) }
        if name == "trans-unit", let finished = unit {
            if fileMatchesPair, scopes.isTranslatable, let source = finished.source, let target = finished.target {
                emit(BilingualSegment(
                    id: finished.id, source: source.text, target: target.text, line: finished.line,
                    protectedSource: source.protectedRanges, protectedTarget: target.protectedRanges))
            } else {
                skipped += 1
            }
            unit = nil
        }
    }

    func characters(_ text: String) {
        self.text.append(text)
    }

    func finish() throws -> BilingualSummary {
        BilingualSummary(
            sourceLanguage: languages?.source ?? requested.source ?? "",
            targetLanguage: languages?.target ?? requested.target ?? "",
            overriddenSourceLanguage: overridden.source,
            overriddenTargetLanguage: overridden.target,
            skippedUnits: skipped
        )
    }

    private func enterFile(_ attributes: [String: String]) {
        guard let languages else {
            let source = RequestedLanguages.settle(declared: attributes["source-language"], requested: requested.source)
            let target = RequestedLanguages.settle(declared: attributes["target-language"], requested: requested.target)
            self.languages = (source.language, target.language)
            overridden = (source.overridden, target.overridden)
            fileMatchesPair = true
            return
        }
        // A later file declaring what the first did was written by the same tool: it is read the same way.
        func agrees(_ declared: String?, _ language: String, _ overridden: String?) -> Bool {
            let declared = LanguageTag.canonical(declared ?? "")
            return declared.isEmpty || LanguageTag.samePrimary(declared, language)
                || overridden.map { LanguageTag.samePrimary(declared, $0) } == true
        }
        fileMatchesPair = agrees(attributes["source-language"], languages.source, overridden.source)
            && agrees(attributes["target-language"], languages.target, overridden.target)
    }
}
