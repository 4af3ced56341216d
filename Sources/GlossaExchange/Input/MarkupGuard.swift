import Foundation

/// Refuses markup that XMLParser handles unsafely on this platform, before the parser sees it.
///
/// Measured here (Swift 6.3.1 FoundationXML, libxml2 2.9.14):
/// - XMLParser never fetches external entities or DTDs, and libxml2 stops the classic "billion
///   laughs" as an entity loop; but a quadratic blow-up (one large entity referenced many times)
///   still runs for seconds, and declared entities, internal or external, are silently dropped
///   from the text rather than expanded.
/// - `<!NOTATION … SYSTEM …>`, an `<!ATTLIST>` with an enumerated type, and any processing
///   instruction without data (`<?t?>`) crash the process (a NULL `strlen` in Foundation's glue).
///
/// Translation files need none of these, so the guard refuses every declaration inside a
/// DOCTYPE and every data-less processing instruction. A DOCTYPE that only names an external DTD
/// (`tmx14.dtd`) passes: the parser ignores it. A raw `<` outside comments and CDATA sections is
/// always markup in a well-formed document.
///
/// The guard is a state machine fed the file chunk by chunk, each chunk before the parser gets
/// it; its state (and any partial match of `-->`, `]]>`, `?>` or of an opener such as
/// `<!ENTITY`) carries over from one chunk to the next. That is safe because the parser cannot
/// act on a construct before its closing bytes arrive, and the guard has checked those first.
/// Lines are counted lazily: only where a refused construct could start, from the chunk's first
/// line, which the caller knows from `UTF8Validator`.
struct MarkupGuard {
    private enum State {
        /// Outside markup the guard cares about; only `<` matters.
        case text
        /// After a `<`, the bytes in `opener` may still start `<!--`, `<![CDATA[`, `<?` or `<!DOCTYPE`.
        case opener
        /// `dashes`: how many `-` of `-->` were just seen.
        case comment(dashes: Int)
        case cdata(brackets: Int)
        /// The target of a processing instruction; `afterQuestion` when a `?` ended it.
        case instructionTarget(afterQuestion: Bool)
        case instructionBody(afterQuestion: Bool)
        case doctype
        case doctypeQuoted(quote: UInt8)
        case subset
        /// After a `<` in the internal subset.
        case subsetOpener
        /// Collecting the name after a refused `<!ENTITY` (`entity`) or other `<!` declaration.
        case declarationName(entity: Bool)
    }

    private static let commentOpener = Array("<!--".utf8)
    private static let cdataOpener = Array("<![CDATA[".utf8)
    private static let doctypeOpener = Array("<!DOCTYPE".utf8)
    private static let entityOpener = Array("<!ENTITY".utf8)
    private static let nameLimit = 64

    private var state = State.text
    private var inSubset = false
    private var opener: [UInt8] = []
    /// A processing instruction's target or a refused declaration's name, cut at `nameLimit`.
    private var name: [UInt8] = []
    private var nameLength = 0
    /// Where the `<` of the current construct is: an offset in the current chunk, or its line
    /// once that chunk is done.
    private var markOffset: Int?
    private var markLine = 1
    private var countedOffset = 0
    private var countedLine = 1

