import Dispatch
import Foundation
import GlossaText
import Synchronization

/// A spelling that text can match: a term as listed, or its plural.
public struct MatchForm: Hashable, Sendable {
    public enum Origin: Int, Sendable {
        case listed = 0
        case listedPlural = 1
        case regularPlural = 2
    }

    public let conceptIndex: Int
    public let termIndex: Int
    /// The spelling as the glossary gives it, or the generated plural.
    public let text: String
    public let origin: Origin
    /// `TextForms.exact`: case and typography folded.
    public let exact: String
    /// `TextForms.folded`: accents folded too.
    public let folded: String
    /// `VariantKeyBuilder.orthographic`, on which key candidates are confirmed.
    public let orthographic: String
    /// `VariantKeyBuilder.key`.
    public let key: String

    /// Every form a glossary's terms can take in text, in concept and term order.
    ///
    /// Keying dominates index builds, so concepts are keyed in parallel chunks, each with its
    /// own ICU transliterators (one transliterator cannot serve two threads at once).
    public static func forms(of glossary: Glossary) throws -> [MatchForm] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, glossary.count / 2_000))
        let chunkSize = (glossary.count + workers - 1) / max(workers, 1)
        let results = Mutex<[Int: Result<[MatchForm], Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * chunkSize)..<min(glossary.count, (worker + 1) * chunkSize)
            let result = Result { try forms(of: glossary, concepts: range, keys: worker == 0 ? .shared : VariantKeyBuilder()) }
            results.withLock { $0[worker] = result }
        }
        return try results.withLock { chunks in try (0..<workers).flatMap { try chunks[$0]!.get() } }
    }

    static func forms(of glossary: Glossary, concepts range: Range<Int>, keys: VariantKeyBuilder) throws -> [MatchForm] {
        var forms: [MatchForm] = []
        forms.reserveCapacity(range.count * 6)
        for conceptIndex in range {
            let concept = glossary.concepts[conceptIndex]
            for (termIndex, term) in concept.terms.enumerated() {
                var spellings: [(String, Origin)] = [(term.text, .listed)]
                if let plural = term.plural {
                    spellings.append((plural, .listedPlural))
                } else if concept.takesRegularPlural, let plural = Plural.regular(term.text, language: term.language.primary) {
                    spellings.append((plural, .regularPlural))
                }
                for (text, origin) in spellings {
                    let (orthographic, key) = try keys.forms(text)
                    forms.append(MatchForm(
                        conceptIndex: conceptIndex, termIndex: termIndex, text: text, origin: origin,
                        exact: try TextForms.exact(text), folded: try TextForms.folded(text),
                        orthographic: orthographic, key: key))
                }
            }
        }
        return forms
    }
}
