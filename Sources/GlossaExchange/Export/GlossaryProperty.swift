/// The `<prop>` and TBX `type` names under which Glossa keeps what the formats have no field
/// for, so that importing its own export restores the glossary exactly.
enum GlossaryProperty {
    static let kind = "x-glossa-kind"
    static let source = "x-glossa-source"
    static let distinct = "x-glossa-distinct"
    static let plural = "x-glossa-plural"
    /// A term that is not a `<seg>` (admitted, deprecated), as a JSON object.
    static let term = "x-glossa-term"
    /// Header mark of a glossary export (as opposed to a translation memory).
    static let export = "x-glossa-export"
}