    /// Checks the next chunk, whose first byte is on `firstLine`; throws a `ReadFailure` naming
    /// the line of a refused construct's `<`.
    mutating func check(_ bytes: UnsafeRawBufferPointer, firstLine: Int, isFinal: Bool) throws {
        countedOffset = 0
        countedLine = firstLine
        var index = 0
        while index < bytes.count {
            if case .text = state {
                guard let base = bytes.baseAddress,
                    let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index)
                else { break }
                index = base.distance(to: UnsafeRawPointer(found))
            }
            if try step(bytes[index], at: index, in: bytes) { index += 1 }
        }
        if let offset = markOffset {
            // Only a construct still open needs its line; a tag's `<` is forgotten.
            if needsMark { markLine = line(at: offset, in: bytes) }
            markOffset = nil
        }
        if isFinal, case .declarationName(let entity) = state {
            throw declarationFailure(entity: entity, in: bytes)
        }
    }

    /// Advances the state over `byte`; false when the byte must be looked at again in the new state.
    private mutating func step(_ byte: UInt8, at index: Int, in bytes: UnsafeRawBufferPointer) throws -> Bool {
        switch state {
        case .text:
            opener.removeAll(keepingCapacity: true)
            opener.append(byte)
            markOffset = index
            state = .opener
        case .opener:
            // Most `<` open a tag: the byte after it settles that.
            if opener.count == 1, byte != UInt8(ascii: "!"), byte != UInt8(ascii: "?") {
                state = .text
                return false
            }
            opener.append(byte)
            if opener == [UInt8(ascii: "<"), UInt8(ascii: "?")] {
                startInstruction()
            } else if opener == Self.commentOpener {
                state = .comment(dashes: 0)
            } else if opener == Self.cdataOpener {
                state = .cdata(brackets: 0)
            } else if opener == Self.doctypeOpener {
                state = .doctype
            } else if ![Self.commentOpener, Self.cdataOpener, Self.doctypeOpener].contains(where: { $0.starts(with: opener) }) {
                state = .text
                return false
            }
        case .comment(let dashes):
            if byte == UInt8(ascii: "-") {
                state = .comment(dashes: min(dashes + 1, 2))
            } else {
                state = byte == UInt8(ascii: ">") && dashes == 2 ? afterConstruct : .comment(dashes: 0)
            }
        case .cdata(let brackets):
            if byte == UInt8(ascii: "]") {
                state = .cdata(brackets: min(brackets + 1, 2))
            } else {
                state = byte == UInt8(ascii: ">") && brackets == 2 ? .text : .cdata(brackets: 0)
            }
        case .instructionTarget(afterQuestion: false):
            if byte == UInt8(ascii: "?") {
                state = .instructionTarget(afterQuestion: true)
            } else if Self.isSpace(byte) {
                state = .instructionBody(afterQuestion: false)
            } else {
                appendToName(byte)
            }
        case .instructionTarget(afterQuestion: true):
            if byte != UInt8(ascii: ">") {
                state = .instructionBody(afterQuestion: byte == UInt8(ascii: "?"))
            } else if nameLength == 0 {
                state = afterConstruct
            } else {
                let text = String(decoding: ("<?".utf8 + name + "?>".utf8).prefix(Self.nameLimit), as: UTF8.self)
                throw ReadFailure(
                    line: markedLine(in: bytes),
                    "processing instruction '\(text)' has no data; such instructions are refused (they crash the XML parser)"
                )
            }
        case .instructionBody(let afterQuestion):
            if byte == UInt8(ascii: ">") && afterQuestion {
                state = afterConstruct
            } else {
                state = .instructionBody(afterQuestion: byte == UInt8(ascii: "?"))
            }
        case .doctype:
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .doctypeQuoted(quote: byte)
            case UInt8(ascii: "["): state = .subset; inSubset = true
            case UInt8(ascii: ">"): state = .text
            default: break
            }
        case .doctypeQuoted(let quote):
            if byte == quote { state = .doctype }
        case .subset:
            if byte == UInt8(ascii: "<") {
                opener.removeAll(keepingCapacity: true)
                opener.append(byte)
                markOffset = index
                state = .subsetOpener
            } else if byte == UInt8(ascii: "]") {
                state = .doctype
                inSubset = false
            }
        case .subsetOpener:
            opener.append(byte)
            if opener == [UInt8(ascii: "<"), UInt8(ascii: "?")] {
                startInstruction()
            } else if opener == Self.commentOpener {
                state = .comment(dashes: 0)
            } else if opener == Self.entityOpener {
                startDeclarationName(entity: true)
            } else if opener[1] != UInt8(ascii: "!") {
                state = .subset
                return false
            } else if !Self.commentOpener.starts(with: opener) && !Self.entityOpener.starts(with: opener) {
                // Another declaration: its name starts right after `<!`.
                let rest = opener.dropFirst(2)
                startDeclarationName(entity: false)
                for nameByte in rest where collectName(nameByte) {
                    throw declarationFailure(entity: false, in: bytes)
                }
            }
        case .declarationName(let entity):
            if collectName(byte) { throw declarationFailure(entity: entity, in: bytes) }
        }
        return true
    }

    private var afterConstruct: State { inSubset ? .subset : .text }

    /// Whether the current state could still refuse the construct whose `<` is marked.
    private var needsMark: Bool {
        switch state {
        case .opener, .subsetOpener, .instructionTarget, .declarationName: true
        default: false
        }
    }

    private mutating func startInstruction() {
        name = []
        nameLength = 0
        state = .instructionTarget(afterQuestion: false)
    }

    private mutating func startDeclarationName(entity: Bool) {
        name = []
        nameLength = 0
        state = .declarationName(entity: entity)
    }

    private mutating func appendToName(_ byte: UInt8) {
        if name.count < Self.nameLimit { name.append(byte) }
        nameLength += 1
    }

    /// Adds a byte of a declaration's name (spaces and `%` before it are skipped); true when
    /// the name is complete.
    private mutating func collectName(_ byte: UInt8) -> Bool {
        if nameLength == 0, Self.isSpace(byte) || byte == UInt8(ascii: "%") { return false }
        if Self.isSpace(byte) || byte == UInt8(ascii: ">") { return true }
        appendToName(byte)
        return nameLength >= Self.nameLimit
    }

    private mutating func declarationFailure(entity: Bool, in bytes: UnsafeRawBufferPointer) -> ReadFailure {
        let word = String(decoding: name, as: UTF8.self)
        let line = markedLine(in: bytes)
        if entity {
            return ReadFailure(
                line: line,
                "the DOCTYPE declares entity '\(word)'; "
                    + "entity declarations are refused (they can expand without bound or read local files)")
        }
        return ReadFailure(
            line: line,
            "the DOCTYPE declares <!\(word)>; declarations inside the file are refused (keep only an external DTD reference)")
    }

    private mutating func markedLine(in bytes: UnsafeRawBufferPointer) -> Int {
        markOffset.map { line(at: $0, in: bytes) } ?? markLine
    }

    /// The line of `offset` in the current chunk, counting forward from the last answer.
    private mutating func line(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        if offset < countedOffset {
            countedLine -= bytes[offset..<countedOffset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        } else {
            countedLine += bytes[countedOffset..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        countedOffset = offset
        return countedLine
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
