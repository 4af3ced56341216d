/// Reads XLIFF 2.0 and 2.1: `<xliff srcLang trgLang>` holding `<unit id>` made of `<segment>`s,
/// each with a `<source>` and an optional `<target>`.
///
/// One pair per segment, since that is the level at which XLIFF 2 aligns text; `<ignorable>`
/// (whitespace between segments) and `<originalData>` are not translation and are left out.
final class XLIFF2Handler: BilingualFormatHandler {
    private struct Segment {
        var id: String?
        var line: Int
        var source: SegmentText?
        var target: SegmentText?
    }

    private enum Side { case source, target }

    private let requested: RequestedLanguages
    private let emit: SegmentSink

    private var languages: (source: String, target: String)?
    private var overridden: (source: String?, target: String?) = (nil, nil)
    private var skipped = 0
    private var unitNames = UnitNames()
    private var unitID: String?
    /// `translate="no"` on the unit, its group or its file: its text is meant to stay as it is.
    private var scopes = TranslateScopes(elements: ["file", "group", "unit"])
    /// Segments of the unit so far: one without an id is named by its position after the first.
    private var segmentCount = 0
    private var segment: Segment?
    private var text = SegmentTextReader<Side>()
    /// `<sm>` markers a segment left open, for the unit's next segment on the same side.
    private var openMarkers: [Side: [InlineTextCollector.TranslateScope]] = [:]

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
        case "xliff" where parent == nil:
            let source = RequestedLanguages.settle(declared: attributes["srcLang"], requested: requested.source)
            let target = RequestedLanguages.settle(declared: attributes["trgLang"], requested: requested.target)
            languages = (source.language, target.language)
            overridden = (source.overridden, target.overridden)
        case "file":
            unitNames.enterFile(named: attributes["id"])
        case "unit":
            unitID = unitNames.name(ofUnitWithID: attributes["id"])
            segmentCount = 0
        case "segment" where parent == "unit":
            segmentCount += 1
            let id = attributes["id"] ?? ""
            segment = Segment(id: id.isEmpty ? (segmentCount == 1 ? nil : String(segmentCount)) : id, line: line())
        case "source" where parent == "segment" && segment?.source == nil:
            text.begin(.source, role: InlineRole.xliff2, openMarkers: openMarkers[.source] ?? [])
        case "target" where parent == "segment" && segment?.target == nil:
            text.begin(.target, role: InlineRole.xliff2, openMarkers: openMarkers[.target] ?? [])
        default:
            break
        }
    }

    func end(_ name: String, parent: String?) throws {
        switch text.end() {
        case .finished(.source, let value):
            segment?.source = value
            openMarkers[.source] = value.openMarkers
            return
        case .finished(.target, let value):
            segment?.target = value
            openMarkers[.target] = value.openMarkers
            return
        case .inline: return
        case .notReading: break
        }
        defer { scopes.leave(name) }
        switch name {
        case "segment":
            guard let finished = segment else { return }
            if scopes.isTranslatable, let source = finished.source, let target = finished.target, let unitID {
                let id = finished.id.map { "\(unitID)/\($0)" } ?? unitID
                emit(BilingualSegment(
                    id: id, source: source.text, target: target.text, line: finished.line,
                    protectedSource: source.protectedRanges, protectedTarget: target.protectedRanges))
            } else {
                skipped += 1
            }
            segment = nil
        case "unit":
            unitID = nil
            openMarkers = [:]
        default:
            break
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
}
